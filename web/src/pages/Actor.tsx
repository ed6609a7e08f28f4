import { Link } from 'wouter';
import type { ActorDetail } from '../api';
import { useJson } from '../hooks';
import { EngagementList } from '../components/EngagementList';

export function ActorPage({ id }: { id: string }) {
  const { data: a, error } = useJson<ActorDetail>(`/api/actors/${encodeURIComponent(id)}`);
  if (error) return <p role="alert">{error}</p>;
  if (!a) return <p className="muted">Loading…</p>;
  const max = Math.max(1, ...a.timeline.map((t) => t.count));
  return (
    <article>
      <h1>{a.name ?? a.affiliation ?? a.id}</h1>
      <p className="muted">{[a.role, a.affiliation].filter(Boolean).join(', ')}</p>
      <p>
        <Link href={`/?actor=${encodeURIComponent(a.id)}`}>All their engagements</Link> ·{' '}
        <Link href={`/network?actor=${encodeURIComponent(a.id)}`}>Their network</Link>
      </p>
      {a.offices.length > 0 && (
        <section aria-labelledby="offices-h">
          <h2 id="offices-h">Offices held</h2>
          <ul>
            {a.offices.map((o, i) => (
              <li key={i}>
                {o.title} of {o.of}, {o.start} to {o.end ?? 'now'}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="over-h">
        <h2 id="over-h">Engagements over time</h2>
        <table className="bars">
          <tbody>
            {a.timeline.map((t) => (
              <tr key={t.period}>
                <th scope="row">{t.period}</th>
                <td>
                  <span className="bar" style={{ width: `${(t.count / max) * 100}%` }} />
                  {t.count}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="columns">
        <section aria-labelledby="counterparts-h">
          <h2 id="counterparts-h">Top counterparts</h2>
          <ol>
            {a.counterparts.map((c) => (
              <li key={c.id}>
                <Link href={`/actors/${encodeURIComponent(c.id)}`}>{c.name ?? c.affiliation ?? c.id}</Link>
                <span className="muted">
                  {' '}
                  {c.affiliation} · {c.count}
                </span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="topics-h">
          <h2 id="topics-h">Topics</h2>
          <ol>
            {a.topics.map((t) => (
              <li key={t.topic}>
                <Link href={`/?actor=${encodeURIComponent(a.id)}&topic=${encodeURIComponent(t.topic)}`}>{t.topic}</Link> <span className="muted">{t.count}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <section aria-labelledby="recent-h">
        <h2 id="recent-h">Recent engagements</h2>
        <EngagementList items={a.engagements} />
      </section>
    </article>
  );
}
