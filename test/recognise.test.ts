import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../src/text/analyse.js';
import { recognise } from '../src/recognise/engine.js';
import { lexicon } from '../src/lexicon/lexicon.js';
import { registry } from '../src/resolve/registry.js';
import { parseWindow, parseWindowWithEveryParser } from '../src/recognise/dates.js';
import type { DateMention, Mention, PersonNameMention, TitleMention } from '../src/types.js';

function mentions(text: string, published: string | null = null): Mention[] {
  const rs = recognise(analyse(text), { lexicon: lexicon(), registry: registry(), published, documentNames: new Set() });
  return rs.flatMap((r) => r.mentions);
}
const names = (ms: Mention[]) => ms.filter((m): m is PersonNameMention => m.type === 'name').map((m) => m.name);
const titles = (ms: Mention[]) => ms.filter((m): m is TitleMention => m.type === 'title');
const dates = (ms: Mention[]) => ms.filter((m): m is DateMention => m.type === 'date');

test('names keep particles and hyphens, and lose honorifics', () => {
  const ms = mentions('Sheikh Ahmed Nasser al-Sabah met Ziad al-Nakhale and Abdel Fattah el-Sisi, while Mr. HAYASHI Yoshimasa spoke to Abdullah Bou Habib.');
  assert.deepEqual(names(ms), ['Ahmed Nasser al-Sabah', 'Ziad al-Nakhale', 'Abdel Fattah el-Sisi', 'HAYASHI Yoshimasa', 'Abdullah Bou Habib']);
});

test('Korean given names written with a hyphen stay whole; "Biden-era" and "Saudi-led" are not names', () => {
  const ms = mentions('President Moon Jae-in and Foreign Minister Kang Kyung-wha received Ban Ki-moon in Seoul, where Biden-era sanctions and the Saudi-led talks came up.');
  assert.deepEqual(names(ms), ['Moon Jae-in', 'Kang Kyung-wha', 'Ban Ki-moon']);
});

test('places, events and headings are not people', () => {
  const ms = mentions('The Gaza Strip and the West Bank were discussed, as was Operation al-Aqsa Storm at the Security Council.');
  assert.deepEqual(names(ms), []);
});

test('titles take their party from an adjective, a possessive or an "of" phrase', () => {
  const ms = mentions("Iran's Foreign Minister met the top Kuwaiti diplomat, his Egyptian counterpart and the Secretary General of the Organization of Islamic Cooperation (OIC).");
  const t = titles(ms).map((x) => [x.office, x.affiliations.join(','), x.counterpart]);
  assert.deepEqual(t, [
    ['foreign_minister', 'IRN', false],
    ['foreign_minister', 'KWT', false],
    ['other', 'EGY', true],
    ['secretary_general', 'OIC', false],
  ]);
});

test('a plural title with several states names one office-holder per state', () => {
  const [t] = titles(mentions('The meeting of the presidents of Iran and Egypt in Riyadh was important.'));
  assert.equal(t.office, 'head_of_state');
  assert.deepEqual(t.affiliations, ['IRN', 'EGY']);
  assert.equal(t.plural, true);
});

test('a bare weekday is the latest such day on or before publication', () => {
  // 2024-04-01 was a Monday.
  const [d] = dates(mentions('They spoke by phone this Sunday evening.', '2024-04-01'));
  assert.equal(d.date, '2024-03-31');
  const [t] = dates(mentions('The call took place on Monday.', '2024-04-01'));
  assert.equal(t.date, '2024-04-01');
  const [n] = dates(mentions('They will meet next Thursday.', '2024-04-01'));
  assert.equal(n.date, '2024-04-04');
  assert.equal(n.tense, 'future');
});

test('without a publication date, relative days stay unfixed and say so', () => {
  const [d] = dates(mentions('He made the remark in a late Sunday phone call.'));
  assert.equal(d.date, null);
  assert.equal(d.text, 'late Sunday');
  const [y] = dates(mentions('The ministers met yesterday.'));
  assert.equal(y.date, null);
  const [full] = dates(mentions('The ministers met on 12 March 2021.'));
  assert.equal(full.date, '2021-03-12');
});

test('vague references give a range, never a day', () => {
  const [d] = dates(mentions('The minister recently held calls with his counterparts.', '2023-10-24'));
  assert.equal(d.date, null);
  assert.equal(d.latest, '2023-10-24');
});

