import { Link } from 'wouter';
import { KIND_LABELS, safeHref, type DocumentDetail, type EngagementDetail, type ReportClaim } from '../api';
import { useJson } from '../hooks';
import { Highlighted } from '../components/Highlighted';
import { dateLabel } from '../components/EngagementList';

export function EngagementPage({ id }: { id: string }) {
  const { data: e, error } = useJson<EngagementDetail>(`/api/engagements/${encodeURIComponent(id)}`);
  if (error) return <p role="alert">{error}</p>;
  if (!e) return <p className="muted">Loading…</p>;
  return (
    <article className="engagement">
      <h1>
        <span className={`badge kind-${e.kind}`}>{KIND_LABELS[e.kind] ?? e.kind}</span> {dateLabel(e)}
        {e.location ? ` · ${e.location}` : ''}
      </h1>
      <p className="muted">
        {e.status}
        {e.multilateral ? ' · multilateral' : ''} · PLOVER {e.codes.plover}
        {e.codes.plover_mode ? ` (${e.codes.plover_mode})` : ''} · CAMEO {e.codes.cameo} · {e.reports} report{e.reports === 1 ? '' : 's'}
        {e.outlets > 1 ? ` from ${e.outlets} outlets` : ''}
      </p>
      <section aria-labelledby="who-h">
        <h2 id="who-h">Participants</h2>
        <ul className="participants">
          {e.participants.map((p) => (
            <li key={p.actor_id}>
              <Link href={`/actors/${encodeURIComponent(p.actor_id)}`}>{p.name ?? p.affiliation ?? '?'}</Link>
              {p.role || p.affiliation ? <span className="muted"> {[p.role, p.affiliation].filter(Boolean).join(', ')}</span> : null}
              {e.initiator === p.actor_id ? <span className="badge">initiator</span> : null}
            </li>
          ))}
        </ul>
        {e.host && <p>Host: {e.host}</p>}
      </section>
      <section aria-labelledby="date-h">
        <h2 id="date-h">How the date was fixed</h2>
        <p>{e.date_note}</p>
        <ul>
          {e.claims.map((c, i) => (
            <li key={i}>
              {c.outlet ?? c.document_id}: {c.date ?? 'no fixed day'}
              {c.date_text ? ` (“${c.date_text}”` : ''}
              {c.date_text ? `, published ${c.published ?? 'unknown'})` : ''}
            </li>
          ))}
        </ul>
      </section>
      {e.topics.length > 0 && (
        <section aria-labelledby="topics-h">
          <h2 id="topics-h">Topics</h2>
          <p>
            {e.topics.map((t) => (
              <Link key={t} href={`/?topic=${encodeURIComponent(t)}`} className="chip">
                {t}
              </Link>
            ))}
          </p>
        </section>
      )}
      {e.statements.length > 0 && (
        <section aria-labelledby="statements-h">
          <h2 id="statements-h">Statements</h2>
          <ul className="statements">
            {e.statements.map((s) => (
              <li key={`${s.document_id}-${s.id}`}>
                <strong>{s.speaker_name ?? 'unattributed'}</strong> <span className="badge">{s.act}</span>
                {s.target_name ? <span className="muted"> to {s.target_name}</span> : null}: {s.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="reports-h">
        <h2 id="reports-h">Reports</h2>
        {e.claims.map((c) => (
          <ReportView key={c.document_id} claim={c} />
        ))}
      </section>
    </article>
  );
}

function ReportView({ claim }: { claim: ReportClaim }) {
  const { data: doc, error } = useJson<DocumentDetail>(`/api/documents/${encodeURIComponent(claim.document_id)}`);
  const href = safeHref(claim.url);
  return (
    <div className="report">
      <h3>
        {claim.title ?? claim.document_id}
        <span className="muted">
          {' '}
          {claim.outlet ?? 'unknown outlet'} · published {claim.published ?? 'unknown'}
        </span>
      </h3>
      <p>
        {href ? (
          <a href={href} rel="noopener noreferrer nofollow" target="_blank">
            Original article
          </a>
        ) : claim.url ? (
          <span className="muted">{claim.url}</span>
        ) : null}{' '}
        <Link href={`/documents/${encodeURIComponent(claim.document_id)}`}>Stored text</Link>
      </p>
      <blockquote className="evidence">
        {claim.evidence.map((ev, i) => (
          <p key={i}>{ev.text}</p>
        ))}
      </blockquote>
      {error && <p role="alert">{error}</p>}
      {doc && (
        <details>
          <summary>The report, with the evidence highlighted</summary>
          <Highlighted text={doc.text} evidence={claim.evidence} label={`Text of ${claim.title ?? claim.document_id}`} />
        </details>
      )}
    </div>
  );
}
