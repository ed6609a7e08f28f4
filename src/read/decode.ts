// Turns raw bytes into text, or says plainly why they are not a readable text document.

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export class UnreadableDocument extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/** Share of control characters (other than tab, newline, carriage return, form feed) that marks binary data. */
const BINARY_CONTROL_SHARE = 0.01;

export function decodeText(bytes: Uint8Array, maxBytes = MAX_DOCUMENT_BYTES): string {
  if (bytes.length === 0) throw new UnreadableDocument('empty file');
  if (bytes.length > maxBytes) {
    throw new UnreadableDocument(
      `too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit for one document is ${(maxBytes / 1048576).toFixed(0)} MB)`,
    );
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeWith(utf16le, bytes.subarray(2), 'UTF-16LE');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeWith(utf16be, bytes.subarray(2), 'UTF-16BE');
  else {
    if (bytes.includes(0)) throw new UnreadableDocument('binary data (contains NUL bytes), not text');
    text = decodeWith(utf8, bytes, 'UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  assertLooksLikeText(text);
  return text;
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UnreadableDocument(
      `not valid ${name} text (wrong encoding? convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8)`,
    );
  }
}

export function assertLooksLikeText(text: string): void {
  if (text.trim().length === 0) throw new UnreadableDocument('no text (only whitespace)');
  let controls = 0;
  const sample = Math.min(text.length, 65536);
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls++;
  }
  if (controls / sample > BINARY_CONTROL_SHARE) {
    throw new UnreadableDocument('binary data, not text (too many control characters)');
  }
}
