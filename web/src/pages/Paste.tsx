import { useState, type FormEvent } from 'react';
import { postJson, KIND_LABELS } from '../api';
import { Highlighted } from '../components/Highlighted';
import { dateLabel } from '../components/EngagementList';

interface Extracted {
  text: string;
  document: { published: string | null };
  actors: { id: string; name: string | null; role: string | null; affiliation: string | null }[];
  engagements: {
    id: string;
    kind: string;
    status: string;
    date: string | null;
    date_range: { earliest: string | null; latest: string | null };
    date_text: string | null;
    location: string | null;
    topics: string[];
    participants: { actor: string; name: string | null; role: string | null; affiliation: string | null }[];
    evidence: { start: number; end: number; text: string }[];
  }[];
  statements: { id: string; act: string; text: string; speaker: string | null }[];
}

export function PastePage() {
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [result, setResult] = useState<Extracted | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult(await postJson<Extracted>('/api/extract', { text, ...(published ? { published } : {}) }));
    } catch (err) {
      setResult(null);
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const actorName = (id: string | null) => result?.actors.find((a) => a.id === id)?.name ?? 'unattributed';
  return (
    <>
      <h1>Paste an article</h1>
      <form onSubmit={submit} className="paste">
        <label>
          Article text
          <textarea name="text" rows={12} value={text} onChange={(e) => setText(e.target.value)} required />
        </label>
        <label>
          Published on
          <input name="published" type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || !text.trim()}>
          {busy ? 'Extracting…' : 'Extract'}
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {result && (
        <section aria-labelledby="found-h" className="extracted">
          <h2 id="found-h">
            {result.engagements.length} engagement{result.engagements.length === 1 ? '' : 's'} found
          </h2>
          <ol className="engagements">
            {result.engagements.map((e) => (
              <li key={e.id}>
                <div className="engagement-link">
                  <span className="date">{dateLabel(e)}</span>
                  <span className={`badge kind-${e.kind}`}>{KIND_LABELS[e.kind] ?? e.kind}</span>
                  {e.status !== 'reported' && <span className={`badge status-${e.status}`}>{e.status}</span>}
                  <span className="who">{e.participants.map((p) => `${p.name ?? p.affiliation ?? '?'}${p.role ? ` (${p.role}${p.affiliation ? `, ${p.affiliation}` : ''})` : ''}`).join(' · ')}</span>
                </div>
                {e.topics.length > 0 && <span className="meta">{e.topics.join(', ')}</span>}
              </li>
            ))}
          </ol>
          {result.statements.length > 0 && (
            <>
              <h2>Statements</h2>
              <ul className="statements">
                {result.statements.map((s) => (
                  <li key={s.id}>
                    <strong>{actorName(s.speaker)}</strong> <span className="badge">{s.act}</span>: {s.text}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2>Evidence in the text</h2>
          <Highlighted text={result.text} evidence={result.engagements.flatMap((e) => e.evidence)} label="Pasted text with evidence highlighted" />
        </section>
      )}
    </>
  );
}
