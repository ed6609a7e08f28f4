// RSS and Atom feed files: each item becomes a document. Its text is the item's content (or
// description) read through the same HTML reader as web pages; its id is the guid, else the link.
import { promises as fs } from 'node:fs';
import Parser from 'rss-parser';
import { fromJsonObject, type ReadOptions, type ReadResult } from './documents.js';

export const FEED_EXTENSIONS = ['.rss', '.atom', '.xml'];

/** Whether a file's opening bytes are an RSS, RDF or Atom feed. */
export function looksLikeFeed(head: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}

type FeedItem = Parser.Item & { 'content:encoded'?: string; id?: string; description?: string };

export async function* readFeed(file: string, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  let xml: string;
  try {
    xml = await fs.readFile(file, 'utf8');
  } catch (err) {
    yield { failure: { origin: file, id: null, reason: (err as Error).message } };
    return;
  }
  let feed: Parser.Output<FeedItem>;
  try {
    feed = await new Parser<object, FeedItem>({ customFields: { item: ['content:encoded', 'description', 'id'] } }).parseString(xml);
  } catch (err) {
    yield { failure: { origin: file, id: null, reason: `not a readable RSS or Atom feed: ${(err as Error).message}` } };
    return;
  }
  const outlet = feed.title?.trim() || null;
  for (let n = 0; n < feed.items.length; n++) {
    const item = feed.items[n];
    const origin = `${file}#${n + 1}`;
    const id = item.guid || item.id || item.link || null;
    const body = item['content:encoded'] || item.content || item.description || item.summary || item.contentSnippet || '';
    const title = item.title?.trim() || null;
    if (!id) {
      yield { failure: { origin, id: null, reason: `feed item ${n + 1}${title ? ` ("${title}")` : ''} has neither guid nor link` } };
      continue;
    }
    // Item bodies are HTML fragments; as a page of their own they go through the web-page reader.
    const text = /<[a-z][\s\S]*>/i.test(body) ? `<html><head>${title ? `<title>${escapeHtml(title)}</title>` : ''}</head><body><article>${body}</article></body></html>` : body;
    yield fromJsonObject({ id, text, title, url: item.link ?? null, outlet, published: item.isoDate ?? null }, origin, options, `item ${n + 1}`);
  }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
