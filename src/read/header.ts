// A plain-text report saved with its metadata on top ("Title: ...", "Published: 2024-03-19",
// "URL: ...", then a blank line) carries what an HTML page keeps in its tags. The block is
// metadata, not reporting: read from it the fields a document has, and keep the title as the
// report's headline line.

export interface HeaderBlock {
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  language: string | null;
  /** The text after the block: the headline (from the title) and the body. */
  text: string;
}

/** The keys a header block may use, by the document field each fills (null: known but not kept). */
const FIELD_OF_KEY: Record<string, keyof Omit<HeaderBlock, 'text'> | null> = {
  title: 'title',
  headline: 'title',
  published: 'published',
  date: 'published',
  'publication date': 'published',
  url: 'url',
  link: 'url',
  source: 'outlet',
  outlet: 'outlet',
  publisher: 'outlet',
  language: 'language',
  author: null,
  byline: null,
  by: null,
  section: null,
  tags: null,
};

const HEADER_LINE = /^([A-Za-z][A-Za-z ]{0,24}):[ \t]*(.*)$/;

/**
 * The header block at the top of a text, if there is one: consecutive "Key: value" lines ending
 * at a blank line, at least two of them with keys of a document's metadata. Anything else (a
 * dateline such as "WASHINGTON:", a quoted speaker) is left to be read as text.
 */
export function readHeaderBlock(text: string): HeaderBlock | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const found: Partial<Record<keyof Omit<HeaderBlock, 'text'>, string>> = {};
  let known = 0;
  let n = 0;
  for (; n < lines.length; n++) {
    const line = lines[n].trim();
    if (!line) break;
    const m = HEADER_LINE.exec(line);
    if (!m) return null;
    const key = m[1].trim().toLowerCase();
    if (!(key in FIELD_OF_KEY)) return null;
    known++;
    const field = FIELD_OF_KEY[key];
    const value = m[2].trim();
    if (field && value && !found[field]) found[field] = value;
  }
  if (known < 2 || n >= lines.length) return null;
  const body = lines.slice(n + 1).join('\n').replace(/^\s*\n/, '');
  const title = found.title ?? null;
  return {
    title,
    published: found.published ?? null,
    url: found.url ?? null,
    outlet: found.outlet ?? null,
    language: found.language ?? null,
    // A body that opens with its own headline keeps it once.
    text: title && body.split('\n', 1)[0].trim() !== title ? `${title}\n\n${body}` : body,
  };
}
