import { Link } from 'wouter';
import { KIND_LABELS, type EngagementSummary, type Participant } from '../api';

export function who(p: Participant): string {
  const bits = [p.role, p.affiliation].filter(Boolean).join(', ');
  return `${p.name ?? p.affiliation ?? '?'}${bits ? ` (${bits})` : ''}`;
}

export function dateLabel(e: { date: string | null; date_range: { earliest: string | null; latest: string | null } }): string {
  if (e.date) return e.date;
  const { earliest, latest } = e.date_range;
  if (earliest && latest) return `${earliest} – ${latest}`;
  if (latest) return `by ${latest}`;
  if (earliest) return `from ${earliest}`;
  return 'date unknown';
}

export function EngagementList({ items }: { items: EngagementSummary[] }) {
  if (items.length === 0) return <p className="muted">No engagements match.</p>;
  return (
    <ol className="engagements">
      {items.map((e) => (
        <li key={e.id}>
          <Link href={`/engagements/${encodeURIComponent(e.id)}`} className="engagement-link">
            <span className="date">{dateLabel(e)}</span>
            <span className={`badge kind-${e.kind}`}>{KIND_LABELS[e.kind] ?? e.kind}</span>
            {e.status !== 'reported' && <span className={`badge status-${e.status}`}>{e.status}</span>}
            <span className="who">{e.participants.map(who).join(' · ')}</span>
          </Link>
          <span className="meta">
            {e.location ? `${e.location} · ` : ''}
            {e.topics.slice(0, 4).join(', ')}
            {e.topics.length ? ' · ' : ''}
            {e.reports} report{e.reports === 1 ? '' : 's'}
            {e.outlets > 1 ? `, ${e.outlets} outlets` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
