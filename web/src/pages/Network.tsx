import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'wouter';
import cytoscape from 'cytoscape';
import { query, type NetworkData } from '../api';
import { useFilters, useJson } from '../hooks';
import { FilterBar } from '../components/FilterBar';

export function NetworkPage() {
  const [filters, setFilters] = useFilters();
  const [, navigate] = useLocation();
  const { data, error } = useJson<NetworkData>(`/api/network${query({ ...filters, limit: 150 })}`);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!box.current || !data) return;
    const maxWeight = Math.max(1, ...data.edges.map((e) => e.weight));
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...data.nodes.map((n) => ({ data: { id: n.id, label: n.name ?? n.affiliation ?? n.id, size: 12 + Math.min(40, n.engagements * 3) } })),
        ...data.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, weight: e.weight, width: 1 + (e.weight / maxWeight) * 8 } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 10, 'background-color': '#2f5d8a', color: '#1b1b1b' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9bb3c9', 'curve-style': 'bezier' } },
      ],
      layout: { name: data.nodes.length > 60 ? 'concentric' : 'cose', animate: false },
    });
    cy.on('tap', 'node', (evt) => navigate(`/actors/${encodeURIComponent(evt.target.id())}`));
    cy.on('tap', 'edge', (evt) => navigate(`/${query({ actor: evt.target.data('source'), with: evt.target.data('target') })}`));
    return () => cy.destroy();
  }, [data]);

  return (
    <>
      <h1>Who engaged whom</h1>
      <FilterBar filters={filters} onChange={setFilters} />
      {error && <p role="alert">{error}</p>}
      <div ref={box} className="graph" role="img" aria-label={`Network of ${data?.nodes.length ?? 0} actors; the table below lists the same links`} />
      {data && (
        <section aria-labelledby="links-h">
          <h2 id="links-h">Strongest links</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Actor</th>
                <th scope="col">Counterpart</th>
                <th scope="col">Engagements</th>
              </tr>
            </thead>
            <tbody>
              {[...data.edges]
                .sort((a, b) => b.weight - a.weight)
                .slice(0, 30)
                .map((e, i) => {
                  const name = (id: string) => {
                    const n = data.nodes.find((x) => x.id === id);
                    return n?.name ?? n?.affiliation ?? id;
                  };
                  return (
                    <tr key={i}>
                      <td>
                        <Link href={`/actors/${encodeURIComponent(e.source)}`}>{name(e.source)}</Link>
                      </td>
                      <td>
                        <Link href={`/actors/${encodeURIComponent(e.target)}`}>{name(e.target)}</Link>
                      </td>
                      <td>
                        <Link href={`/${query({ actor: e.source, with: e.target })}`}>{e.weight}</Link>
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