test('triggers tell calls from appeals, and find the medium of "talks"', () => {
  const kinds = (text: string) => mentions(text).filter((m) => m.type === 'trigger').map((m) => (m.type === 'trigger' ? `${m.kind}:${m.form}` : ''));
  assert.deepEqual(kinds('The minister called on the OIC to act.'), []);
  assert.deepEqual(kinds('He held talks on the phone with his Lebanese counterpart.'), ['phone_call:noun']);
  assert.deepEqual(kinds('The leaders met in Riyadh.'), ['meeting:verb']);
  assert.deepEqual(kinds('The two presidents held a video call.'), ['video_call:noun']);
});

test('names with letters outside Latin-1 stay whole, and "Un" in a name is not the UN', () => {
  const ms = mentions('Radosław Sikorski met Mevlüt Çavuşoğlu, and Kim Jong Un said he would attend.');
  assert.deepEqual(names(ms), ['Radosław Sikorski', 'Mevlüt Çavuşoğlu', 'Kim Jong Un']);
  assert.equal(ms.filter((m) => m.type === 'party').length, 0);
});

test('parts of the day, days ago, and the dateline', () => {
  const one = (text: string, published: string) => dates(mentions(text, published)).map((d) => d.date);
  assert.deepEqual(one('On the afternoon of April 26, the two presidents spoke.', '2023-04-27'), ['2023-04-26']);
  assert.deepEqual(one('The Prime Minister spoke to the President this afternoon.', '2024-07-06'), ['2024-07-06']);
  assert.deepEqual(one('The ministers met two days ago in Cairo.', '2024-07-06'), ['2024-07-04']);
  // A dateline dates the report; the event is Monday.
  assert.deepEqual(one('PARIS, May 10, 2023 (Wire) - The presidents met on Monday evening.', '2023-05-10'), ['2023-05-08']);
});

test('"called on X to act" is an appeal; "called on the Crown Prince" is a courtesy call', () => {
  const kinds = (text: string) => mentions(text).filter((m) => m.type === 'trigger').map((m) => (m.type === 'trigger' ? m.kind : ''));
  assert.deepEqual(kinds('The minister called on the OIC to launch a serious probe.'), []);
  assert.deepEqual(kinds('The Prime Minister called on the Crown Prince at Al-Safa Palace on Sunday.'), ['meeting']);
  assert.deepEqual(kinds('Trudeau dined with Trump at Mar-a-Lago.'), ['meeting']);
});

test('a place named after a person is no person: "King Khalid International Airport", "Sheikh Zayed Grand Mosque"', () => {
  const ms = mentions('The King received him at King Khalid International Airport before they visited the Sheikh Zayed Grand Mosque with Adel al-Jubeir.');
  assert.deepEqual(names(ms), ['Adel al-Jubeir']);
});

test('a function word that opens a sentence starts no name: "In Doha he held talks"', () => {
  const ms = mentions('In Doha he held talks with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.');
  assert.deepEqual(names(ms), ['Mohammed bin Abdulrahman Al Thani']);
});

test('a lead that opens on its date keeps it; a dateline\'s date dates only the report', () => {
  const lead = dates(mentions('Yesterday evening in Paris, President Hollande dined with President Obama.', '2014-06-06'));
  assert.deepEqual(lead.map((d) => d.date), ['2014-06-05']);
  const dateline = dates(mentions('June 6 (Wire) - President Hollande dined with President Obama.', '2014-06-06'));
  assert.deepEqual(dateline.map((d) => d.date), []);
});

test('a bare year after "in" is that year\'s range; "since 2016" bounds a span and dates nothing', () => {
  const inYear = dates(mentions('The last time they met was in 2016, in Puerto Ordaz.', '2022-11-02'));
  assert.deepEqual(inYear.map((d) => [d.earliest, d.latest, d.date]), [['2016-01-01', '2016-12-31', null]]);
  assert.deepEqual(dates(mentions('It was their first meeting since 2016.', '2022-11-02')), []);
});

