import { useState } from 'react';
import { query, FILTER_KEYS, type EngagementSummary } from '../api';
import { useFilters, useJson } from '../hooks';
import { FilterBar } from '../components/FilterBar';
import { Timeline, type TimelinePoint } from '../components/Timeline';
import { EngagementList } from '../components/EngagementList';
import { ExportLinks } from '../components/ExportLinks';

const PAGE = 25;

export function ExplorePage() {
  const [filters, setFilters] = useFilters();
  const [offset, setOffset] = useState(0);
  const [bucket, setBucket] = useState<'day' | 'week' | 'month'>('week');
  const key = JSON.stringify(filters);
  const [lastKey, setLastKey] = useState(key);
  if (key !== lastKey) {
    setLastKey(key);
    setOffset(0);
  }
  const list = useJson<{ total: number; items: EngagementSummary[] }>(`/api/engagements${query({ ...filters, limit: PAGE, offset })}`);
  const timeline = useJson<{ items: TimelinePoint[] }>(`/api/timeline${query({ ...filters, bucket })}`);
  const active = FILTER_KEYS.filter((k) => filters[k]).length;
  return (
    <>
      <h1>Engagements</h1>
      <FilterBar filters={filters} onChange={setFilters} />
      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h" className="visually-hidden">
          Timeline
        </h2>
        <div className="row">
          <label>
            Group by{' '}
            <select value={bucket} onChange={(e) => setBucket(e.target.value as typeof bucket)}>
              <option value="day">day</option>
              <option value="week">week</option>
              <option value="month">month</option>
            </select>
          </label>
          <ExportLinks filters={filters} />
        </div>
        {timeline.error ? <p role="alert">{timeline.error}</p> : timeline.data && <Timeline points={timeline.data.items} bucket={bucket} />}
      </section>
      <section aria-labelledby="list-h">
        <h2 id="list-h">
          {list.data ? `${list.data.total} engagement${list.data.total === 1 ? '' : 's'}` : 'Engagements'}
          {active ? ' matching the filters' : ''}
        </h2>
        {list.error && <p role="alert">{list.error}</p>}
        {list.loading && !list.data && <p className="muted">Loading…</p>}
        {list.data && <EngagementList items={list.data.items} />}
        {list.data && list.data.total > PAGE && (
          <nav className="pager" aria-label="Pages">
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              Previous
            </button>
            <span>
              {offset + 1}–{Math.min(offset + PAGE, list.data.total)} of {list.data.total}
            </span>
            <button type="button" disabled={offset + PAGE >= list.data.total} onClick={() => setOffset(offset + PAGE)}>
              Next
            </button>
          </nav>
        )}
      </section>
    </>
  );
}
