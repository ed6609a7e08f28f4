import { useEffect, useState, type FormEvent } from 'react';
import { KIND_LABELS, KINDS, STATUSES, type Filters } from '../api';

export function FilterBar({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const [draft, setDraft] = useState<Filters>(filters);
  useEffect(() => setDraft(filters), [JSON.stringify(filters)]);
  const field = (k: keyof Filters) => ({
    value: draft[k] ?? '',
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value || undefined }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange(draft);
  };
  return (
    <form className="filters" role="search" aria-label="Filter engagements" onSubmit={submit}>
      <label>
        Actor
        <input name="actor" placeholder="name or registry id" {...field('actor')} />
      </label>
      <label>
        With
        <input name="with" placeholder="counterpart" {...field('with')} />
      </label>
      <label>
        State
        <input name="of" placeholder="ISO3, e.g. IRN" {...field('of')} />
      </label>
      <label>
        Kind
        <select name="kind" {...field('kind')}>
          <option value="">any</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select name="status" {...field('status')}>
          <option value="">any</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Topic
        <input name="topic" placeholder="e.g. Gaza" {...field('topic')} />
      </label>
      <label>
        Since
        <input name="since" type="date" {...field('since')} />
      </label>
      <label>
        Until
        <input name="until" type="date" {...field('until')} />
      </label>
      <label className="wide">
        Text
        <input name="text" type="search" placeholder="words in the reports" {...field('text')} />
      </label>
      <div className="buttons">
        <button type="submit">Search</button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setDraft({});
            onChange({});
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
