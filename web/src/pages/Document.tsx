import { Link } from 'wouter';
import { safeHref, type DocumentDetail, type EngagementSummary } from '../api';
import { useJson } from '../hooks';
import { Highlighted } from '../components/Highlighted';
import { EngagementList } from '../components/EngagementList';

export function DocumentPage({ id }: { id: string }) {
  const { data, error } = useJson<DocumentDetail & { engagements: (EngagementSummary & { evidence: { start: number; end: number; text: string }[] })[] }>(`/api/documents/${encodeURIComponent(id)}`);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  const href = safeHref(data.url);
  return (
    <article>
      <h1>{data.title ?? data.id}</h1>
      <p className="muted">
        {data.outlet ?? 'unknown outlet'} · published {data.published ?? 'unknown'}{' '}
        {href && (
          <a href={href} rel="noopener noreferrer nofollow" target="_blank">
            original
          </a>
        )}
      </p>
      <h2>Engagements it reports</h2>
      <EngagementList items={data.engagements ?? []} />
      <h2>Text</h2>
      <Highlighted text={data.text} evidence={(data.engagements ?? []).flatMap((e) => e.evidence ?? [])} label="Report text" />
      <p>
        <Link href="/">Back to engagements</Link>
      </p>
    </article>
  );
}