test('"Last May", "next June", "June 16 last year": months and days whose year the words give; "sat down" names no Saturday', () => {
  const [may] = dates(mentions('Last May he addressed the Verkhovna Rada in Kyiv.', '2023-04-06'));
  assert.deepEqual([may.text, may.earliest, may.latest, may.date], ['Last May', '2022-05-01', '2022-05-31', null]);
  const [june] = dates(mentions('The leaders will meet again next June.', '2023-04-06'));
  assert.deepEqual([june.earliest, june.latest], ['2023-06-01', '2023-06-30']);
  const [geneva] = dates(mentions('Their only meeting remains the Geneva summit of June 16 last year.', '2022-02-14'));
  assert.equal(geneva.date, '2021-06-16');
  assert.deepEqual(dates(mentions('Olaf Scholz sat down with Volodymyr Zelensky.', '2022-02-14')), []);
});

test('a span of days without a year fixes none of them, and is under way when it takes in the day of the news', () => {
  const spanOf = (text: string, published: string) => dates(mentions(text, published)).map((d) => [d.date, d.earliest, d.latest, d.tense]);
  assert.deepEqual(spanOf('The President is visiting Kenya from 6 to 8 April.', '2025-04-07'), [[null, '2025-04-06', '2025-04-08', 'present']]);
  assert.deepEqual(spanOf('The President visited Kenya on 2-4 April.', '2025-04-07'), [[null, '2025-04-02', '2025-04-04', 'past']]);
  assert.deepEqual(spanOf('The President will visit Kenya on 12-14 April 2025.', '2025-04-07'), [[null, '2025-04-12', '2025-04-14', 'future']]);
});

test('chrono runs only the parsers a window can feed, and finds every date all of them would', () => {
  const reference = new Date('2024-04-01T12:00:00Z');
  const windows = [
    'The ministers met on 2024-03-28 in Riyadh',
    'signed in Hanoi on 2024/03/28, the agency said',
    'talks held on 28/03/2024 and again on 3/29',
    'the plan due by 04/2024 was delayed',
    'in 2023 March the two sides agreed',
    'on the afternoon of Monday, 4 March 2024, the President received',
    'arrived on March 4th and left on the 6th of March',
    'spoke by phone late on Sunday evening',
    'Earlier today the envoy met the Emir; tomorrow he flies on',
    'last night the two leaders dined together',
    'this morning the Chancellor spoke to the Premier',
    'at the end of the month the troops will leave',
    'met last week and will meet again next month',
    'a visit in the next 2 weeks, or within the past three days',
    'the weekend summit at the Élysée',
    'Monsoon rains delayed the Sept. 5 summit; a Nov 2 date was set',
  ];
  const view = (results: { index: number; text: string; start: { date(): Date } }[]) => results.map((r) => `${r.index}:${r.text}:${r.start.date().toISOString()}`);
  for (const window of windows) {
    const all = view(parseWindowWithEveryParser(window, reference));
    assert.ok(all.length > 0, `chrono finds a date in "${window}"`);
    assert.deepEqual(view(parseWindow(window, reference)), all, window);
  }
});

test('a portfolio written before a title is the title\'s, not a name: "Environment, Urbanization and Climate Change Minister"', () => {
  const ms = mentions('He was joined by Defence Minister Hulusi Akar and Environment, Urbanization and Climate Change Minister Murat Kurum, while British Business and Trade Secretary Kemi Badenoch met Commerce and Industry Minister Piyush Goyal.');
  assert.deepEqual(titles(ms).map((t) => [t.role, t.affiliations.join(',')]), [
    ['Defence Minister', ''],
    ['Environment, Urbanization and Climate Change Minister', ''],
    ['Business and Trade Secretary', 'GBR'],
    ['Commerce and Industry Minister', ''],
  ]);
  assert.deepEqual(ms.filter((m): m is PersonNameMention => m.type === 'name').map((m) => m.name), ['Hulusi Akar', 'Murat Kurum', 'Kemi Badenoch', 'Piyush Goyal']);
  // A name before "and" is a person's: "Prime Minister Edi Rama and Environment Minister Mirela Kumbaro".
  const two = mentions('Prime Minister Edi Rama and Environment Minister Mirela Kumbaro met the delegation.');
  assert.deepEqual(titles(two).map((t) => t.role), ['Prime Minister', 'Environment Minister']);
});

