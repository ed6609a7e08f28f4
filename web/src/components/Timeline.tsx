import { KIND_LABELS, KINDS } from '../api';

export interface TimelinePoint {
  period: string;
  kind: string;
  count: number;
}

/** Stacked bars per period, coloured by kind; a table carries the same figures for screen readers. */
export function Timeline({ points, bucket }: { points: TimelinePoint[]; bucket: string }) {
  const periods = [...new Set(points.map((p) => p.period))].sort();
  if (periods.length === 0) return <p className="muted">No engagements in this selection.</p>;
  const byPeriod = new Map<string, Record<string, number>>();
  for (const p of points) {
    const row = byPeriod.get(p.period) ?? {};
    row[p.kind] = (row[p.kind] ?? 0) + p.count;
    byPeriod.set(p.period, row);
  }
  const totals = periods.map((p) => Object.values(byPeriod.get(p)!).reduce((a, b) => a + b, 0));
  const max = Math.max(...totals, 1);
  const width = Math.max(periods.length * 18, 300);
  const height = 140;
  const barWidth = Math.max(6, Math.floor(width / periods.length) - 4);
  return (
    <figure className="timeline">
      <figcaption>
        Engagements per {bucket}
        <span className="legend">
          {KINDS.map((k) => (
            <span key={k} className={`swatch kind-${k}`}>
              {KIND_LABELS[k]}
            </span>
          ))}
        </span>
      </figcaption>
      <div className="scroll">
        <svg width={width} height={height + 20} role="img" aria-label={`Engagements per ${bucket}, ${periods.length} periods`}>
          {periods.map((p, i) => {
            let y = height;
            const row = byPeriod.get(p)!;
            return (
              <g key={p} transform={`translate(${i * (width / periods.length)},0)`}>
                <title>{`${p}: ${totals[i]}`}</title>
                {KINDS.filter((k) => row[k]).map((k) => {
                  const h = (row[k] / max) * (height - 10);
                  y -= h;
                  return <rect key={k} className={`kind-${k}`} x={0} y={y} width={barWidth} height={h} />;
                })}
                {(i % Math.ceil(periods.length / 8) === 0) && (
                  <text x={0} y={height + 14} className="tick">
                    {p}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <details>
        <summary>Figures</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{bucket}</th>
              {KINDS.map((k) => (
                <th key={k} scope="col">
                  {KIND_LABELS[k]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p}>
                <th scope="row">{p}</th>
                {KINDS.map((k) => (
                  <td key={k}>{byPeriod.get(p)![k] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
