import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, fitsWithin, fitsByInitials } from '../src/resolve/name-key.js';
import { registry } from '../src/resolve/registry.js';
import { createExtractor } from '../src/pipeline.js';
import { doc } from './helpers.js';

test('spelling variants share a key', () => {
  const same = (a: string, b: string) => assert.equal(nameKey(a).whole, nameKey(b).whole, `${a} ~ ${b}`);
  same('Amir-Abdollahian', 'Amirabdollahian');
  same('Hossein Amir Abdollahian', 'Hossein Amir-Abdollahian');
  same('Ahmed Nasser', 'Ahmad Nasser');
  same('Shoukry', 'Shokry');
  same('Sergei Lavrov', 'Sergey Lavrov');
  same('Choe Son Hui', 'Choe Son-hui');
  assert.notEqual(nameKey('Fidan').whole, nameKey('Fuad').whole);
});

test('a shorter form fits within the full name, keeping the family name', () => {
  assert.ok(fitsWithin(nameKey('Ahmed Nasser al-Sabah'), nameKey('Ahmad Nasser Al-Mohammad Al-Sabah')));
  assert.ok(fitsWithin(nameKey('Ziad Nakhale'), nameKey('Ziyad al-Nakhalah')));
  assert.ok(fitsWithin(nameKey('Kishida Fumio'), nameKey('Fumio Kishida')));
  assert.ok(!fitsWithin(nameKey('Ahmad Nasser'), nameKey('Ahmad Nasser Al-Mohammad Al-Sabah')));
});

test('given names written as initials: "S. Jaishankar" is "Subrahmanyam Jaishankar", not "S. Jayakumar"', () => {
  assert.ok(fitsByInitials(nameKey('S. Jaishankar'), nameKey('Dr. Subrahmanyam Jaishankar')));
  assert.ok(fitsByInitials(nameKey('Antony J. Blinken'), nameKey('Antony John Blinken')));
  assert.ok(!fitsByInitials(nameKey('S. Jayakumar'), nameKey('Subrahmanyam Jaishankar')));
  assert.ok(!fitsByInitials(nameKey('K. Jaishankar'), nameKey('Subrahmanyam Jaishankar')));
  // Two full given names that differ are two people.
  assert.ok(!fitsByInitials(nameKey('Sanjay Jaishankar'), nameKey('Subrahmanyam Jaishankar')));
});

test('the registry knows who held an office on a day', () => {
  const r = registry();
  const fm = (of: string, day: string) => r.holders('foreign_minister', of, day).map((h) => h.person.name);
  assert.deepEqual(fm('EGY', '2024-03-31'), ['Sameh Shoukry']);
  assert.deepEqual(fm('IRN', '2023-10-24'), ['Hossein Amir-Abdollahian']);
  assert.deepEqual(fm('USA', '2023-06-18'), ['Antony Blinken']);
  assert.deepEqual(r.holdersByTitle('President', 'IRN', '2024-04-01').map((h) => h.person.name), ['Ebrahim Raisi']);
  assert.deepEqual(r.holders('head_of_state', 'NGA', '2016-01-18').map((h) => h.person.name), ['Muhammadu Buhari']);
});

test('registry lookups match variant spellings to one person', () => {
  const r = registry();
  for (const written of ['Amirabdollahian', 'Hossein Amir Abdollahian', 'Amir-Abdollahian']) {
    assert.deepEqual(r.lookup(written).map((p) => p.id), ['hossein-amir-abdollahian'], written);
  }
  assert.equal(r.lookup('Hussein Ibrahim Taha')[0]?.name, 'Hissein Brahim Taha');
});

test('short surnames must agree letter for letter: "Wang" is not "Wong"', () => {
  const r = registry();
  const names = r.bySurname('Wang').map((p) => p.name);
  assert.ok(names.includes('Wang Yi'));
  assert.ok(!names.includes('Penny Wong'));
});

test('short parts must start alike, and a registered name must fit the state the text gives', () => {
  assert.ok(!fitsWithin(nameKey('Abiy Ahmed'), nameKey('Hamadi Ould Baba Ould Hamadi')));
  assert.ok(fitsWithin(nameKey('Naim Kassem'), nameKey('Naim Qassem')));
});

test('"He recalled that Vance had telephoned him": the object pronoun is never the subject of its own verb', () => {
  const r = createExtractor().extract(doc('Prime Minister Narendra Modi spoke with President Donald Trump today. He recalled that on the night of 9 May, US Vice President JD Vance had telephoned him.', '2025-06-18'));
  const calls = r.engagements.filter((e) => e.status === 'background').map((e) => e.participants.map((p) => p.name).sort().join(' + '));
  assert.deepEqual(calls, ['JD Vance + Narendra Modi']);
});

test('"Sheikh Mohammed" later in a story is the Sheikh Mohamed bin Abdulrahman it named, whatever the spelling, not a registered Mohamed', () => {
  const r = createExtractor().extract(
    doc(
      'DOHA, 4 March 2025 -- His Excellency Sheikh Mohamed bin Abdulrahman Al Thani, Prime Minister and Minister of Foreign Affairs, received Foreign Minister Vivian Balakrishnan of Singapore in Doha today. ' +
        'Balakrishnan said that he and Sheikh Mohammed had last met in Singapore in October.',
      '2025-03-04',
    ),
  );
  const names = r.engagements.map((e) => `${e.status}: ${e.participants.map((p) => p.name).sort().join(' + ')}`);
  assert.deepEqual(names, ['reported: Mohammed bin Abdulrahman Al Thani + Vivian Balakrishnan', 'background: Mohammed bin Abdulrahman Al Thani + Vivian Balakrishnan']);
});

test('short words run together stand for no registered name: "Hà Nội" is not "Haniyeh"', () => {
  assert.deepEqual(registry().lookup('Hà Nội'), []);
  assert.deepEqual(registry().lookup('Ha Noi'), []);
  assert.deepEqual(registry().lookup('Amir Abdollahian').map((p) => p.id), ['hossein-amir-abdollahian']);
});
