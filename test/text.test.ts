import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../src/text/analyse.js';

test('sentences and tokens carry offsets into the original text', () => {
  const text = 'Iran’s foreign minister spoke with his Turkish counterpart on Saturday. “We agreed,” he said.';
  const { sentences } = analyse(text);
  assert.equal(sentences.length, 2);
  for (const s of sentences) {
    assert.equal(text.slice(s.start, s.end), s.text);
    for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  }
  assert.equal(sentences[0].tokens[1].lower, "'s");
});

test('a run-in sub-heading and a line break end sentences', () => {
  const text = 'The ministers met in Geneva.\nTalks on Yemen  The two sides agreed to meet again.';
  const { sentences } = analyse(text);
  assert.deepEqual(sentences.map((s) => s.text), ['The ministers met in Geneva.', 'Talks on Yemen', 'The two sides agreed to meet again.']);
});

test('page furniture is not read as reporting', () => {
  const text = [
    'The Emir received a phone call from the Egyptian President on Monday.',
    'Also read: Minister visits Ankara for talks',
    'All content by the agency is licensed under a Creative Commons Attribution 4.0 International License.',
    'Previous articleMinisters meet in Doha',
    'A keen writer on Gulf affairs, she reports from Doha.',
  ].join('\n');
  const { sentences } = analyse(text);
  assert.equal(sentences.length, 1);
  assert.match(sentences[0].text, /^The Emir received/);
});

test('a title-case headline is not read as a sentence of the report', () => {
  const text = 'Foreign Minister Holds Talks With Visiting Omani Counterpart\n\nThe foreign minister met his Omani counterpart on Monday.';
  const { sentences } = analyse(text);
  assert.deepEqual(sentences.map((s) => s.text), ['The foreign minister met his Omani counterpart on Monday.']);
});

test('a first line without closing punctuation is a headline, not a sentence of the report', () => {
  const text = 'Foreign Secretary travels to Germany, Poland and Sweden on first trip\n\nThe Foreign Secretary travelled to Berlin today.';
  const { sentences } = analyse(text);
  assert.deepEqual(sentences.map((s) => s.text), ['The Foreign Secretary travelled to Berlin today.']);
});

test('a full stop inside a word ("Japan-U.S. Summit") ends no sentence', () => {
  const a = analyse('Prime Minister Kishida held a Japan-U.S. Summit Video Teleconference Meeting with President Biden. The two leaders agreed to meet soon.');
  assert.equal(a.sentences.length, 2);
  assert.match(a.sentences[0].text, /Summit Video Teleconference Meeting with President Biden\.$/);
});
