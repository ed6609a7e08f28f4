// Pulls the article out of a web page: Readability finds the main content, and block elements
// become paragraphs so that sentence splitting sees the page's own structure.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { UnreadableDocument } from './decode.js';
import { stampedDate } from './dateline.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  published: string | null;
}

const BLOCKS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE',
  'HEADER', 'FOOTER', 'ASIDE', 'FIGCAPTION', 'DD', 'DT', 'BR', 'UL', 'OL', 'TABLE',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'FORM', 'NAV']);

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

export function readHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  if (!document || !document.documentElement) throw new UnreadableDocument('malformed HTML (no document element)');
  const title = cleanTitle(document.querySelector('title')?.textContent ?? null);
  const published = metaPublished(document);
  // Readability changes the tree it reads, so it gets its own copy.
  const { document: copy } = parseHTML(html);
  let article: { content?: string | null; title?: string | null } | null = null;
  try {
    article = new Readability(copy as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  let text = '';
  if (article?.content) {
    const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
    text = blockText(content.body as unknown as Node);
  }
  const page = blockText(document.body as unknown as Node);
  if (text.trim().length < 40) text = page;
  // The standfirst under the headline often names who the body calls only "the Prime Minister";
  // Readability counts it as page furniture.
  const lead = cleanTitle(document.querySelector(LEAD)?.textContent ?? null);
  if (lead && lead.length >= 40 && !text.includes(lead)) text = `${lead}\n\n${text}`;
  text = text.trim();
  if (!text) throw new UnreadableDocument('HTML page with no readable text');
  return { text, title: title ?? article?.title ?? null, published: published ?? stampedDate(page) };
}

const LEAD = 'p.lead, .lead > p, p.standfirst, .standfirst > p, p.summary, .article-summary, p.dek, .dek > p, p.gem-c-lead-paragraph';

function blockText(root: Node | null): string {
  if (!root) return '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        const block = BLOCKS.has(tag);
        if (block) parts.push('\n\n');
        walk(child);
        if (block) parts.push('\n\n');
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \t]{2,}/g, ' ');
}

function cleanTitle(title: string | null): string | null {
  const t = title?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function metaPublished(document: { querySelector(selector: string): Element | null }): string | null {
  const selectors = [
    'meta[property="article:published_time"]',
    'meta[name="govuk:first-published-at"]',
    'meta[property="og:published_time"]',
    'meta[name="dcterms.date"]',
    'meta[name="DC.date.issued"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
    'time[datetime]',
  ];
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
    if (m) return m[1];
  }
  return null;
}