test('a title runs on over a body\'s name that closes with a state, and over a portfolio\'s last item up to the comma before the name', () => {
  const text = 'The Chancellor met the President of the Sovereign Council of the Republic of the Sudan, Abdel Fattah al-Burhan, then the Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation, Antonio Tajani, and the Minister of Trade, Industry and Competition, Parks Tau.';
  const ms = mentions(text);
  const found = titles(ms).map((t) => [text.slice(t.start, t.end), t.role, t.affiliations.join(',')]);
  assert.deepEqual(found, [
    ['The Chancellor', 'Chancellor', ''],
    ['the President of the Sovereign Council of the Republic of the Sudan', 'President of the Sovereign Council of the Republic of the Sudan', 'SDN'],
    ['the Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation', 'Deputy Prime Minister and Foreign Minister', ''],
    ['the Minister of Trade, Industry and Competition', 'Minister of Trade, Industry and Competition', ''],
  ]);
  assert.deepEqual(names(ms), ['Abdel Fattah al-Burhan', 'Antonio Tajani', 'Parks Tau']);
});

test('military chiefs are titles: "Chief of Army Staff", "Chief of the General Staff", "army chief"', () => {
  const ms = mentions("Pakistan's Chief of Army Staff, Gen. Asim Munir, met Chief of the General Staff Valery Gerasimov, and Egypt's army chief sat in.");
  assert.deepEqual(titles(ms).map((t) => [t.role, t.affiliations.join(',')]), [
    ['Chief of Army Staff', 'PAK'],
    ['Chief of the General Staff', ''],
    ['Army Chief', 'EGY'],
  ]);
  assert.deepEqual(names(ms), ['Asim Munir', 'Valery Gerasimov']);
});

test('a body\'s name closed by its state ends there when a name follows directly: "General Secretary of the Communist Party of Vietnam To Lam"', () => {
  const ms = mentions('Putin met General Secretary of the Communist Party of Vietnam To Lam in Moscow.');
  assert.deepEqual(titles(ms).map((t) => [t.role, t.affiliations.join(',')]), [['General Secretary of the Communist Party of Vietnam', 'VNM']]);
  assert.deepEqual(names(ms), ['To Lam']);
});

test('Malay royal styles open a name and are set aside: "Tengku Datuk Seri Zafrul Abdul Aziz"', () => {
  assert.deepEqual(names(mentions('Anwar was accompanied by Minister Tengku Datuk Seri Zafrul Abdul Aziz.')), ['Zafrul Abdul Aziz']);
});

test('a name after a title is no item of the next title\'s portfolio list', () => {
  const ms = mentions('Interior Minister Süleyman Soylu, Energy and Natural Resources Minister Fatih Dönmez and Culture Minister Mehmet Nuri Ersoy accompanied the president.');
  assert.deepEqual(names(ms), ['Süleyman Soylu', 'Fatih Dönmez', 'Mehmet Nuri Ersoy']);
  assert.ok(titles(ms).some((t) => t.text === 'Energy and Natural Resources Minister'), titles(ms).map((t) => t.text).join(' | '));
});

test('the EU High Representative\'s full title is one title; "Daw" is an honorific', () => {
  const ms = mentions('The Secretary-General met Federica Mogherini, High Representative of the European Union for Foreign Affairs and Security Policy, and later Daw Aung San Suu Kyi.');
  assert.deepEqual(names(ms), ['Federica Mogherini', 'Aung San Suu Kyi']);
  assert.ok(titles(ms).some((t) => t.text === 'High Representative of the European Union for Foreign Affairs and Security Policy'), titles(ms).map((t) => t.text).join(' | '));
});

test('"the Holy Father" and "the pontiff" are the Pope; "Apostolic Journeys" is no one\'s name', () => {
  const ms = mentions('As on his other Apostolic Journeys, the Holy Father will be received by the President; the pontiff leaves on Friday.');
  assert.deepEqual(names(ms), []);
  const popes = titles(ms).filter((t) => t.role === 'Pope');
  assert.equal(popes.length, 2, titles(ms).map((t) => t.text).join(' | '));
});

test('"Capt." and "Brig." are ranks before a name, like "Gen."', () => {
  const ms = mentions('Capt. Ibrahim Traoré received Brig. Gen. Mamady Doumbouya in Ouagadougou.');
  const found = ms.filter((m): m is PersonNameMention => m.type === 'name');
  assert.deepEqual(found.map((m) => m.name), ['Ibrahim Traoré', 'Mamady Doumbouya']);
});
