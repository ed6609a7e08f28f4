import type { SourceDocument } from '../src/types.js';

export function doc(text: string, published: string | null = null, id = 't'): SourceDocument {
  return { id, origin: id, text, published, publishedSource: published ? 'metadata' : null, title: null, url: null, outlet: null, language: null };
}
