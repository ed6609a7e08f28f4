import type { Evidence } from '../api';

/**
 * A report's text with the evidence spans marked. The text is split into plain strings and <mark>
 * elements by offset; nothing in it is ever treated as markup.
 */
export function Highlighted({ text, evidence, label }: { text: string; evidence: Evidence[]; label?: string }) {
  const spans = [...evidence].filter((e) => e.start >= 0 && e.end <= text.length && e.end > e.start).sort((a, b) => a.start - b.start);
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push({ mark: text.slice(s.start, s.end) });
    at = s.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <div className="article" aria-label={label}>
      {parts.map((p, i) => (typeof p === 'string' ? <span key={i}>{p}</span> : <mark key={i}>{p.mark}</mark>))}
    </div>
  );
}
