// End-to-end behaviour of the extractor on short reports written in the styles of government
// readouts and wire copy (our own sentences; the facts are real).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../src/pipeline.js';
import { doc } from './helpers.js';

const extractor = createExtractor();
const run = (text: string, published: string | null = null) => extractor.extract(doc(text, published));
const pairs = (r: ReturnType<typeof run>, status = 'reported') =>
  r.engagements.filter((e) => e.status === status).map((e) => `${e.kind}: ${e.participants.map((p) => p.name).sort().join(' + ')}`);

test('state department style: a call with a titled counterpart, dated by the weekday', () => {
  const r = run(
    'Secretary of State Antony Blinken spoke by phone on Tuesday with Egyptian Foreign Minister Sameh Shoukry. The Secretary and the Foreign Minister discussed humanitarian aid for Gaza.',
    '2023-10-12',
  );
  assert.deepEqual(pairs(r), ['phone_call: Antony Blinken + Sameh Shoukry']);
  const e = r.engagements[0];
  assert.equal(e.date, '2023-10-10');
  assert.equal(e.codes.cameo, '041');
  assert.ok(e.topics.includes('Gaza'));
  const ev = e.evidence[0];
  assert.match(ev.text, /^Secretary of State Antony Blinken spoke by phone/);
});

test('one sentence, two calls: "held calls with A and B" is two engagements', () => {
  const r = run('Turkish Foreign Minister Hakan Fidan held phone calls on Sunday with Iranian Foreign Minister Hossein Amir-Abdollahian and Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.', '2023-10-09');
  assert.deepEqual(pairs(r).sort(), [
    'phone_call: Hakan Fidan + Hossein Amir-Abdollahian',
    'phone_call: Hakan Fidan + Mohammed bin Abdulrahman Al Thani',
  ]);
  for (const e of r.engagements) assert.equal(e.date, '2023-10-08');
});

test('a title-only mention resolves to the office-holder on the publication day', () => {
  const r = run('Iran’s foreign minister and his Egyptian counterpart discussed the situation in Rafah in a phone call on Sunday evening.', '2024-04-01');
  assert.deepEqual(pairs(r), ['phone_call: Hossein Amir-Abdollahian + Sameh Shoukry']);
  assert.equal(r.engagements[0].date, '2024-03-31');
});

test('background, planned and denied engagements are told apart from the news', () => {
  const r = run(
    [
      'Russian President Vladimir Putin held talks with Turkish President Recep Tayyip Erdogan in Sochi on Monday.',
      'The two leaders last met in Astana in July.',
      'Erdogan will visit Moscow next month, the Kremlin said.',
      'Kremlin spokesman Dmitry Peskov denied that Putin had met Ukrainian President Volodymyr Zelenskyy.',
    ].join(' '),
    '2023-09-05',
  );
  assert.deepEqual(pairs(r), ['visit: Recep Tayyip Erdoğan + Vladimir Putin']);
  assert.equal(r.engagements.find((e) => e.status === 'reported')!.location, 'Sochi');
  assert.deepEqual(pairs(r, 'background'), ['meeting: Recep Tayyip Erdoğan + Vladimir Putin']);
  assert.equal(pairs(r, 'planned').length, 1);
  assert.deepEqual(pairs(r, 'denied'), ['meeting: Vladimir Putin + Volodymyr Zelenskyy']);
});

test('a reference back to the call adds evidence instead of a second engagement, and statements attach to it', () => {
  const r = run(
    [
      'In a phone call with his Iraqi counterpart Fuad Hussein on Sunday night, Amir-Abdollahian called for an end to the siege of Gaza.',
      'During the phone conversation, the two ministers also discussed bilateral ties.',
      'Hussein thanked Iran for its support.',
    ].join(' '),
  );
  assert.equal(r.engagements.length, 1);
  const e = r.engagements[0];
  assert.equal(e.evidence.length, 2);
  assert.equal(e.date, null, 'no publication date: the day stays open');
  assert.equal(e.date_text, 'Sunday night');
  const thank = r.statements.find((s) => s.act === 'thank');
  assert.ok(thank);
  assert.equal(thank!.engagement, e.id);
  assert.equal(r.actors.find((a) => a.id === thank!.speaker)!.name, 'Fuad Hussein');
});

test('domestic meetings and appeals are not diplomatic engagements', () => {
  const r = run('The Iranian foreign minister met the Iranian president in Tehran. He called on the United Nations to act. Officials called for calm.', '2023-05-02');
  assert.deepEqual(pairs(r), []);
});

test('a visit has a host, and the talks it was for name the host party', () => {
  const r = run('Indian External Affairs Minister S. Jaishankar travelled to Moscow on Monday for talks with Russian Foreign Minister Sergei Lavrov.', '2023-12-26');
  assert.deepEqual(pairs(r), ['visit: S. Jaishankar + Sergey Lavrov']);
  assert.equal(r.engagements[0].host, 'RUS');
  assert.equal(r.engagements[0].codes.cameo, '042');
});

test('the presidents of two states named only by office resolve on the day', () => {
  const r = run('The ministers recalled the important meeting of the presidents of Iran and Egypt in Riyadh.', '2024-04-01');
  assert.deepEqual(pairs(r, 'background'), ['meeting: Abdel Fattah el-Sisi + Ebrahim Raisi']);
});

test('"the Prime Minister" with no state named belongs to the state the report is written from', () => {
  const r = run('LONDON, 6 July 2024 - The Prime Minister spoke to President Macron of France this afternoon.', '2024-07-06');
  assert.deepEqual(pairs(r), ['phone_call: Emmanuel Macron + Keir Starmer']);
  assert.equal(r.engagements[0].date, '2024-07-06');
});

test('"the crown prince" resolves to the crown prince of the day', () => {
  const r = run('Secretary of State Mike Pompeo met the Saudi crown prince in Neom on Sunday.', '2020-11-23');
  assert.deepEqual(pairs(r), ['visit: Mike Pompeo + Mohammed bin Salman']);
  assert.equal(r.engagements[0].date, '2020-11-22');
});

test('a place in the clause is where the parties met, not a party', () => {
  const r = run('Sergei Lavrov and Ukrainian Foreign Minister Dmytro Kuleba met in the Turkish resort of Antalya with Turkish Foreign Minister Mevlüt Çavuşoğlu on Thursday.', '2022-03-10');
  const e = r.engagements[0];
  assert.equal(e.multilateral, true);
  assert.deepEqual(e.participants.map((p) => p.affiliation).sort(), ['RUS', 'TUR', 'UKR']);
  assert.equal(e.location, 'Antalya');
});

test('asides: a definite reference joins the exchange already found; habits, earlier and planned exchanges are not news', () => {
  const r = run(
    [
      'The foreign ministers of the United States, Japan, India and Australia met in Tokyo on Monday and voiced concern about the South China Sea.',
      'Secretary of State Antony Blinken and Australian Foreign Minister Penny Wong joined Japanese Foreign Minister Yoko Kamikawa for the talks.',
      'The meeting came a day after Blinken held security talks with Kamikawa and Japanese Defence Minister Minoru Kihara.',
      'Wong has visited Tokyo several times this year.',
      'Blinken will travel on to Manila to meet Philippine Foreign Secretary Enrique Manalo.',
    ].join(' '),
    '2024-07-29',
  );
  const reported = r.engagements.filter((e) => e.status === 'reported');
  assert.equal(reported.length, 1);
  assert.equal(reported[0].participants.length, 4);
  assert.equal(reported[0].multilateral, true);
  assert.ok(reported[0].evidence.length >= 2);
  assert.ok(!reported[0].topics.includes('China'), 'the South China Sea is not China');
  assert.equal(r.engagements.filter((e) => e.status === 'background').length, 1);
  assert.deepEqual(pairs(r, 'planned'), ['visit: Antony Blinken + Enrique Manalo']);
  assert.equal(r.engagements.find((e) => e.status === 'planned')!.host, 'PHL');
  assert.ok(!r.engagements.some((e) => e.participants.some((p) => p.name === 'Penny Wong') && e.kind === 'visit'), 'a habit is no visit');
});

test('a trip and the talks it was for are one visit, also when the host received the visitor', () => {
  const r = run(
    [
      'Prime Minister Narendra Modi arrived in Moscow on Monday on a two-day visit, and was hosted by President Vladimir Putin for a private dinner.',
      'From Moscow, the Prime Minister will fly to Vienna, where he is scheduled to meet Austrian Chancellor Karl Nehammer.',
    ].join(' '),
    '2024-07-08',
  );
  assert.deepEqual(pairs(r), ['visit: Narendra Modi + Vladimir Putin']);
  assert.equal(r.engagements[0].host, 'RUS');
  assert.deepEqual(pairs(r, 'planned'), ['visit: Karl Nehammer + Narendra Modi']);
});

test('a Gulf agency report: "the Amir received a phone call from", separate calls "with A and with B"', () => {
  const r = run(
    [
      'His Highness the Amir Sheikh Tamim bin Hamad Al Thani received a phone call on Sunday from US President Joe Biden.',
      'His Highness the Amir also received a phone call on Monday evening from President Abdel Fattah El-Sisi of Egypt.',
    ].join(' '),
    '2024-01-16',
  );
  assert.deepEqual(pairs(r), ['phone_call: Joe Biden + Tamim bin Hamad Al Thani', 'phone_call: Abdel Fattah el-Sisi + Tamim bin Hamad Al Thani']);
  assert.deepEqual(r.engagements.map((e) => e.date), ['2024-01-14', '2024-01-15']);
  const callers = r.engagements.map((e) => e.participants.find((p) => p.actor === e.initiator)?.name);
  assert.deepEqual(callers, ['Joe Biden', 'Abdel Fattah el-Sisi']);
  const s = run('Secretary Antony J. Blinken held separate calls today with Turkish Foreign Minister Hakan Fidan and with Qatari Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani.', '2023-10-07');
  assert.equal(s.engagements.length, 2);
});

test('wire background: "their previous meeting", "X\'s visit to Y for talks with Z", a family-name-first repeat', () => {
  const r = run(
    [
      'WOODSIDE, California, Nov 15, 2023 (Wire) - U.S. President Joe Biden and Chinese President Xi Jinping agreed on Wednesday to reopen military channels, in their first face-to-face talks in a year.',
      'Their previous meeting was held in Bali in November last year.',
      'The summit followed Chinese Foreign Minister Wang Yi\'s visit to Washington last month for talks with Secretary of State Antony Blinken, and a meeting between Wang and U.S. National Security Adviser Jake Sullivan in Malta in September.',
    ].join('\n\n'),
  );
  assert.equal(r.document.published, null, 'the reader, not the extractor, fixes the dateline');
  assert.deepEqual(pairs(r), ['meeting: Joe Biden + Xi Jinping']);
  assert.deepEqual(pairs(r, 'background').sort(), [
    'meeting: Jake Sullivan + Wang Yi',
    'meeting: Joe Biden + Xi Jinping',
    'visit: Antony Blinken + Wang Yi',
  ]);
  assert.equal(r.engagements.find((e) => e.kind === 'visit')!.host, 'USA');
});

test('"had held talks" is background; "had a telephone conversation" is news; a trilateral summit is one meeting', () => {
  const r = run(
    [
      'Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Olaf Scholz on Friday.',
      'Scholz had held talks with Chinese President Xi Jinping in Beijing in April.',
    ].join(' '),
    '2024-11-15',
  );
  assert.deepEqual(pairs(r), ['phone_call: Olaf Scholz + Vladimir Putin']);
  assert.deepEqual(pairs(r, 'background'), ['visit: Olaf Scholz + Xi Jinping']);
  const t = run('President Joe Biden convened a trilateral summit with Prime Minister Fumio Kishida of Japan and President Ferdinand Marcos Jr. of the Philippines on Thursday.', '2024-04-12');
  assert.equal(t.engagements.length, 1);
  assert.equal(t.engagements[0].multilateral, true);
});

test('a visit at the invitation of the host leader is a visit to them', () => {
  const r = run('Cairo, 4 September 2024 (Agency) - President Abdel Fattah El-Sisi arrived in Ankara on Wednesday on an official visit at the invitation of President Recep Tayyip Erdoğan.', '2024-09-04');
  assert.deepEqual(pairs(r), ['visit: Abdel Fattah el-Sisi + Recep Tayyip Erdoğan']);
  assert.equal(r.engagements[0].host, 'TUR');
  assert.equal(r.engagements[0].date, '2024-09-04');
});

test('a welcome on a state visit is the visit; "HE" before a name is an honorific; a general secretary is a leader', () => {
  const r = run(
    [
      'HANOI - President Ferdinand Marcos Jr. was welcomed by Vietnamese President Vo Van Thuong at the Presidential Palace on Tuesday, the main day of a two-day state visit to Vietnam.',
      'Later on Tuesday, Marcos met Nguyen Phu Trong, general secretary of the Communist Party of Vietnam.',
    ].join(' '),
    '2024-01-31',
  );
  assert.deepEqual(pairs(r), ['visit: Ferdinand Marcos Jr. + Vo Van Thuong', 'visit: Ferdinand Marcos Jr. + Nguyen Phu Trong']);
  assert.equal(r.engagements[0].host, 'VNM');
  const k = run('The Amir received a written message from the President of the Republic of Rwanda HE Paul Kagame.', '2024-05-14');
  assert.ok(k.actors.some((a) => a.name === 'Paul Kagame'));
});

test('a person the registry lacks is not mistaken for a registered one with a similar spelling', () => {
  const r = run('NAIROBI, February 28, 2025 - Ethiopian Prime Minister Abiy Ahmed arrived in Mogadishu on Thursday and was received by Somali President Hassan Sheikh Mohamud.', '2025-02-28');
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => `${p.name} ${p.affiliation}`)), [['Abiy Ahmed ETH', 'Hassan Sheikh Mohamud SOM']]);
});

test('people named together by one plural title meet together; possibilities and claims are not exchanges', () => {
  const r = run('On Monday, Polish Foreign Minister Radosław Sikorski met his French and German counterparts, Stéphane Séjourné and Annalena Baerbock, near Paris.', '2024-02-13');
  assert.equal(r.engagements.length, 1);
  assert.deepEqual(r.engagements[0].participants.map((p) => p.affiliation), ['POL', 'FRA', 'DEU']);
  assert.equal(r.engagements[0].multilateral, true);
  const q = run('Q: Media reports say that Chinese and US officials may hold talks next week. A newspaper claims that a phone call between the Chinese and German leaders is being arranged.', '2024-09-09');
  assert.deepEqual(q.engagements, []);
});

test('objects past a place: "received in Jeddah today X", "talks with A in Paris and with B in Berlin"', () => {
  const r = run('Crown Prince Mohammed bin Salman received in Jeddah today Minister of Foreign Affairs of the Islamic Republic of Iran Hossein Amir-Abdollahian.', '2023-08-18');
  assert.deepEqual(pairs(r), ['visit: Hossein Amir-Abdollahian + Mohammed bin Salman']);
  assert.equal(r.engagements[0].location, 'Jeddah');
  const t = run('Polish Prime Minister Donald Tusk held talks with French President Emmanuel Macron in Paris and with German Chancellor Olaf Scholz in Berlin on Monday.', '2024-02-13');
  assert.deepEqual(pairs(t).sort(), ['visit: Donald Tusk + Emmanuel Macron', 'visit: Donald Tusk + Olaf Scholz']);
  assert.deepEqual(t.engagements.map((e) => `${e.location} ${e.host}`).sort(), ['Berlin DEU', 'Paris FRA']);
});

test('"the Crown Prince" after his full name and titles is the same man; "could call" is no call', () => {
  const r = run(
    [
      'AlUla, January 08, 2024, SPA -- His Royal Highness Prince Mohammed bin Salman, Crown Prince and Prime Minister, received United States Secretary of State Antony Blinken in AlUla today.',
      'The Crown Prince previously received the Secretary in Jeddah in June 2023.',
      'Blinken said that he and the Crown Prince had agreed that either of them could call the other at any time.',
    ].join('\n\n'),
    '2024-01-08',
  );
  assert.deepEqual(pairs(r), ['visit: Antony Blinken + Mohammed bin Salman']);
  assert.deepEqual(pairs(r, 'background'), ['visit: Antony Blinken + Mohammed bin Salman']);
});

test('calls announced together take the day of the sentence that announced them', () => {
  const r = run(
    [
      'TEHRAN - Iranian Foreign Minister Hossein Amir-Abdollahian held phone conversations on Thursday with a number of foreign officials.',
      'In a phone conversation with his Lebanese counterpart Abdallah Bou Habib, Amir-Abdollahian discussed the elections.',
      'He also discussed his consultations with other officials.',
      'Amir-Abdollahian held talks with his Kuwaiti counterpart Sheikh Ahmad Nasser al-Sabah over bilateral ties.',
    ].join(' '),
    '2022-04-29',
  );
  assert.deepEqual(r.engagements.map((e) => [e.kind, e.date]), [['phone_call', '2022-04-28'], ['phone_call', '2022-04-28']]);
});

test('an exchange that is the topic of another ("updated him on his talks with X") is background', () => {
  const r = run(
    'The Prime Minister spoke to President Zelenskyy of Ukraine this morning. He updated President Zelenskyy on his talks with President Trump in Washington on Thursday.',
    '2025-03-01',
  );
  assert.equal(r.engagements.filter((e) => e.status === 'reported').length, 1);
  assert.equal(r.engagements.filter((e) => e.status === 'background').length, 1);
});

test('a host who receives a visitor in a capital is of that state; a trip to two states folds with the reception in one', () => {
  const r = run(
    [
      'President Bassirou Diomaye Faye of Senegal paid working visits to Mali and Burkina Faso on Thursday.',
      'In Bamako, the Senegalese head of state was received by the President of the Transition, Colonel Assimi Goïta, at Koulouba Palace.',
    ].join(' '),
    '2024-05-31',
  );
  const mali = r.engagements.find((e) => e.host === 'MLI')!;
  assert.deepEqual(mali.participants.map((p) => `${p.name} ${p.affiliation}`), ['Bassirou Diomaye Faye SEN', 'Assimi Goïta MLI']);
  assert.equal(mali.kind, 'visit');
});

test('a visit to a capital is a visit to the counterpart the story names', () => {
  const r = run(
    [
      'President Abdel Fattah El-Sisi held talks with President Recep Tayyip Erdoğan in Ankara on Wednesday.',
      "The visit comes in reciprocation of President Erdoğan's visit to Cairo in February.",
    ].join(' '),
    '2024-09-04',
  );
  const earlier = r.engagements.find((e) => e.status === 'background')!;
  assert.equal(earlier.kind, 'visit');
  assert.equal(earlier.host, 'EGY');
  assert.deepEqual(earlier.participants.map((p) => p.name).sort(), ['Abdel Fattah el-Sisi', 'Recep Tayyip Erdoğan']);
});

test('"together they", "the two" are the pair last named together; a date in a relative clause is not the meeting\'s', () => {
  const r = run(
    [
      'Foreign Secretary David Lammy and Secretary of State Antony Blinken reached Kyiv by overnight train this morning.',
      'Together they held talks with President Volodymyr Zelenskyy of Ukraine.',
      "The two also met Andrii Sybiha, who took up the post of Ukraine's Foreign Minister last week.",
      'They discussed a meeting of the coast guards of the two countries.',
    ].join(' '),
    '2024-09-11',
  );
  assert.deepEqual(
    r.engagements.map((e) => e.participants.map((p) => p.name)),
    [
      ['David Lammy', 'Antony Blinken', 'Volodymyr Zelenskyy'],
      ['David Lammy', 'Antony Blinken', 'Andrii Sybiha'],
    ],
  );
  // Not "last week": the meeting has no date words of its own, so it is on the story's day ("this morning").
  assert.equal(r.engagements[1].date, '2024-09-11');
  assert.equal(r.engagements[1].date_text, 'this morning');
});

test('a letter from X addressed to Y: sender and recipient; the dateline city is no party', () => {
  const r = run(
    'Tehran, 13 March 2025 (Agency) - A letter from US President Donald Trump addressed to the Leader of the Islamic Revolution, Ayatollah Seyyed Ali Khamenei, was delivered in Tehran yesterday.',
    '2025-03-13',
  );
  assert.deepEqual(pairs(r), ['message: Ali Khamenei + Donald Trump']);
  assert.equal(r.engagements[0].date, '2025-03-12');
});

test('"met separately with A and B" is two exchanges; "who is visiting X" places the meeting in X', () => {
  const r = run(
    'HANOI, Jan 30 (Wire) - Philippine President Ferdinand Marcos Jr. met separately on Tuesday with Prime Minister Pham Minh Chinh and General Secretary Nguyen Phu Trong.',
    '2024-01-30',
  );
  assert.deepEqual(pairs(r).sort(), ['visit: Ferdinand Marcos Jr. + Nguyen Phu Trong', 'visit: Ferdinand Marcos Jr. + Pham Minh Chinh']);
  const v = run('On Sunday, Foreign Minister Penny Wong of Australia, who is visiting Japan, held talks with Foreign Minister Yoko Kamikawa.', '2024-02-05');
  assert.deepEqual(pairs(v), ['visit: Penny Wong + Yoko Kamikawa']);
  assert.equal(v.engagements[0].host, 'JPN');
});

test('whoever leads a party\'s delegation is of that party; talks during a reported trip are part of the visit', () => {
  const r = run('MOSCOW, Oct 26 (Wire) - A Hamas delegation led by political bureau member Mousa Abu Marzouk held talks in Moscow on Thursday with Russian Deputy Foreign Minister Mikhail Bogdanov.', '2023-10-26');
  assert.deepEqual(r.engagements.map((e) => `${e.kind} ${e.host} ${e.participants.map((p) => `${p.name}/${p.affiliation}`).join(' + ')}`), ['visit RUS Mousa Abu Marzouk/HAMAS + Mikhail Bogdanov/RUS']);
  const t = run(
    [
      'Foreign Minister Penny Wong of Australia, who is visiting Indonesia this week, said the two countries shared an interest in a stable region.',
      'During the visit, Minister Wong held talks with Foreign Minister Retno Marsudi on Monday.',
    ].join(' '),
    '2023-04-25',
  );
  assert.deepEqual(pairs(t), ['visit: Penny Wong + Retno Marsudi']);
  assert.equal(t.engagements[0].host, 'IDN');
});

test('an exchange dated a week back and told below the opening is background to the story', () => {
  const r = run(
    [
      'MOSCOW, Nov 11 (Wire) - The Kremlin on Monday dismissed a newspaper story about the war in Ukraine as fiction.',
      'Donald Trump spoke to Ukrainian President Volodymyr Zelenskiy last Wednesday, people familiar with the call said.',
    ].join('\n\n'),
    '2024-11-11',
  );
  assert.deepEqual(pairs(r), []);
  assert.deepEqual(pairs(r, 'background'), ['phone_call: Donald Trump + Volodymyr Zelenskyy']);
  assert.equal(r.engagements[0].date, '2024-11-06');
});

test('a long title ending in a state before the name: the person is the party, not the state', () => {
  const r = run(
    "In the Amur Region of Russia, Vladimir Putin on Wednesday welcomed Chairman of State Affairs of the Democratic People's Republic of Korea Kim Jong-un.",
    '2023-09-13',
  );
  assert.deepEqual(pairs(r), ['visit: Kim Jong-un + Vladimir Putin']);
  assert.equal(r.engagements[0].date, '2023-09-13');
  // "called the issue of Palestine ...": an "of" after a common noun is no party.
  const appeal = run('The OIC Secretary-General called the issue of Palestine the central question for the Muslim world.', '2023-10-12');
  assert.deepEqual(pairs(appeal), []);
});

test('Indian readout: EAM for the minister, "later in the day" takes the day of the talks, a compound appositive title gives the state', () => {
  const r = run(
    [
      'External Affairs Minister Dr. S. Jaishankar held talks with Foreign Minister of the Russian Federation Mr. Sergey Lavrov in Moscow today.',
      'Later in the day, EAM called on President Vladimir Putin at the Kremlin and conveyed the greetings of Prime Minister Shri Narendra Modi.',
      'Earlier in the visit, EAM met Mr. Denis Manturov, Deputy Prime Minister and Minister of Industry and Trade of the Russian Federation, and discussed bilateral trade.',
    ].join(' '),
    '2023-12-27',
  );
  assert.deepEqual(pairs(r).sort(), [
    'visit: Denis Manturov + S. Jaishankar',
    'visit: S. Jaishankar + Sergey Lavrov',
    'visit: S. Jaishankar + Vladimir Putin',
  ]);
  const byName = (n: string) => r.engagements.find((e) => e.participants.some((p) => p.name === n))!;
  assert.equal(byName('Vladimir Putin').date, '2023-12-27');
  assert.equal(byName('Denis Manturov').participants.find((p) => p.name === 'Denis Manturov')?.affiliation, 'RUS');
  assert.equal(byName('Denis Manturov').host, 'RUS');
});

test('"later that day" with no dated exchange before it fixes no day', () => {
  const r = run('Later that day, Foreign Minister Sergey Lavrov met Turkish Foreign Minister Hakan Fidan in Antalya.', '2024-03-02');
  assert.equal(r.engagements.length, 1);
  assert.equal(r.engagements[0].date, null);
});

test('delegations on both sides: one meeting of all, a remit after a title, stateless members take their side\'s state', () => {
  const r = run(
    'Secretary of State Marco Rubio, National Security Advisor Mike Waltz, and Special Envoy for the Middle East Steve Witkoff met today in Riyadh with Russian Foreign Minister Sergey Lavrov and Presidential Aide Yuri Ushakov.',
    '2025-02-18',
  );
  assert.deepEqual(pairs(r), ['meeting: Marco Rubio + Mike Waltz + Sergey Lavrov + Steve Witkoff + Yuri Ushakov']);
  const states = Object.fromEntries(r.engagements[0].participants.map((p) => [p.name, p.affiliation]));
  assert.deepEqual(states, { 'Marco Rubio': 'USA', 'Mike Waltz': 'USA', 'Steve Witkoff': 'USA', 'Sergey Lavrov': 'RUS', 'Yuri Ushakov': 'RUS' });
  assert.equal(r.engagements[0].multilateral, false);
});

test('Kremlin style: a conversation "via videoconference" at the end of its phrase is a video call; "spoke with satisfaction" is no call', () => {
  const r = run(
    "Vladimir Putin had a conversation with President of the People's Republic of China Xi Jinping via videoconference. The two leaders spoke with satisfaction about the results of their joint work.",
    '2025-01-21',
  );
  assert.deepEqual(pairs(r), ['video_call: Vladimir Putin + Xi Jinping']);
  assert.equal(r.engagements[0].location, null);
});

test('Chinese MFA style: "after the talks" is the same day, a name led by its particles, "the two heads of state" named just before', () => {
  const r = run(
    [
      'On the afternoon of April 6, 2023, President Xi Jinping held talks with French President Emmanuel Macron at the Great Hall of the People in Beijing.',
      'After the talks, Xi Jinping and Emmanuel Macron held a trilateral meeting with President of the European Commission Ursula von der Leyen, who is visiting China.',
      'On the same day, Xi Jinping also met separately with von der Leyen.',
      'At the invitation of Xi Jinping, President Macron will travel to Guangzhou tomorrow, where the two heads of state will hold an informal meeting.',
    ].join(' '),
    '2023-04-06',
  );
  const reported = r.engagements.filter((e) => e.status === 'reported');
  assert.equal(reported.length, 3);
  for (const e of reported) assert.equal(e.date, '2023-04-06', e.participants.map((p) => p.name).join(' + '));
  assert.ok(pairs(r).includes('visit: Ursula von der Leyen + Xi Jinping'));
  assert.deepEqual(pairs(r, 'planned'), ['visit: Emmanuel Macron + Xi Jinping']);
  assert.equal(r.engagements.find((e) => e.status === 'planned')?.date, '2023-04-07');
});

test('a delegation led by someone: the leader is the party met; a relative clause\'s object is not the subject', () => {
  const taliban = run(
    'On July 28, 2021, State Councilor and Foreign Minister Wang Yi met in Tianjin with a delegation of the Afghan Taliban led by Mullah Abdul Ghani Baradar, head of the group\'s Political Commission.',
    '2021-07-28',
  );
  assert.deepEqual(pairs(taliban), ['visit: Abdul Ghani Baradar + Wang Yi']);
  assert.equal(taliban.engagements[0].participants.find((p) => p.name === 'Abdul Ghani Baradar')?.affiliation, 'TALIBAN');
  const summit = run(
    'On November 2, Mr. Shinzo Abe, Prime Minister of Japan, who is visiting the Republic of Korea, held a Japan-ROK Summit Meeting with Ms. Park Geun-hye, President of the Republic of Korea.',
    '2015-11-02',
  );
  assert.deepEqual(pairs(summit), ['visit: Park Geun-hye + Shinzo Abe']);
  assert.equal(summit.engagements[0].host, 'KOR');
});

test('regional wire: states that agreed after talks become the leaders the story names; "brought together" is one meeting of three', () => {
  const r = run(
    [
      'PUTRAJAYA, July 29 (Wire) - Thailand and Cambodia agreed to an immediate ceasefire after talks hosted by Malaysian Prime Minister Anwar Ibrahim in Putrajaya on Monday.',
      "Anwar, who chairs ASEAN this year, brought together Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai at his official residence for talks that lasted several hours.",
    ].join(' '),
    '2025-07-29',
  );
  assert.deepEqual(pairs(r), ['meeting: Anwar Ibrahim + Hun Manet + Phumtham Wechayachai']);
  assert.equal(r.engagements[0].date, '2025-07-28');
  assert.equal(r.engagements[0].multilateral, true);
});

test('a host with two guests "for the trilateral summit" is one meeting, not two visits', () => {
  const r = run(
    'Tajik President Emomali Rahmon hosted Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev in the northern Tajik city of Khujand on Monday for the trilateral summit.',
    '2025-04-01',
  );
  assert.deepEqual(pairs(r), ['meeting: Emomali Rahmon + Sadyr Japarov + Shavkat Mirziyoyev']);
  assert.equal(r.engagements[0].host, null);
});

test('"held talks with him" is the other person, not the subject; "flew into" is a trip', () => {
  const r = run(
    'BIARRITZ, Aug 26 (Wire) - Iranian Foreign Minister Mohammad Javad Zarif flew into Biarritz on Sunday at the invitation of his French counterpart, Jean-Yves Le Drian, and held several hours of talks with him.',
    '2019-08-26',
  );
  assert.deepEqual(pairs(r), ['visit: Jean-Yves Le Drian + Mohammad Javad Zarif']);
  assert.equal(r.engagements[0].date, '2019-08-25');
});

test('the lead of a wire story: "agreed ... after three days of negotiations between A and B" is the news', () => {
  const r = run(
    "GENEVA, Sept 14 (Wire) - The United States and Russia agreed on Saturday on a framework for eliminating Syria's chemical weapons, after three days of negotiations in Geneva between Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov. The deal followed talks between their deputies in The Hague last month.",
    '2013-09-14',
  );
  assert.deepEqual(pairs(r), ['meeting: John Kerry + Sergey Lavrov']);
});

test('indirect talks between two states are their delegation heads\' meeting; "before the start of the talks" is their day', () => {
  const r = run(
    [
      'Muscat, April 12 (Agency) -- The first round of indirect talks between Iran and the United States ended in the Omani capital this afternoon.',
      'The Iranian delegation was headed by Foreign Minister Abbas Araghchi, while the American side was led by Steve Witkoff, the special envoy of US President Donald Trump.',
      'Before the start of the talks, Araghchi met Omani Foreign Minister Badr Albusaidi.',
    ].join(' '),
    '2025-04-12',
  );
  assert.deepEqual(pairs(r).sort(), ['meeting: Abbas Araghchi + Steve Witkoff', 'visit: Abbas Araghchi + Badr Albusaidi']);
  for (const e of r.engagements) assert.equal(e.date, '2025-04-12');
});

test('"received X on Wednesday, the leader\'s first visit": the reception keeps its day; a call as the occasion of an invitation is between inviter and invited', () => {
  const r = run(
    [
      "French President Emmanuel Macron received Syria's interim president Ahmed al-Sharaa at the Elysee Palace on Wednesday, the Syrian leader's first visit to Europe since December.",
      'Macron had invited the Syrian leader to Paris during a telephone conversation in February.',
    ].join(' '),
    '2025-05-07',
  );
  assert.deepEqual(pairs(r), ['visit: Ahmed al-Sharaa + Emmanuel Macron']);
  assert.equal(r.engagements.find((e) => e.status === 'reported')?.date, '2025-05-07');
  assert.deepEqual(pairs(r, 'background'), ['phone_call: Ahmed al-Sharaa + Emmanuel Macron']);
});

test('"who is on his first official visit to the United States since taking office last year" is the visit under way, not background', () => {
  const r = run(
    'Prime Minister Imran Khan, who is on his first official visit to the United States since taking office last year, was greeted by President Donald Trump on arrival at the White House on Monday.',
    '2019-07-23',
  );
  assert.deepEqual(pairs(r), ['visit: Donald Trump + Imran Khan']);
  assert.equal(r.engagements[0].date, '2019-07-22');
  assert.deepEqual(pairs(r, 'background'), []);
});

test('"a letter X sent to Y": the sender and the recipient, the sender its initiator', () => {
  const r = run(
    'President Donald Trump met President Recep Tayyip Erdoğan on Wednesday. A letter Trump sent to Erdoğan on Oct. 9, in which he warned the Turkish leader not to be stubborn, drew wide attention.',
    '2019-11-14',
  );
  const letter = r.engagements.find((e) => e.kind === 'message');
  assert.ok(letter);
  assert.equal(letter.status, 'background');
  assert.equal(letter.date, '2019-10-09');
  assert.equal(letter.participants.find((p) => p.actor === letter.initiator)?.name, 'Donald Trump');
});

test('an earlier leg of a tour told in a "where" clause is background, placed where the clause says', () => {
  const r = run(
    "ABU DHABI, 19th July, 2023 (Agency) -- President Sheikh Mohamed bin Zayed Al Nahyan today received President Recep Tayyip Erdoğan of the Republic of Türkiye at Qasr Al Watan in Abu Dhabi. The UAE is the third stop of the Turkish President's Gulf tour, which took him to Doha yesterday, where he was received by Sheikh Tamim bin Hamad Al Thani, Amir of Qatar.",
    '2023-07-19',
  );
  assert.deepEqual(pairs(r), ['visit: Mohamed bin Zayed Al Nahyan + Recep Tayyip Erdoğan']);
  assert.deepEqual(pairs(r, 'background'), ['visit: Recep Tayyip Erdoğan + Tamim bin Hamad Al Thani']);
  assert.equal(r.engagements.find((e) => e.status === 'background')?.host, 'QAT');
});

test('Gulf agency style: "A and HE President ... B held official talks today"; "had earlier welcomed" opens the same visit', () => {
  const r = run(
    [
      'Doha, May 14 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani and HE President of the United States of America Donald J. Trump held official talks at the Amiri Diwan today.',
      'HH the Amir had earlier welcomed HE the US President and his accompanying delegation on their arrival at Hamad International Airport.',
      'HH the Amir last held talks with President Trump at the White House in July 2019, during a working visit to Washington.',
    ].join(' '),
    '2025-05-14',
  );
  assert.deepEqual(pairs(r), ['visit: Donald Trump + Tamim bin Hamad Al Thani']);
  assert.equal(r.engagements.find((e) => e.status === 'reported')?.date, '2025-05-14');
  assert.deepEqual(pairs(r, 'background'), ['visit: Donald Trump + Tamim bin Hamad Al Thani']);
  assert.ok(!r.actors.some((a) => a.name === 'Amiri Diwan'), 'a palace is no person');
});

test('Balkan wire: "a meeting of A and B with C and D in Brussels" is one meeting of four, placed after the trigger; accents dropped later are the same names', () => {
  const r = run(
    [
      'OHRID, March 19 (Wire) - Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti agreed yesterday in Ohrid on an annex to the plan.',
      "The talks were hosted by the EU's foreign policy chief Josep Borrell and the bloc's special envoy for the Belgrade-Pristina dialogue, Miroslav Lajčák.",
      'The talks in Ohrid built on a meeting of Vucic and Kurti with Borrell and Lajcak in Brussels on February 27.',
    ].join(' '),
    '2023-03-19',
  );
  const earlier = r.engagements.find((e) => e.status === 'background');
  assert.ok(earlier);
  assert.deepEqual(earlier.participants.map((p) => p.name).sort(), ['Albin Kurti', 'Aleksandar Vučić', 'Josep Borrell', 'Miroslav Lajčák']);
  assert.equal(earlier.location, 'Brussels');
  assert.equal(earlier.date, '2023-02-27');
  assert.equal(earlier.participants.find((p) => p.name === 'Miroslav Lajčák')?.role, 'Special Envoy for the Belgrade-Pristina dialogue');
});

test('"met Li\'s predecessor Wei Fenghe": the one met is the predecessor, named by the word before him', () => {
  const r = run(
    'U.S. Defense Secretary Lloyd Austin last held talks with a Chinese defence minister in November, when he met Li\'s predecessor Wei Fenghe on the sidelines of a meeting in Cambodia.',
    '2023-06-03',
  );
  assert.deepEqual(pairs(r, 'background'), ['meeting: Lloyd Austin + Wei Fenghe']);
});

test('a state visit told day by day is one visit dated by the span of its days; "followed by delegation-level talks" is the same day; "their first Informal Summit" is an exchange', () => {
  const r = run(
    [
      "Prime Minister Shri Narendra Modi hosted the President of the People's Republic of China, H.E. Mr. Xi Jinping, for the second Informal Summit between the two leaders at Mamallapuram, near Chennai, on 11-12 October 2019.",
      'This morning, the two leaders held a one-on-one conversation at Kovalam, followed by delegation-level talks.',
      'The leaders reviewed the progress in relations since their first Informal Summit in Wuhan in April 2018.',
    ].join(' '),
    '2019-10-12',
  );
  assert.deepEqual(pairs(r), ['visit: Narendra Modi + Xi Jinping']);
  const visit = r.engagements.find((e) => e.status === 'reported')!;
  assert.equal(visit.date, null);
  assert.deepEqual(visit.date_range, { earliest: '2019-10-11', latest: '2019-10-12' });
  assert.deepEqual(pairs(r, 'background'), ['visit: Narendra Modi + Xi Jinping']);
  assert.equal(r.engagements.find((e) => e.status === 'background')?.host, 'CHN');
});

test('an earlier stop of the lead\'s trip is background; "a virtual meeting she held with X" is theirs', () => {
  const r = run(
    [
      'MEXICO CITY, June 8 (Wire) - U.S. Vice President Kamala Harris met President Andrés Manuel López Obrador at the National Palace on Tuesday, on the second and last stop of her first foreign trip in office.',
      'On Monday in Guatemala City, Harris held talks with Guatemalan President Alejandro Giammattei.',
      'Her visit to Mexico followed a virtual meeting she held with López Obrador last month.',
    ].join(' '),
    '2021-06-08',
  );
  assert.deepEqual(pairs(r), ['visit: Andrés Manuel López Obrador + Kamala Harris']);
  assert.deepEqual(pairs(r, 'background').sort(), ['video_call: Andrés Manuel López Obrador + Kamala Harris', 'visit: Alejandro Giammattei + Kamala Harris']);
});

test('offers and refusals to meet are no meetings: "too soon for him to meet", "willing to meet ... if"', () => {
  const r = run(
    'President Donald Trump said it was too soon for him to meet the Iranian foreign minister. On Monday, President Donald Trump said he would be willing to meet Iranian President Hassan Rouhani if the circumstances were right.',
    '2019-08-26',
  );
  assert.deepEqual(pairs(r), []);
});

test('"an idea that Putin discussed with Obama on the sidelines of the summit last week" is an earlier exchange of the two', () => {
  const r = run(
    'GENEVA, Sept 14 (Wire) - Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov agreed on Saturday on a framework after three days of talks. The accord grew out of an idea that President Vladimir Putin discussed with President Barack Obama on the sidelines of the Group of 20 summit in St. Petersburg last week.',
    '2013-09-14',
  );
  assert.deepEqual(pairs(r, 'background'), ['visit: Barack Obama + Vladimir Putin']);
  const earlier = r.engagements.find((e) => e.status === 'background')!;
  assert.equal(earlier.date, null, '"last week" is a range, not a day');
  assert.deepEqual(earlier.date_range, { earliest: '2013-09-02', latest: '2013-09-08' });
});

test('"held talks with A and B" is one sitting of three; "with A in Paris and with B in Berlin" is two', () => {
  const three = run(
    'Vladimir Putin held talks in the Kremlin with President of Azerbaijan Ilham Aliyev and Prime Minister of Armenia Nikol Pashinyan on Monday.',
    '2021-01-11',
  );
  assert.deepEqual(pairs(three), ['meeting: Ilham Aliyev + Nikol Pashinyan + Vladimir Putin']);
  const two = run(
    'Prime Minister Donald Tusk held talks with French President Emmanuel Macron in Paris and with German Chancellor Olaf Scholz in Berlin on Monday.',
    '2024-02-13',
  );
  assert.deepEqual(pairs(two).sort(), ['visit: Donald Tusk + Emmanuel Macron', 'visit: Donald Tusk + Olaf Scholz']);
});

test('Kremlin greetings: "a message of congratulations to X"; "a former health minister" gives no role; "the Hon. Anthony Albanese MP" is Albanese', () => {
  const r = run(
    'Vladimir Putin sent a message of congratulations to Masoud Pezeshkian on his victory in the presidential election. Mr Pezeshkian, a former health minister, won the run-off vote.',
    '2024-07-06',
  );
  assert.deepEqual(pairs(r), ['message: Masoud Pezeshkian + Vladimir Putin']);
  assert.equal(r.engagements[0].participants.find((p) => p.name === 'Masoud Pezeshkian')?.role, null);
  const au = run('On October 22, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting Perth, held a Japan-Australia Summit Meeting with the Hon. Anthony Albanese MP, Prime Minister of Australia.', '2022-10-22');
  assert.deepEqual(pairs(au), ['visit: Anthony Albanese + Fumio Kishida']);
});

test('a plan told of the talks is not the talks: "its first meeting no later than January 30"; "travels on to X for talks" and "is due in X for talks" are planned', () => {
  const r = run(
    [
      'Vladimir Putin held talks in the Kremlin with President of Azerbaijan Ilham Aliyev and Prime Minister of Armenia Nikol Pashinyan.',
      'The working group is to hold its first meeting no later than January 30, 2021.',
      'From Moscow, President Aliyev travels on to Ankara for talks with President Recep Tayyip Erdoğan.',
    ].join(' '),
    '2021-01-11',
  );
  const talks = r.engagements.find((e) => e.status === 'reported')!;
  assert.equal(talks.date, null);
  assert.equal(talks.evidence.length, 1);
  assert.deepEqual(pairs(r, 'planned'), ['visit: Ilham Aliyev + Recep Tayyip Erdoğan']);
});

test('"the leaders of Mexico, the United States and Canada met", then the host "hosted A and B for several hours of talks": one summit of the three leaders', () => {
  const r = run(
    [
      "MEXICO CITY, Jan. 10, 2023 (Agency) - The leaders of Mexico, the United States and Canada met on Tuesday at the National Palace for the tenth North American Leaders' Summit.",
      'President Andrés Manuel López Obrador hosted U.S. President Joe Biden and Canadian Prime Minister Justin Trudeau for several hours of talks on migration.',
    ].join(' '),
    '2023-01-10',
  );
  assert.deepEqual(pairs(r), ['meeting: Andrés Manuel López Obrador + Joe Biden + Justin Trudeau']);
  assert.equal(r.engagements[0].date, '2023-01-10');
});

test('"X was accompanied by Minister Y" puts Y on X\'s side of the talks', () => {
  const r = run(
    "Prime Minister Naftali Bennett met this afternoon in the Kremlin with Russian President Vladimir Putin. The meeting lasted about three hours. Prime Minister Bennett was accompanied by Housing and Construction Minister Ze'ev Elkin, who served as interpreter.",
    '2022-03-05',
  );
  assert.deepEqual(pairs(r), ["visit: Naftali Bennett + Vladimir Putin + Ze'ev Elkin"]);
  assert.equal(r.engagements[0].participants.find((p) => p.name === "Ze'ev Elkin")?.affiliation, 'ISR');
  assert.equal(r.engagements[0].multilateral, false);
});

test('"a video summit with Macron and then-Chancellor Angela Merkel" is one video call of three', () => {
  const r = run(
    'Chinese President Xi Jinping held a video call with French President Emmanuel Macron and German Chancellor Olaf Scholz on Tuesday. The three-way format dates back to April last year, when Xi held a video summit with Macron and then-Chancellor Angela Merkel.',
    '2022-03-08',
  );
  assert.deepEqual(pairs(r), ['video_call: Emmanuel Macron + Olaf Scholz + Xi Jinping']);
  assert.deepEqual(pairs(r, 'background'), ['video_call: Angela Merkel + Emmanuel Macron + Xi Jinping']);
});

test('"with India\'s Special Representative, National Security Advisor Ajit Doval": one person, of India', () => {
  const r = run(
    "On December 18, 2024, Foreign Minister Wang Yi held the 23rd meeting of the Special Representatives in Beijing with India's Special Representative, National Security Advisor Ajit Doval.",
    '2024-12-18',
  );
  assert.deepEqual(pairs(r), ['visit: Ajit Doval + Wang Yi']);
  assert.equal(r.engagements[0].participants.find((p) => p.name === 'Ajit Doval')?.affiliation, 'IND');
});

test('a body\'s name running into a title: "African Union Commission Chairperson Nkosazana Dlamini Zuma" is the person, not the Union', () => {
  const r = run(
    'President Barack Obama convened a meeting on South Sudan with Kenyan President Uhuru Kenyatta and African Union Commission Chairperson Nkosazana Dlamini Zuma.',
    '2015-07-27',
  );
  assert.deepEqual(pairs(r), ['meeting: Barack Obama + Nkosazana Dlamini-Zuma + Uhuru Kenyatta']);
});

test('"The two presidents, joined by their foreign ministers, A and B" puts each minister on their own state\'s side', () => {
  const r = run(
    'BUENOS AIRES, Jan 23 (Agency) - Brazilian President Luiz Inácio Lula da Silva was received by Argentine President Alberto Fernández at the Casa Rosada on Monday. The two presidents, joined by their foreign ministers, Mauro Vieira and Santiago Cafiero, signed a package of agreements.',
    '2023-01-24',
  );
  assert.deepEqual(pairs(r), ['visit: Alberto Fernández + Luiz Inácio Lula da Silva + Mauro Vieira + Santiago Cafiero']);
  assert.equal(r.engagements[0].multilateral, false);
});

test('"The visit came a day after the Prime Minister welcomed X": background, and the visit noun is no exchange of its own; "their first meeting" is the two met again', () => {
  const r = run(
    [
      'The Prime Minister met President Zelenskyy in Kyiv today.',
      'The visit came a day after the Prime Minister welcomed German Chancellor Olaf Scholz to Downing Street, where the two leaders discussed further support for Ukraine.',
    ].join(' '),
    '2022-04-09',
  );
  assert.equal(r.engagements.filter((e) => e.status === 'reported').length, 1);
  assert.deepEqual(pairs(r, 'background').map((p) => p.split(': ')[0]), ['visit']);
  const again = run(
    'On October 22, Prime Minister Fumio Kishida held a summit meeting with Prime Minister Anthony Albanese in Perth. Prime Minister Kishida expressed his pleasure at meeting Prime Minister Albanese again, following their first meeting in Tokyo in May.',
    '2022-10-22',
  );
  assert.deepEqual(pairs(again, 'background'), ['visit: Anthony Albanese + Fumio Kishida']);
});

test('"said he would travel to Washington on Monday to meet Trump" is planned', () => {
  const r = run('Ukrainian President Volodymyr Zelenskyy said afterwards that he would travel to Washington on Monday to meet President Donald Trump.', '2025-08-16');
  assert.deepEqual(pairs(r), []);
  assert.deepEqual(pairs(r, 'planned').map((p) => p.split(': ')[1]), ['Donald Trump + Volodymyr Zelenskyy']);
});

test('"convened an emergency roundtable with leaders of the G7 ..., among them Sunak, German Chancellor Olaf Scholz and ...": the named leaders; "a planned meeting ... was called off" is denied', () => {
  const r = run(
    'A planned meeting between Chinese President Xi Jinping and British Prime Minister Rishi Sunak on the sidelines of the Group of 20 summit in Bali was called off on Wednesday. U.S. President Joe Biden convened an emergency roundtable with leaders of the Group of Seven and NATO countries attending the summit, among them Sunak, German Chancellor Olaf Scholz and French President Emmanuel Macron, early on Wednesday at his hotel.',
    '2022-11-16',
  );
  assert.deepEqual(pairs(r), ['meeting: Emmanuel Macron + Joe Biden + Olaf Scholz + Rishi Sunak']);
  assert.deepEqual(pairs(r, 'denied'), ['meeting: Rishi Sunak + Xi Jinping']);
});

test('"The accord was signed by A and the Taliban\'s chief negotiator, B, ... witnessed by C": one meeting of the three', () => {
  const r = run(
    "DOHA, Feb 29 (Wire) - The accord was signed by U.S. special envoy Zalmay Khalilzad and the Taliban's chief negotiator, Mullah Abdul Ghani Baradar, at a ceremony in a Doha hotel witnessed by Secretary of State Mike Pompeo.",
    '2020-02-29',
  );
  assert.deepEqual(pairs(r), ['meeting: Abdul Ghani Baradar + Mike Pompeo + Zalmay Khalilzad']);
  assert.equal(r.engagements[0].participants.find((p) => p.name === 'Abdul Ghani Baradar')?.affiliation, 'TALIBAN');
});

test('"refused to meet" and "declined to meet" tell of a meeting that did not happen', () => {
  const r = run("Israeli President Moshe Katsav has refused to meet Jordan's visiting King Abdullah II in Tel Aviv, his office said on Tuesday.", '2004-03-02');
  assert.deepEqual(pairs(r), []);
  assert.equal(pairs(r, 'denied').length, 1);
});

test('"arrived in Doha from Amman, where this morning he met King Abdullah": the stop he came from is background', () => {
  const r = run('Secretary Blinken arrived in Doha from Amman, where this morning he met King Abdullah II of Jordan. In Doha he held talks with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.', '2024-01-07');
  assert.deepEqual(pairs(r, 'background'), ['visit: Abdullah II + Antony Blinken']);
  // "Secretary Blinken": a family name the title word marks as a person's, found in the registry.
  assert.deepEqual(pairs(r), ['visit: Antony Blinken + Mohammed bin Abdulrahman Al Thani']);
  assert.ok(!pairs(r).some((p) => p.includes('Abdullah II')));
});

test('"called Abe a steadfast friend" names him, it is no call; "if they travel to" is no visit', () => {
  const r = run('President Tsai Ing-wen called Abe a steadfast friend of Taiwan. Both men risk arrest if they travel to a member state of the court.', '2022-07-09');
  assert.deepEqual(r.engagements, []);
});

test('"the President-elect of the United States, Donald J. Trump" is Trump, not the President of the day', () => {
  const r = run('Prime Minister Justin Trudeau met last night with the President-elect of the United States, Donald J. Trump, at Mar-a-Lago.', '2024-11-30');
  const names = r.engagements.flatMap((e) => e.participants.map((p) => p.name));
  assert.ok(names.includes('Donald Trump'));
  assert.ok(!names.includes('Joe Biden'));
  // "the President-elect" later in the story is the same man.
  const later = run('Prime Minister Justin Trudeau met President-elect Donald Trump today. Earlier this month, the Prime Minister had called the President-elect to congratulate him.', '2024-11-30');
  assert.deepEqual(pairs(later, 'background'), ['phone_call: Donald Trump + Justin Trudeau']);
});

test('"signed ... today, following talks between A and the visiting B" reports the talks; "pressed a button ... by video link" is no call', () => {
  const r = run('Sri Lanka and India signed a defence pact today, following talks between President Anura Kumara Dissanayake and the visiting Indian Prime Minister, Narendra Modi. The two leaders then pressed a button to start work on a solar plant by video link.', '2025-04-05');
  assert.deepEqual(pairs(r), ['meeting: Anura Kumara Dissanayake + Narendra Modi']);
});

test('"The talks between A and B, mediated by C and D" are one meeting of the four; "Adviser to the UAE President" is Emirati', () => {
  const r = run('The talks between Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti, mediated by EU foreign policy chief Josep Borrell and the EU special representative Miroslav Lajčák, lasted twelve hours on Saturday.', '2023-03-19');
  assert.deepEqual(pairs(r), ['meeting: Albin Kurti + Aleksandar Vučić + Josep Borrell + Miroslav Lajčák']);
  const v = run('Dr Anwar Gargash, Diplomatic Adviser to the UAE President, was received in Tehran on Wednesday by Iranian Foreign Minister Abbas Araghchi.', '2025-03-12');
  assert.deepEqual(pairs(v), ['visit: Abbas Araghchi + Anwar Gargash']);
  assert.equal(v.engagements[0].host, 'IRN');
  assert.equal(v.engagements[0].participants.find((p) => p.name === 'Anwar Gargash')?.affiliation, 'ARE');
});

test('"A and B spoke on the telephone yesterday" is their call; "The Virtual Summit was held today between A and B" is their video call', () => {
  const r = run('Prime Minister Shri Narendra Modi and President Donald Trump spoke on the telephone yesterday.', '2025-06-18');
  assert.deepEqual(pairs(r), ['phone_call: Donald Trump + Narendra Modi']);
  assert.equal(r.engagements[0].date, '2025-06-17');
  const v = run("The first India-Australia Leaders' Virtual Summit was held today between Prime Minister Narendra Modi and the Prime Minister of Australia, Scott Morrison.", '2020-06-04');
  assert.deepEqual(pairs(v), ['video_call: Narendra Modi + Scott Morrison']);
});

test('"in the morning" is the day of the news the story dated, not of an exchange told in passing', () => {
  const r = run('WASHINGTON, Feb. 14 (Agency) -- Visiting Chinese Vice President Xi Jinping held talks with U.S. President Barack Obama in the Oval Office on Tuesday. Xi was received at the White House in the morning by U.S. Vice President Joe Biden.', '2012-02-14');
  const biden = r.engagements.find((e) => e.participants.some((p) => p.name === 'Joe Biden'));
  assert.equal(biden?.date, '2012-02-14');
});

test('"hoped to welcome" and "looked forward to meeting" are plans, not news', () => {
  const r = run('Prime Minister Boris Johnson spoke to President Joe Biden this evening. The Prime Minister said he hoped to meet the President at the G7 Summit in Cornwall. He also looked forward to meeting Chancellor Angela Merkel in June.', '2021-01-23');
  assert.deepEqual(pairs(r), ['phone_call: Boris Johnson + Joe Biden']);
});

test('one who receives a guest of another state hosts a visit; a reception in a third country stays a meeting', () => {
  const r = run('Indian Prime Minister Narendra Modi was received on Friday by Pakistani Prime Minister Nawaz Sharif.', '2015-12-26');
  assert.deepEqual(pairs(r), ['visit: Narendra Modi + Nawaz Sharif']);
  assert.equal(r.engagements[0].host, 'PAK');
  const m = run('Pakistani Prime Minister Nawaz Sharif received Indian Prime Minister Narendra Modi in Moscow on Friday.', '2015-12-26');
  assert.deepEqual(pairs(m), ['meeting: Narendra Modi + Nawaz Sharif']);
});

test('"A and B received C" is one visit C paid them; "is scheduled to travel to Lahore to meet X" is planned; "had opened his round of talks" is background', () => {
  const r = run('JEDDAH - King Salman bin Abdulaziz Al Saud and Crown Prince Mohammed bin Salman received US President Joe Biden at Al-Salam Palace on Friday.', '2022-07-16');
  assert.deepEqual(pairs(r), ['visit: Joe Biden + Mohammed bin Salman + Salman bin Abdulaziz Al Saud']);
  assert.equal(r.engagements[0].host, 'SAU');
  const p = run('Iranian President Ebrahim Raisi held talks with Prime Minister Shehbaz Sharif on Monday. Today Raisi is scheduled to travel to Lahore to meet Punjab Chief Minister Maryam Nawaz.', '2024-04-23');
  assert.ok(!pairs(p).some((x) => x.includes('Maryam')));
  const b = run('Chinese President Xi Jinping had opened his round of talks on Wednesday with Kazakh President Kassym-Jomart Tokayev.', '2023-05-19');
  assert.deepEqual(pairs(b), []);
  assert.equal(pairs(b, 'background').length, 1);
});

test('"met her United States counterparts, Secretary of State A and Secretary of Defense B" is one meeting with both, no unnamed "counterpart"', () => {
  const r = run('Australian Foreign Minister Marise Payne met her United States counterparts, Secretary of State Mike Pompeo and Secretary of Defense Mark Esper, in Washington on Tuesday.', '2020-07-29');
  assert.deepEqual(pairs(r), ['meeting: Marise Payne + Mark Esper + Mike Pompeo']);
  assert.equal(r.engagements[0].participants.find((p) => p.name === 'Mark Esper')?.affiliation, 'USA');
});

test('spouses who come along to a dinner are not parties to the visit', () => {
  const r = run('SEOUL - Prime Minister Kishida Fumio held a summit meeting with President Yoon Suk Yeol in Seoul on May 7. In the evening, Prime Minister Kishida and Mrs. Kishida Yuko attended a dinner hosted by President Yoon and Mrs. Kim Keon Hee.', '2023-05-07');
  const names = r.engagements.filter((e) => e.status === 'reported').flatMap((e) => e.participants.map((p) => p.name));
  assert.ok(names.includes('Fumio Kishida') && names.includes('Yoon Suk Yeol'));
  assert.ok(!names.some((n) => /Yuko|Keon/.test(n ?? '')));
});

test('"I" in remarks is the speaker their heading names; without such a heading "I" is no one', () => {
  const remarks = 'Remarks by President Moon Jae-in on the Second Inter-Korean Summit\n\nFellow citizens,\n\nYesterday afternoon I met Chairman Kim Jong Un of the State Affairs Commission for two hours.';
  assert.deepEqual(pairs(run(remarks, '2018-05-27')), ['meeting: Kim Jong-un + Moon Jae-in']);
  assert.deepEqual(pairs(run('"Yesterday afternoon I met Chairman Kim Jong Un at Panmunjom," an official said.', '2018-05-27')), []);
});

test('a lead that dates the exchange weeks back ("took shape last month, after A spoke with B") tells of it as background', () => {
  const r = run('The initiative took shape last month, after South African President Cyril Ramaphosa spoke separately by telephone with Russian President Vladimir Putin and with Ukrainian President Volodymyr Zelensky.', '2023-06-18');
  assert.deepEqual(pairs(r), []);
  assert.equal(pairs(r, 'background').length, 2);
});

test('"was due to fly to Beijing this afternoon for talks with Li Qiang": the talks are planned too', () => {
  const r = run('Kyrgyz President Sadyr Japarov, who is on a state visit to China until tomorrow, was due to fly to Beijing this afternoon for talks with Premier Li Qiang.', '2023-05-19');
  assert.deepEqual(pairs(r), []);
  assert.deepEqual(pairs(r, 'planned'), ['visit: Li Qiang + Sadyr Japarov']);
});

test('"was in 2016, when Santos met Maduro": an exchange told in a relative clause of a past year is background', () => {
  const r = run('Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro in Caracas today. The last time a Colombian president had set foot in Venezuela was in 2016, when Juan Manuel Santos met Maduro in Puerto Ordaz.', '2022-11-02');
  assert.deepEqual(pairs(r), ['visit: Gustavo Petro + Nicolás Maduro']);
  assert.deepEqual(pairs(r, 'background'), ['meeting: Juan Manuel Santos + Nicolás Maduro']);
});

test('"met with visiting Minister X on June 19" is dated by its own date; "visiting" after "with" is no rival trigger', () => {
  const r = run('President Xi Jinping met with visiting Secretary of State Antony Blinken at the Great Hall of the People on the afternoon of June 19, 2023.', '2023-06-20');
  assert.deepEqual(pairs(r), ['visit: Antony Blinken + Xi Jinping']);
  assert.equal(r.engagements[0].date, '2023-06-19');
});

test('"made a stopover in Lahore this afternoon" dates the reception that follows and the call "earlier in the day"', () => {
  const r = run('President Ruto, flying home from Cairo, made a stopover in Addis Ababa this afternoon. He was received at the airport by Prime Minister Abiy Ahmed. The stopover had been agreed earlier in the day, when Ruto telephoned Abiy from Cairo.', '2024-05-10');
  assert.deepEqual(pairs(r), ['visit: Abiy Ahmed + William Ruto', 'phone_call: Abiy Ahmed + William Ruto']);
  for (const e of r.engagements) assert.equal(e.date, '2024-05-10');
});

test('"had inaugurated a hospital and held talks with X": the talks share the past perfect and are background', () => {
  const r = run('Earlier on Friday, in Nairobi, Prime Minister Abiy Ahmed had opened a new embassy building and held talks with President William Ruto. He then flew on to Kampala.', '2024-05-10');
  assert.deepEqual(pairs(r, 'background'), ['meeting: Abiy Ahmed + William Ruto']);
  const plain = run('On Friday, in Nairobi, Prime Minister Abiy Ahmed opened a new embassy building and held talks with President William Ruto.', '2024-05-10');
  assert.deepEqual(pairs(plain, 'reported').length, 1);
});

test('an undated exchange reported as news takes the day its header or lead gives; a story of several days leaves it open', () => {
  const header = run('Telephone conversation with the President of Kazakhstan\n\nMarch 3, 2024\n\nVladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.', '2024-03-03');
  assert.equal(header.engagements[0].date, '2024-03-03');
  assert.equal(header.engagements[0].date_text, 'March 3, 2024');
  const lead = run('ANKARA, May 9 (Wire) - Turkey and Greece pledged on Thursday to keep talking. Hakan Fidan met Giorgos Gerapetritis in the Turkish capital.', '2024-05-10');
  assert.equal(lead.engagements[0].date, '2024-05-09');
  // "Recently" leaves the day open; so does an exchange "during the visit" of a trip of days.
  const vague = run('April 2, 2024\n\nForeign Minister Hossein Amir-Abdollahian recently held a phone call with Hakan Fidan.', '2024-04-02');
  assert.equal(vague.engagements[0].date, null);
  const span = run('April 2, 2024\n\nForeign Minister Wang Yi met Foreign Minister Hakan Fidan in Beijing on Tuesday. During the visit, Fidan also called on Premier Li Qiang.', '2024-04-02');
  assert.deepEqual(span.engagements.map((e) => e.date), ['2024-04-02', null]);
  const days = run('Iranian President Masoud Pezeshkian met separately with French President Emmanuel Macron and British Prime Minister Keir Starmer in New York on Tuesday and Wednesday respectively. Foreign Minister Abbas Araghchi also held talks with Josep Borrell.', '2024-09-26');
  assert.deepEqual(days.engagements.map((e) => e.date), ['2024-09-24', '2024-09-25', null]);
  // Without a publication date nothing is fixed.
  const none = run('Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.');
  assert.equal(none.engagements[0].date, null);
});

test('"met last night ... in Palm Beach, Florida" is a visit of the day before; "joined by members of his team, including A, B and C" adds them to his side', () => {
  const r = run('Prime Minister Mark Carney met last night with the President of the United States, Donald J. Trump, at his club in Palm Beach, Florida. The President was joined by members of his administration, including Howard Lutnick, Doug Burgum and Mike Waltz.', '2025-03-08');
  assert.deepEqual(pairs(r), ['visit: Donald Trump + Doug Burgum + Howard Lutnick + Mark Carney + Mike Waltz']);
  assert.equal(r.engagements[0].date, '2025-03-07');
  assert.equal(r.engagements[0].host, 'USA');
  assert.equal(r.engagements[0].participants.find((p) => p.name === 'Doug Burgum')?.affiliation, 'USA');
});

test('"U.S. Interior Secretary X" is a person of that office; those who "sat in on our talks" took part in them', () => {
  const r = run('Prime Minister Mark Carney met U.S. Interior Secretary Doug Burgum in Ottawa on Friday.', '2025-03-08');
  assert.equal(r.engagements[0].participants.find((p) => p.name === 'Doug Burgum')?.role, 'Interior Secretary');
  const sat = run('President Moon Jae-in met Chairman Kim Jong-un in Singapore on Saturday. Only Foreign Minister Kang Kyung-wha on our side and Foreign Minister Ri Yong-ho on the North\'s side sat in on our talks.', '2018-05-27');
  assert.deepEqual(pairs(sat), ['meeting: Kang Kyung-wha + Kim Jong-un + Moon Jae-in + Ri Yong-ho']);
});

test('the host\'s own minister at a reception is no guest: "received A and B ... also attended by the host\'s minister" stays a visit', () => {
  const r = run('President Recep Tayyip Erdoğan received President of the European Council Charles Michel and President of the European Commission Ursula von der Leyen in Ankara. Foreign Minister Mevlüt Çavuşoğlu accompanied the President.', '2021-04-06');
  assert.equal(r.engagements[0].kind, 'visit');
  assert.equal(r.engagements[0].host, 'TUR');
});

test('"The delegation, which also included A, B and C, was received by P": the members and the one the story named are received together', () => {
  const r = run("President Cyril Ramaphosa led five African leaders to Russia this week. The delegation, which also included Senegal's Macky Sall, Comoros President Azali Assoumani in his capacity as chairperson of the African Union, and Egyptian Prime Minister Mostafa Madbouly, was received by President Vladimir Putin in St Petersburg on Saturday.", '2023-06-18');
  assert.deepEqual(pairs(r), ['meeting: Azali Assoumani + Cyril Ramaphosa + Macky Sall + Mostafa Madbouly + Vladimir Putin']);
  // "as chairperson of the African Union" is Assoumani's second office, not another party; the
  // title does not run on into "and Egyptian Prime Minister".
  const roles = r.engagements[0].participants.map((p) => `${p.name}/${p.affiliation}`);
  assert.ok(roles.includes('Mostafa Madbouly/EGY'));
  assert.equal(r.engagements[0].participants.length, 5);
});

test('"King Salman and His Royal Highness Crown Prince Mohammed bin Salman received X": a style of address does not break the list of hosts', () => {
  const r = run('The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud and His Royal Highness Crown Prince Mohammed bin Salman received US President Joe Biden at Al Salam Palace in Jeddah on Friday evening.', '2022-07-16');
  assert.deepEqual(pairs(r), ['visit: Joe Biden + Mohammed bin Salman + Salman bin Abdulaziz Al Saud']);
  assert.equal(r.engagements[0].host, 'SAU');
});

test('"The summit, chaired by X, brought together A, B and C": the chair is at the table', () => {
  const r = run('The summit session on Friday, chaired by Uzbek President Shavkat Mirziyoyev, brought together Chinese President Xi Jinping, Russian President Vladimir Putin and Indian Prime Minister Narendra Modi.', '2022-09-16');
  assert.deepEqual(pairs(r), ['meeting: Narendra Modi + Shavkat Mirziyoyev + Vladimir Putin + Xi Jinping']);
});

test('"a visit meant to put January\'s exchange of strikes behind them": a date that owns another noun dates neither the talks nor the visit', () => {
  const r = run("ISLAMABAD: Pakistan and Iran agreed on Monday to raise bilateral trade to $10 billion over the next five years, as Iranian President Ebrahim Raisi held talks with Prime Minister Shehbaz Sharif on the first day of a visit meant to put January's exchange of missile strikes behind the two neighbours.", '2024-04-23');
  assert.deepEqual(pairs(r, 'reported'), ['visit: Ebrahim Raisi + Shehbaz Sharif']);
  assert.deepEqual(pairs(r, 'background'), []);
});

test('"It was the first conversation between the two since September 2022" implies an earlier call; "the first meeting since Lula took office" is the meeting in hand', () => {
  const call = run('Federal Chancellor Olaf Scholz telephoned President Vladimir Putin this afternoon. It was the first conversation between the two since December 2022.', '2024-11-15');
  assert.deepEqual(pairs(call, 'reported'), ['phone_call: Olaf Scholz + Vladimir Putin']);
  assert.deepEqual(pairs(call, 'background'), ['phone_call: Olaf Scholz + Vladimir Putin']);
  const visit = run('President Lula was received this Friday by President Joe Biden at the White House. It was the first meeting between the two leaders since Lula took office on 1 January. Lula was accompanied by the Minister of Foreign Affairs, Mauro Vieira.', '2023-02-10');
  assert.deepEqual(pairs(visit, 'reported'), ['visit: Joe Biden + Luiz Inácio Lula da Silva + Mauro Vieira']);
  assert.deepEqual(pairs(visit, 'background'), []);
});

test('"co-hosted a luncheon in X\'s honour" is an exchange with X; "The meeting was also attended by X" adds X', () => {
  const r = run("Vice President Joe Biden and Secretary of State Hillary Clinton co-hosted a luncheon in Chinese Vice President Xi Jinping's honour at the State Department on Tuesday.", '2012-02-15');
  assert.deepEqual(pairs(r), ['visit: Hillary Clinton + Joe Biden + Xi Jinping']);
  const a = run('President Recep Tayyip Erdoğan received Hamas political bureau chief Ismail Haniyeh in Istanbul on Saturday. The meeting was also attended by Foreign Minister Hakan Fidan.', '2024-04-21');
  assert.deepEqual(pairs(a), ['visit: Hakan Fidan + Ismail Haniyeh + Recep Tayyip Erdoğan']);
});

test('"called France Kazakhstan\'s key partner" names France, it is no call; "Biden\'s programme on Monday includes talks with X" is planned, for the coming Monday', () => {
  const r = run("President Kassym-Jomart Tokayev called France Kazakhstan's key and reliable partner in the European Union.", '2023-11-02');
  assert.deepEqual(r.engagements, []);
  const p = run("President Joe Biden arrived in Hanoi on Sunday. Biden's programme on Monday includes talks with President Vo Van Thuong.", '2023-09-10');
  assert.deepEqual(pairs(p, 'planned'), ['meeting: Joe Biden + Vo Van Thuong']);
  // A plan's bare weekday is the next such day, not the last.
  assert.equal(p.engagements.find((e) => e.status === 'planned')?.date, '2023-09-11');
});

test('appeals, readiness, invitations and scheduled talks are no reported exchange; "a statement called the X" names it', () => {
  const urged = run('Prime Minister Pedro Sánchez urged Chinese President Xi Jinping on Friday to speak directly with Ukrainian President Volodymyr Zelensky.', '2023-04-01');
  assert.deepEqual(urged.engagements, []);
  const ready = run('Chancellor Olaf Scholz said Russia must show its willingness to enter into negotiations with Ukraine.', '2024-11-15');
  assert.deepEqual(ready.engagements, []);
  const invited = run('President Emmanuel Macron received President Abdelmadjid Tebboune in Paris on Monday. Macron invited Tebboune to pay a state visit to France next year.', '2022-08-29');
  assert.deepEqual(pairs(invited), ['visit: Abdelmadjid Tebboune + Emmanuel Macron']);
  const scheduled = run('President Xi Jinping then goes on to Brasília, with talks with President Luiz Inácio Lula da Silva scheduled for Wednesday.', '2024-11-17');
  assert.deepEqual(pairs(scheduled, 'planned'), ['meeting: Luiz Inácio Lula da Silva + Xi Jinping']);
  assert.equal(scheduled.engagements[0].date, '2024-11-20');
  const amman = run('President Joe Biden had been scheduled to travel on from Tel Aviv to Amman today for a meeting with King Abdullah II.', '2023-10-18');
  assert.deepEqual(pairs(amman), []);
  const named = run('President Joe Biden, President Yoon Suk Yeol and Prime Minister Fumio Kishida met at Camp David on Friday. They adopted a joint statement called the Spirit of Camp David.', '2023-08-19');
  assert.deepEqual(pairs(named), ['meeting: Fumio Kishida + Joe Biden + Yoon Suk Yeol']);
  assert.equal(named.engagements.length, 1);
});

test('"urged Xi to speak with Zelensky, telling him at their meeting": "him" is the one urged, the meeting his and the speaker\'s; "during which he held talks" shares the age of the visit it follows', () => {
  const r = run(
    "Prime Minister Pedro Sánchez urged Chinese President Xi Jinping on Friday to speak directly with Ukrainian President Volodymyr Zelensky, telling him at their meeting in Beijing that any peace plan had to respect Ukraine's borders. The meeting came little more than a week after Xi's state visit to Moscow from 20 to 22 March, during which he held long talks with President Vladimir Putin.",
    '2023-04-01',
  );
  assert.deepEqual(pairs(r), ['visit: Pedro Sánchez + Xi Jinping']);
  assert.deepEqual(pairs(r, 'background'), ['visit: Vladimir Putin + Xi Jinping']);
});

test('"A and B pledged on Friday to ..., at a White House meeting": the occasion set off by a comma is theirs and dated by the main verb; "for having telephoned him" looks back, and "That call, on January 9," dates it', () => {
  const r = run(
    [
      'BRASÍLIA, February 11 (Agency) - President Luiz Inácio Lula da Silva and U.S. President Joe Biden promised on Friday to stand together against political extremism and to work on protecting the Amazon, at a White House meeting billed by both sides as a fresh start.',
      'Lula thanked Biden for having telephoned him after the riots.',
      'That call, on January 9, was when Biden invited Lula to Washington.',
    ].join(' '),
    '2023-02-11',
  );
  assert.deepEqual(pairs(r), ['visit: Joe Biden + Luiz Inácio Lula da Silva']);
  assert.equal(r.engagements.find((e) => e.status === 'reported')?.date, '2023-02-10');
  assert.deepEqual(pairs(r, 'background'), ['phone_call: Joe Biden + Luiz Inácio Lula da Silva']);
  assert.equal(r.engagements.find((e) => e.status === 'background')?.date, '2023-01-09');
});

test('"a three-way meeting with A and B, who pressed him ..., before continuing his talks with A alone" is one sitting of three; "von der Leyen" stays one name', () => {
  const r = run("On Monday Xi Jinping held a three-way meeting at the Élysée Palace with President Emmanuel Macron and European Commission President Ursula von der Leyen, who pressed him on trade imbalances, before continuing his talks with Macron alone.", '2024-05-07');
  assert.deepEqual(pairs(r), ['meeting: Emmanuel Macron + Ursula von der Leyen + Xi Jinping']);
});

test('"wrote in the evening that he had hosted X for talks": in reported speech "had" is shifted back, and the exchange is the news', () => {
  const r = run('UAE presidential adviser Anwar Gargash arrived in Tehran on Wednesday. Foreign Minister Abbas Araghchi wrote on Instagram in the evening that he had hosted Gargash for talks on regional matters.', '2025-03-13');
  assert.deepEqual(pairs(r), ['visit: Abbas Araghchi + Anwar Gargash']);
  assert.deepEqual(pairs(r, 'background'), []);
  const old = run('Foreign Minister Abbas Araghchi said on Wednesday that he had hosted Anwar Gargash in Tehran in 2023.', '2025-03-13');
  assert.deepEqual(pairs(old), []);
});

test('"travels to Madrid, where on Tuesday (18) he will meet X": the next stop is planned, and "(18)" fixes the day; "Latin America" is no state', () => {
  const r = run('President Lula arrived in Tehran on Saturday (15). From Tehran, President Lula travels to Madrid, where on Tuesday (18) he will meet Prime Minister José Luis Rodríguez Zapatero at the summit between the European Union and Latin America.', '2010-05-17');
  assert.deepEqual(pairs(r, 'planned'), ['visit: José Luis Rodríguez Zapatero + Luiz Inácio Lula da Silva']);
  assert.equal(r.engagements.find((e) => e.status === 'planned')?.date, '2010-05-18');
  assert.ok(!r.engagements.some((e) => e.participants.some((p) => p.affiliation === 'USA')));
});

test('"held a Japan-U.S. Summit Video Teleconference Meeting with X" is a video call, "their first meeting by video link" the same one, and "following the telephone talk held in October" an earlier call of the two', () => {
  const r = run(
    'On the evening of January 21, Mr. KISHIDA Fumio, Prime Minister of Japan, held a Japan-U.S. Summit Video Teleconference Meeting with H.E. Mr. Joseph R. Biden, Jr., President of the United States of America. Prime Minister Kishida said he was glad to hold this first meeting by video link with President Biden, following the telephone talk held in October and their short conversation in Glasgow in November last year.',
    '2022-01-22',
  );
  assert.deepEqual(pairs(r), ['video_call: Fumio Kishida + Joe Biden']);
  assert.equal(r.engagements.find((e) => e.status === 'reported')?.date, '2022-01-21');
  assert.deepEqual(pairs(r, 'background').sort(), ['meeting: Fumio Kishida + Joe Biden', 'phone_call: Fumio Kishida + Joe Biden']);
});

test('"had been scheduled to meet ..., but the meeting could not take place" is no meeting that happened', () => {
  const r = run('Prime Minister Narendra Modi held a telephone conversation today with President Donald Trump. The two leaders had been scheduled to meet on the margins of the G7 Summit at Kananaskis, but the meeting could not take place as President Trump had to return to Washington early.', '2025-06-18');
  assert.deepEqual(pairs(r), ['phone_call: Donald Trump + Narendra Modi']);
  assert.deepEqual(pairs(r, 'denied'), ['meeting: Donald Trump + Narendra Modi']);
});

test('delegations written "the Minister of X, Name, and the Minister of Y and Z, Name" list every member; a member listed without a state is of the state of those with them', () => {
  const lula = run('President Lula was received this Friday by President Joe Biden at the White House. Lula was accompanied by the Minister of Foreign Affairs, Mauro Vieira, and the Minister of the Environment and Climate Change, Marina Silva.', '2023-02-11');
  assert.deepEqual(pairs(lula), ['visit: Joe Biden + Luiz Inácio Lula da Silva + Marina Silva + Mauro Vieira']);
  const za = run('President Cyril Ramaphosa met President Donald Trump at the White House on Wednesday. President Ramaphosa was accompanied by the Minister of International Relations and Cooperation, Mr Ronald Lamola, the Minister of Trade, Industry and Competition, Mr Parks Tau, and the Minister of Agriculture, Mr John Steenhuisen.', '2025-05-22');
  assert.deepEqual(pairs(za), ['visit: Cyril Ramaphosa + Donald Trump + John Steenhuisen + Parks Tau + Ronald Lamola']);
  const tr = run('President Recep Tayyip Erdoğan received Hamas leader Ismail Haniyeh in Istanbul on Saturday. The meeting, held closed to the press, was also attended by Minister of Foreign Affairs Hakan Fidan and Director of the National Intelligence Organization (MİT) İbrahim Kalın.', '2024-04-21');
  assert.deepEqual(pairs(tr), ['visit: Hakan Fidan + Ismail Haniyeh + Recep Tayyip Erdoğan + İbrahim Kalın']);
  const kalin = tr.engagements[0].participants.find((p) => p.name === 'İbrahim Kalın');
  assert.equal(kalin?.affiliation, 'TUR');
});

test('"The meeting was attended, on the Saudi side, by A, and on the Syrian side by B" seats both', () => {
  const r = run('Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa in Riyadh on Sunday. The meeting was attended, on the Saudi side, by HH Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, and on the Syrian side by HE Asaad Hassan al-Shaibani, Minister of Foreign Affairs.', '2025-02-03');
  assert.deepEqual(pairs(r), ['visit: Ahmed al-Sharaa + Asaad al-Shaibani + Faisal bin Farhan Al Saud + Mohammed bin Salman']);
});

test('companions of both sides in two clauses: "they were attended by A and B; the Korean leader was accompanied by C"', () => {
  const r = run("Vladimir Putin held talks with Kim Jong Un at the Vostochny Cosmodrome on Wednesday. On the Russian side they were attended by Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu; the Korean leader was accompanied by Minister of Foreign Affairs Choe Son Hui and by senior officials of the Workers' Party of Korea.", '2023-09-14');
  assert.deepEqual(pairs(r), ['visit: Choe Son-hui + Kim Jong-un + Sergei Shoigu + Sergey Lavrov + Vladimir Putin']);
});

test('"concluded a visit to the United States, during which he met Trump yesterday": the meeting is the visit\'s, reported, and those who accompanied him join it', () => {
  const r = run('President Cyril Ramaphosa has concluded a Working Visit to the United States of America, during which he met President Donald Trump at the White House yesterday. President Ramaphosa was accompanied by the Minister of Agriculture, Mr John Steenhuisen.', '2025-05-22');
  assert.deepEqual(pairs(r), ['visit: Cyril Ramaphosa + Donald Trump + John Steenhuisen']);
  assert.deepEqual(pairs(r, 'background'), []);
  assert.equal(r.engagements[0].date, '2025-05-21');
});

test('"Beijing, Saturday (09/11) -" reads the day first when that is the reading near publication; "accompanied at the meeting by X" adds X', () => {
  const r = run("Beijing, Saturday (09/11) - President of the Republic of Indonesia Prabowo Subianto held a bilateral meeting with President of the People's Republic of China Xi Jinping at the Great Hall of the People, Beijing, on Saturday afternoon local time. President Prabowo was accompanied at the meeting by Minister of Foreign Affairs Sugiono.", '2024-11-09');
  assert.deepEqual(pairs(r), ['visit: Prabowo Subianto + Sugiono + Xi Jinping']);
  assert.equal(r.engagements[0].date, '2024-11-09');
});

test('"Following the meeting with the Egyptian President, Araghchi held talks with X": the fronted title is not the name after its comma, and "following the meeting" takes that meeting\'s day', () => {
  const r = run('Cairo, 17 October 2024 - Foreign Minister Abbas Araghchi was received by the President of the Arab Republic of Egypt, Abdel Fattah el-Sisi. Following the meeting with the Egyptian President, Araghchi held talks with his Egyptian counterpart Badr Abdelatty on bilateral ties.', '2024-10-17');
  assert.deepEqual(pairs(r).sort(), ['visit: Abbas Araghchi + Abdel Fattah el-Sisi', 'visit: Abbas Araghchi + Badr Abdelatty']);
  for (const e of r.engagements) assert.equal(e.date, '2024-10-17');
});

test('a readout\'s untitled "Head of State" is the story\'s first-named holder; "talks ..., in which the Minister X took part" adds X; "invited X to pay a State visit" is X\'s planned visit to the inviter', () => {
  const r = run(
    [
      "The President of the Republic, Emmanuel Macron, arrived in Algiers this Thursday for a three-day official visit, at the invitation of the President of the People's Democratic Republic of Algeria, Abdelmadjid Tebboune.",
      'The Head of State was welcomed on his arrival at the airport by President Tebboune.',
      "After laying a wreath at the Martyrs' Memorial, he joined his Algerian counterpart at El Mouradia Palace, where the two Presidents held a private meeting, followed by talks with their delegations, in which the Minister for Europe and Foreign Affairs, Catherine Colonna, took part.",
      'The President of the Republic invited President Tebboune to pay a State visit to France.',
    ].join(' '),
    '2022-08-25',
  );
  assert.deepEqual(pairs(r), ['visit: Abdelmadjid Tebboune + Catherine Colonna + Emmanuel Macron']);
  assert.deepEqual(pairs(r, 'planned'), ['visit: Abdelmadjid Tebboune + Emmanuel Macron']);
});

test('"next week" is the coming Monday to Sunday, so what is to happen then is planned', () => {
  const r = run('French President Emmanuel Macron and European Commission President Ursula von der Leyen travel to Beijing together next week to meet Chinese President Xi Jinping.', '2023-04-01');
  assert.deepEqual(pairs(r), []);
  const planned = r.engagements.find((e) => e.status === 'planned');
  assert.deepEqual(planned?.date_range, { earliest: '2023-04-03', latest: '2023-04-09' });
});

test('"the video conference Erdoğan held with Michel and von der Leyen" and "the two EU leaders" are all three', () => {
  const r = run('President Recep Tayyip Erdoğan met European Council President Charles Michel and European Commission President Ursula von der Leyen in Ankara on Tuesday. The meeting came after the video conference President Erdoğan held with Michel and von der Leyen last month. Erdoğan had last met the two EU leaders in person in Brussels in March of last year.', '2021-04-07');
  assert.deepEqual(pairs(r, 'background').sort(), [
    'meeting: Charles Michel + Recep Tayyip Erdoğan + Ursula von der Leyen',
    'video_call: Charles Michel + Recep Tayyip Erdoğan + Ursula von der Leyen',
  ]);
});

test('an exchange told after the lead and dated two days or more before it is background', () => {
  const r = run('President François Hollande held talks with President Vladimir Putin in Moscow on Thursday. On Tuesday, Hollande flew to Washington for talks at the White House with President Barack Obama.', '2015-11-26');
  assert.deepEqual(pairs(r), ['visit: François Hollande + Vladimir Putin']);
  assert.deepEqual(pairs(r, 'background'), ['visit: Barack Obama + François Hollande']);
});

test('"which the Prime Minister carried on his visits to Poland, where he met Tusk": "he" is the subject of the clause the "where" hangs on', () => {
  const r = run("President Joe Biden spoke today with Prime Minister Narendra Modi of India. The President praised the Prime Minister's message of peace, which the Prime Minister carried with him on his visits last week to Poland, where he met Prime Minister Donald Tusk, and to Ukraine, where he met President Volodymyr Zelenskyy.", '2024-08-26');
  assert.deepEqual(pairs(r), ['phone_call: Joe Biden + Narendra Modi']);
  assert.deepEqual(pairs(r, 'background').sort(), ['visit: Donald Tusk + Narendra Modi', 'visit: Narendra Modi + Volodymyr Zelenskyy']);
});

test('"spent roughly three hours at the guesthouse with Wang Yi" is a meeting; spending alone is none', () => {
  const r = run('Chinese President Xi Jinping received U.S. Secretary of State Antony Blinken in Beijing on Monday afternoon. Hours earlier, Blinken spent roughly three hours at the Diaoyutai State Guesthouse with Wang Yi, who heads the Communist Party\'s foreign affairs office.', '2023-06-19');
  assert.deepEqual(pairs(r).sort(), ['visit: Antony Blinken + Wang Yi', 'visit: Antony Blinken + Xi Jinping']);
  assert.deepEqual(run('Secretary of State Antony Blinken spent the day in Beijing.', '2023-06-19').engagements, []);
});

test('", hosted by the Spanish Prime Minister, X" after "he will take part in the summit" is part of the plan', () => {
  const r = run('From Tehran, President Lula travels to Madrid, where on Tuesday (18) he will take part in the summit between the European Union and Latin America, hosted by the Spanish Prime Minister, José Luis Rodríguez Zapatero.', '2010-05-17');
  assert.deepEqual(pairs(r), []);
  assert.deepEqual(pairs(r, 'planned'), ['visit: José Luis Rodríguez Zapatero + Luiz Inácio Lula da Silva']);
});

test('the lead\'s own day ("agreed late on Wednesday, after X hosted A and B for talks") dates the talks before the dateline\'s; "what they called the Ankara Declaration" names it', () => {
  const r = run('ANKARA, Dec 12 (Wire) - Ethiopia and Somalia agreed late on Wednesday to put aside their quarrel over a Red Sea outlet, after Turkish President Recep Tayyip Erdoğan hosted Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud for a day of talks in the Turkish capital. Under what they called the Ankara Declaration, the two will open technical negotiations.', '2024-12-12');
  assert.deepEqual(pairs(r), ['meeting: Abiy Ahmed + Hassan Sheikh Mohamud + Recep Tayyip Erdoğan']);
  assert.equal(r.engagements.find((e) => e.status === 'reported')?.date, '2024-12-11');
  assert.equal(r.engagements.filter((e) => e.kind === 'phone_call').length, 0);
});

test('"held separate meetings with Premier Li Keqiang and with NPC chairman Li Zhanshu, both of whom are due to step down in March": two meetings of the story\'s visitor, not dated by the relative clause; Li Keqiang is not Li Qiang', () => {
  const r = run("President Ferdinand Marcos Jr. met President Xi Jinping in Beijing on Wednesday. During his stay the President also held separate meetings with Premier Li Keqiang and with National People's Congress chairman Li Zhanshu, both of whom are due to step down in March.", '2023-01-05');
  const reported = pairs(r).map((p) => p.replace(/^\w+: /, '')).sort();
  assert.deepEqual(reported, ['Ferdinand Marcos Jr. + Li Keqiang', 'Ferdinand Marcos Jr. + Li Zhanshu', 'Ferdinand Marcos Jr. + Xi Jinping']);
  assert.deepEqual(pairs(r, 'background'), []);
});

test('"The visit began on Sunday, when X called on Y": the opening of the visit in hand, not an earlier exchange', () => {
  const r = run('President Mohamed Muizzu held talks with Prime Minister Narendra Modi in New Delhi on Monday. The visit began on Sunday, when External Affairs Minister S. Jaishankar called on President Muizzu shortly after his arrival.', '2024-10-08');
  assert.deepEqual(pairs(r, 'background'), []);
  assert.ok(pairs(r).some((p) => p.includes('Jaishankar')));
});

test('"Prince X, Crown Prince, Deputy Prime Minister and Minister of Defense, received a phone call": the chain of offices is one person\'s', () => {
  const r = run('Prince Mohammed bin Salman bin Abdulaziz, Crown Prince, Deputy Prime Minister and Minister of Defense, received a phone call today from Prime Minister Boris Johnson of the United Kingdom.', '2019-09-17');
  assert.deepEqual(pairs(r), ['phone_call: Boris Johnson + Mohammed bin Salman']);
});

test('"Cai Qi, Wang Yi, Wang Wentao and others were present at the meeting": the delegation sits in on the visit, whichever of its sentences it follows', () => {
  const r = run('President Xi Jinping met with Australian Prime Minister Anthony Albanese at the Great Hall of the People in Beijing on November 6. Xi said the two countries had no fundamental conflict of interest. Afterwards, President Xi hosted a banquet for Prime Minister Albanese. Cai Qi, Wang Yi, Wang Wentao and others were present at the meeting.', '2023-11-07');
  assert.deepEqual(pairs(r), ['visit: Anthony Albanese + Cai Qi + Wang Wentao + Wang Yi + Xi Jinping']);
  assert.equal(r.engagements[0].participants.find((p) => p.name === 'Wang Wentao')?.affiliation, 'CHN');
});

test('"A and B met ..., with C, who hosted the talks, opening the session": the host of the encounter took part', () => {
  const r = run('ALMATY, May 10 (Wire) - Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov met for two days of talks in Almaty, with Kazakh Foreign Minister Murat Nurtleu, who hosted the talks, opening the first session.', '2024-05-11');
  assert.deepEqual(pairs(r), ['meeting: Ararat Mirzoyan + Jeyhun Bayramov + Murat Nurtleu']);
  const bare = run('ALMATY, May 10 (Wire) - Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov met for two days of talks in Almaty, with Kazakh Foreign Minister Murat Nurtleu, who welcomed the talks, watching from Astana.', '2024-05-11');
  assert.deepEqual(pairs(bare), ['meeting: Ararat Mirzoyan + Jeyhun Bayramov']);
});

test('", calling on A ... and holding talks with B": participial clauses take the sentence\'s subject; a page\'s headline places the day ("as Paris rolls out ...")', () => {
  const text = 'Indian Prime Minister Narendra Modi spent a crowded day in the capital yesterday, calling on Prime Minister Élisabeth Borne at her office and holding talks with President Emmanuel Macron over dinner at the Louvre.';
  const titled = extractor.extract({ ...doc(text, '2023-07-14'), title: 'Modi meets Borne and Macron as Paris rolls out the tricolour' });
  assert.deepEqual(pairs(titled).sort(), ['visit: Emmanuel Macron + Narendra Modi', 'visit: Narendra Modi + Élisabeth Borne']);
  assert.ok(titled.engagements.every((e) => e.date === '2023-07-13'));
  // Without the headline nothing says where the day was: the talks stay meetings.
  assert.deepEqual(pairs(run(text, '2023-07-14')).sort(), ['meeting: Emmanuel Macron + Narendra Modi', 'meeting: Narendra Modi + Élisabeth Borne']);
});

test('"rang the Peace Bell before they sat down": a thing rung is no call, and the talks keep their kind', () => {
  const r = run('President Joe Biden held talks with Prime Minister Fumio Kishida in Hiroshima on Thursday. At the memorial park, the two leaders laid wreaths and Mr Biden rang the peace bell before they sat down for a private conversation.', '2023-05-19');
  assert.deepEqual(pairs(r), ['visit: Fumio Kishida + Joe Biden']);
});

test('"The King and Queen Camilla were received by President Ruto": two holders, and the King of the United Kingdom before his other realms', () => {
  const r = run('NAIROBI - King Charles III spoke of the wrongs of the colonial era at a state banquet on Tuesday evening. The King and Queen Camilla were received earlier in the day by President William Ruto at State House, at the start of a four-day state visit.', '2023-11-01');
  const visit = r.engagements.find((e) => e.status === 'reported');
  assert.equal(visit?.participants.find((p) => p.name === 'Charles III')?.affiliation, 'GBR');
  assert.ok(visit?.participants.some((p) => p.name === 'William Ruto'));
  assert.ok(!visit?.participants.some((p) => p.role === 'King and Queen'));
});

test('"The Secretary-General" in a readout that names no one holding the office is the UN\'s; a NATO Secretary General named before keeps the title', () => {
  const un = run('The Secretary-General met today in Kyiv with President Volodymyr Zelenskyy of Ukraine. The Secretary-General reiterated his full support for the sovereignty and territorial integrity of Ukraine.', '2022-04-28');
  assert.deepEqual(pairs(un), ['visit: António Guterres + Volodymyr Zelenskyy']);
  const nato = run('NATO Secretary General Jens Stoltenberg met Prime Minister Mark Rutte in The Hague on Monday. The Secretary General thanked the Prime Minister for the Netherlands\' support.', '2023-03-14');
  assert.deepEqual(pairs(nato), ['meeting: Jens Stoltenberg + Mark Rutte']);
});

test('"said Russia would continue the talks between the Russian and Ukrainian delegations": what one says one would do is no exchange told', () => {
  const r = run('Foreign Minister Sergey Lavrov met Turkish Foreign Minister Mevlüt Çavuşoğlu in Antalya on Thursday. Lavrov said that Russia would continue the talks between the Russian and Ukrainian delegations in Belarus.', '2022-03-11');
  assert.deepEqual(pairs(r).map((p) => p.replace(/^\w+: /, '')), ['Mevlüt Çavuşoğlu + Sergey Lavrov']);
});

test('"their first face-to-face meeting since X took office" describes the talks in hand; "flies to Beijing today" is a leg still ahead', () => {
  const r = run('President Alberto Fernández held talks with Vladimir Putin at the Kremlin yesterday. It was their first face-to-face meeting since Fernández took office in December 2019. Fernández flies to Beijing today for the opening of the Winter Olympics. On Sunday he is due to hold talks with President Xi Jinping.', '2022-02-04');
  assert.deepEqual(pairs(r), ['visit: Alberto Fernández + Vladimir Putin']);
  assert.deepEqual(pairs(r, 'background'), []);
  assert.deepEqual(pairs(r, 'planned'), ['visit: Alberto Fernández + Xi Jinping']);
});

test('speaking placed in person is a meeting ("spoke with Xi on the sidelines of the summit"); "the two leaders had spoken briefly" is an exchange between them; speaking before talks elsewhere stays a call', () => {
  assert.deepEqual(pairs(run('Prime Minister Justin Trudeau spoke with President Xi Jinping on the sidelines of the G20 summit in Bali on Tuesday.', '2022-11-16')), ['meeting: Justin Trudeau + Xi Jinping']);
  assert.deepEqual(pairs(run('Prime Minister Justin Trudeau spoke with President Xi Jinping by phone on Tuesday.', '2022-11-16')), ['phone_call: Justin Trudeau + Xi Jinping']);
  assert.deepEqual(pairs(run('Prime Minister David Cameron spoke to President Hassan Rouhani of Iran on Monday ahead of the nuclear talks in Geneva.', '2013-11-19')), ['phone_call: David Cameron + Hassan Rouhani']);
  const earlier = run('Chinese President Xi Jinping met Canadian Prime Minister Justin Trudeau on Wednesday. On Tuesday, the two leaders had spoken briefly on the sidelines of the summit.', '2022-11-16');
  assert.deepEqual(pairs(earlier, 'background'), ['meeting: Justin Trudeau + Xi Jinping']);
  // Speaking to an audience is no exchange, nor speaking long after the talks in hand a second one.
  assert.deepEqual(pairs(run('Xi and Trudeau spoke at the opening session of the summit on Tuesday.', '2022-11-16')), []);
  assert.deepEqual(pairs(run('President Gustavo Petro met President Nicolás Maduro in Caracas on Tuesday. The two leaders spoke for about three hours.', '2022-11-02')), ['visit: Gustavo Petro + Nicolás Maduro']);
});

test('an analysis: "sat down with X today, and tomorrow he flies to Moscow" keeps each its day; "the third conversation ... since December" counts the calls told; "June 16 last year" is last year', () => {
  const r = run(
    'German Chancellor Olaf Scholz sat down with Volodymyr Zelensky in Kyiv today, and tomorrow he flies to Moscow for talks with Vladimir Putin. On Saturday, President Joe Biden and Putin talked by telephone for about an hour. It was the third conversation between the two presidents since December. They held a two-hour video call on December 7, and spoke again by phone on December 30 at Putin\'s request. Their only face-to-face meeting as presidents remains the Geneva summit of June 16 last year.',
    '2022-02-14',
  );
  const rows = r.engagements.map((e) => `${e.status} ${e.kind} ${e.date}: ${e.participants.map((p) => p.name).sort().join(' + ')}`).sort();
  assert.deepEqual(rows, [
    'background meeting 2021-06-16: Joe Biden + Vladimir Putin',
    'background phone_call 2021-12-30: Joe Biden + Vladimir Putin',
    'background phone_call 2022-02-12: Joe Biden + Vladimir Putin',
    'background video_call 2021-12-07: Joe Biden + Vladimir Putin',
    'planned visit 2022-02-15: Olaf Scholz + Vladimir Putin',
    'reported visit 2022-02-14: Olaf Scholz + Volodymyr Zelenskyy',
  ]);
});

test('"cancelled his summit with Kim, telling him in a letter": the summit is denied, the letter told and dated by the dateline (a "most recent statement" dates nothing); "Pompeo, who met Kim in Pyongyang on May 9," tells an earlier visit', () => {
  const r = run('WASHINGTON, May 24 (Wire) - U.S. President Donald Trump on Thursday cancelled his summit with North Korean leader Kim Jong Un in Singapore on June 12, telling him in a letter that it would be inappropriate to go ahead given the hostility of Pyongyang\'s most recent statement. Secretary of State Mike Pompeo, who met Kim in Pyongyang on May 9, told senators that the North had not answered.', '2018-05-24');
  assert.deepEqual(pairs(r), ['message: Donald Trump + Kim Jong-un']);
  assert.deepEqual(pairs(r, 'denied'), ['meeting: Donald Trump + Kim Jong-un']);
  assert.deepEqual(pairs(r, 'background').map((p) => p.replace(/^\w+: /, '')), ['Kim Jong-un + Mike Pompeo']);
  assert.equal(r.engagements.find((e) => e.kind === 'message')?.date, '2018-05-24');
});

test('"took part today in the Leaders\' Summit, held in virtual format, along with A, B and C": one video call of all four; "had met his counterparts A, B and C in Melbourne" is one meeting', () => {
  const r = run("Prime Minister Narendra Modi took part today in a special Quad Leaders' Summit, held in virtual format, along with President Joe Biden of the United States, Prime Minister Scott Morrison of Australia and Prime Minister Fumio Kishida of Japan. External Affairs Minister S. Jaishankar had met his counterparts Antony Blinken, Marise Payne and Yoshimasa Hayashi in Melbourne on 11 February 2022.", '2022-03-03');
  assert.deepEqual(pairs(r), ['video_call: Fumio Kishida + Joe Biden + Narendra Modi + Scott Morrison']);
  assert.deepEqual(pairs(r, 'background'), ['meeting: Antony Blinken + Marise Payne + S. Jaishankar + Yoshimasa Hayashi']);
});

test('"when Merkel hosted Putin, Hollande and Poroshenko in Berlin": guests hosted together meet together; "received by A, B and C" are receptions one by one', () => {
  const together = run('The four leaders last met in October 2016, when Chancellor Angela Merkel hosted Vladimir Putin, François Hollande and Petro Poroshenko in Berlin.', '2019-12-09');
  assert.deepEqual(pairs(together, 'background'), ['meeting: Angela Merkel + François Hollande + Petro Poroshenko + Vladimir Putin']);
  const apart = run('President Volodymyr Zelensky arrived in Berlin on Sunday. A German air force jet had brought him overnight from Rome, where on Saturday he had been received by President Sergio Mattarella, Prime Minister Giorgia Meloni and Pope Francis.', '2023-05-14');
  const rome = apart.engagements.filter((e) => e.participants.some((p) => p.name === 'Giorgia Meloni' || p.name === 'Sergio Mattarella'));
  assert.equal(rome.length, 2);
  assert.ok(rome.every((e) => e.participants.length === 2));
});

test('"A and B sat down together" is their meeting; "A and B had talked by telephone on Dec. 16, a day before they each announced" is theirs alone', () => {
  const r = run('Barack Obama and Raúl Castro sat down together in Panama City on Saturday, the first formal talks between American and Cuban leaders since the revolution. Two days earlier Secretary of State John Kerry had met Foreign Minister Bruno Rodríguez in the same city. Obama and Castro had talked by telephone on Dec. 16, a day before they each announced the thaw in relations.', '2015-04-11');
  assert.deepEqual(pairs(r), ['meeting: Barack Obama + Raúl Castro']);
  assert.deepEqual(pairs(r, 'background').sort(), ['meeting: Bruno Rodríguez Parrilla + John Kerry', 'phone_call: Barack Obama + Raúl Castro']);
});

test('"the programme on Friday includes talks with A and a meeting with B": both exchanges are plans', () => {
  const r = run("President Joe Biden arrived in Berlin on Thursday. The President's programme on Friday includes talks with Chancellor Olaf Scholz and a meeting with President Frank-Walter Steinmeier.", '2024-10-17');
  assert.deepEqual(pairs(r, 'planned').sort(), ['meeting: Frank-Walter Steinmeier + Joe Biden', 'meeting: Joe Biden + Olaf Scholz']);
  assert.ok(!pairs(r).some((p) => p.includes('Steinmeier')));
});

test('"During the visit X also met Y" takes the day of a trip the story never says lasted days; a two-day visit leaves it open', () => {
  const day = run('Foreign Secretary David Cameron travelled to Kyiv today for talks with President Volodymyr Zelenskyy, three days after his appointment. During the visit Lord Cameron also met Prime Minister Denys Shmyhal.', '2023-11-16');
  assert.deepEqual(day.engagements.filter((e) => e.status === 'reported').map((e) => e.date), ['2023-11-16', '2023-11-16']);
  const span = run('Foreign Secretary David Cameron began a two-day visit to Kyiv today with talks with President Volodymyr Zelenskyy. During the visit Lord Cameron also met Prime Minister Denys Shmyhal.', '2023-11-16');
  assert.equal(span.engagements.find((e) => e.participants.some((p) => p.name === 'Denys Shmyhal'))?.date, null);
});

test('"was met on the tarmac by Japanese officials": unnamed officials are no party to an exchange', () => {
  const r = run('President Volodymyr Zelensky landed in Hiroshima on Saturday afternoon and was met on the tarmac by Japanese officials. He is due to meet Prime Minister Fumio Kishida on Sunday.', '2023-05-20');
  assert.deepEqual(pairs(r), []);
  assert.deepEqual(pairs(r, 'planned'), ['meeting: Fumio Kishida + Volodymyr Zelenskyy']);
});

test('"accompanied by Zhang Zhijun, director of the Taiwan Affairs Office, while Ma brought along Andrew Hsia": a state\'s name inside a body\'s name is no party, and whom a leader brought sits on his side', () => {
  const r = run('Chinese President Xi Jinping met Taiwan\'s Ma Ying-jeou in Singapore on Saturday. Xi was accompanied by Zhang Zhijun, director of the Taiwan Affairs Office, while Ma brought along Andrew Hsia, the head of the Mainland Affairs Council.', '2015-11-08');
  assert.deepEqual(pairs(r), ['meeting: Andrew Hsia + Ma Ying-jeou + Xi Jinping + Zhang Zhijun']);
  const side = (name: string) => r.engagements[0].participants.find((p) => p.name === name)?.affiliation;
  assert.equal(side('Zhang Zhijun'), 'CHN');
  assert.equal(side('Andrew Hsia'), 'TWN');
});

test('a trip to a state whose hosts go unnamed is the visitor\'s, hosted by that state; a visit between states with no one making it is none', () => {
  const trip = run('President Recep Tayyip Erdoğan paid a one-day working visit to Qatar on Monday.', '2023-07-18');
  assert.deepEqual(trip.engagements.map((e) => [e.kind, e.host, e.participants.map((p) => p.name)]), [['visit', 'QAT', ['Recep Tayyip Erdoğan']]]);
  const via = run('(Reference) Prime Minister Kishida travelled to Ukraine via Poland after his visit to India.', '2023-03-22');
  assert.ok(via.engagements.every((e) => e.participants.length > 0 && e.participants.every((p) => p.name !== null)));
});

test('"he had visited A and B ..., and Gaza had come up in his talks with X in Abu Dhabi and with Y in Riyadh": the talks are his, one with each', () => {
  const r = run('Vladimir Putin received Ebrahim Raisi in the Kremlin on Thursday. Opening the talks, Putin said that he had visited the United Arab Emirates and Saudi Arabia the day before, and that Gaza had come up in his talks with President Mohamed bin Zayed in Abu Dhabi and with Crown Prince Mohammed bin Salman in Riyadh.', '2023-12-07');
  assert.ok(r.engagements.every((e) => e.participants.some((p) => p.name === 'Vladimir Putin')));
  assert.deepEqual(r.engagements.map((e) => e.participants.map((p) => p.name).sort().join(' + ')).sort(), ['Ebrahim Raisi + Vladimir Putin', 'Mohamed bin Zayed Al Nahyan + Vladimir Putin', 'Mohammed bin Salman + Vladimir Putin']);
});

test('"ATHENS (Courier) - A and B signed ... The two men met, joined by Foreign Ministers C and D": "the two men" are the pair the lead names after its dateline', () => {
  const r = run('ATHENS (Aegean Courier) - Turkish President Recep Tayyip Erdoğan and Prime Minister Kyriakos Mitsotakis signed a joint declaration on friendly relations in Athens on Thursday, during the Turkish leader\'s first visit to the Greek capital in six years. The two men met at the Maximos Mansion, joined by Foreign Ministers Giorgos Gerapetritis and Hakan Fidan.', '2023-12-08');
  assert.deepEqual(pairs(r), ['visit: Giorgos Gerapetritis + Hakan Fidan + Kyriakos Mitsotakis + Recep Tayyip Erdoğan']);
});

test('"The Minister, accompanied by the High Commissioner of India to Sri Lanka, Santosh Jha, called on X": the companion set off by commas is not the subject, and the posting is part of the title', () => {
  const r = run('External Affairs Minister S. Jaishankar arrived in Colombo on Friday. The External Affairs Minister, accompanied by the High Commissioner of India to Sri Lanka, Santosh Jha, called on President Anura Kumara Dissanayake.', '2024-10-05');
  assert.deepEqual(pairs(r), ['visit: Anura Kumara Dissanayake + S. Jaishankar + Santosh Jha']);
  assert.equal(r.engagements[0].participants.find((p) => p.name === 'Santosh Jha')?.affiliation, 'IND');
  const misri = run('Foreign Secretary Vikram Misri arrived in Dhaka on Monday. The Foreign Secretary, accompanied by the High Commissioner of India to Bangladesh, Shri Pranay Verma, called on Chief Adviser Prof. Muhammad Yunus.', '2024-12-09');
  assert.ok(!pairs(misri).some((p) => p === 'meeting: Muhammad Yunus + Pranay Verma'));
  assert.ok(pairs(misri).some((p) => p.includes('Vikram Misri') && p.includes('Muhammad Yunus')));
});

test('a leader\'s spouse, named as such, travels along but is no party to the talks', () => {
  const r = run(
    'LIMA, 9 May 2024 -- President Dina Boluarte received Indonesian President Joko Widodo at the Government Palace today. ' +
      'Widodo is accompanied on the trip by his wife, Iriana Joko Widodo. ' +
      'Boluarte later hosted a dinner for her guest and Indonesian First Lady Iriana at the palace.',
    '2024-05-09',
  );
  const all = r.engagements.map((e) => `${e.status}: ${e.participants.map((p) => p.name).sort().join(' + ')}`);
  assert.ok(all.length > 0, 'the visit is found');
  assert.ok(all.every((e) => !/Iriana/.test(e)), all.join('; '));
  assert.deepEqual(pairs(r), ['visit: Dina Boluarte + Joko Widodo']);
  // A queen named after her king is his consort.
  const royal = run('AMMAN, 3 October 2023 -- King Abdullah II and Queen Rania received President Emmanuel Macron at Al Husseiniya Palace today.', '2023-10-03');
  assert.deepEqual(pairs(royal), ['visit: Abdullah II + Emmanuel Macron']);
});

test('"LIMA, 9 May 2024 --": the month in a dateline is no modal "may"', () => {
  const r = run('LIMA, 9 May 2024 -- President Dina Boluarte met Chilean President Gabriel Boric in Lima today.', '2024-05-09');
  assert.deepEqual(pairs(r), ['visit: Dina Boluarte + Gabriel Boric']);
  // The modal still marks a possibility.
  assert.deepEqual(pairs(run('Aides said President Dina Boluarte may meet Chilean President Gabriel Boric on the border.', '2024-05-09')), []);
});

test('a title whose body runs on to the name is that name\'s ("Speaker of the US House of Representatives Nancy Pelosi")', () => {
  const r = run('TAIPEI, Aug 3 -- President Tsai Ing-wen received Speaker of the US House of Representatives Nancy Pelosi at the Presidential Office today.', '2022-08-03');
  assert.deepEqual(pairs(r), ['visit: Nancy Pelosi + Tsai Ing-wen']);
  // Two offices of one person joined by "and", each with its body.
  const two = run('Secretary of State Antony Blinken met today in Munich with China’s Director of the Office of the Central Foreign Affairs Commission and Foreign Minister Wang Yi.', '2024-02-16');
  assert.deepEqual(pairs(two), ['meeting: Antony Blinken + Wang Yi']);
});

test('a visit announced, described in apposition, or placed in a clause of time under "will" is still planned', () => {
  const r = run(
    'WELLINGTON, 11 June 2024 -- Chinese Premier Li Qiang will arrive in Auckland on Thursday for talks with Prime Minister Christopher Luxon, the first visit to the country by a Chinese premier since 2017. ' +
      'Announcing the trip yesterday, Luxon said New Zealand would welcome the Premier warmly. ' +
      'Li will be received with a powhiri at Government House before the two leaders hold formal talks.',
    '2024-06-11',
  );
  assert.deepEqual(pairs(r), []);
  assert.deepEqual(pairs(r, 'planned'), ['visit: Christopher Luxon + Li Qiang']);
});

test('a "when" clause under an earlier exchange looks back with it', () => {
  const r = run(
    'Prime Minister Keir Starmer hosted Prime Minister Mark Carney in London today. The two had already spoken by phone, when Starmer called Carney to congratulate him.',
    '2025-06-15',
  );
  assert.deepEqual(pairs(r), ['visit: Keir Starmer + Mark Carney']);
  assert.deepEqual(pairs(r, 'background'), ['phone_call: Keir Starmer + Mark Carney']);
});

test('"the President of the Republic" in a release of a presidency is its own head of state, whoever else is President', () => {
  const text =
    'At the invitation of President Kais Saied, the President of the Republic is paying a state visit to Tunisia on 13 and 14 May. ' +
    'This morning the President of the Republic held talks with President Saied at Carthage Palace.';
  const r = extractor.extract({ ...doc(text, '2025-05-14'), outlet: 'Presidency of the Italian Republic' });
  assert.deepEqual(pairs(r), ['visit: Kais Saied + Sergio Mattarella']);
  // "President of the Republic of Korea" names its republic.
  assert.deepEqual(pairs(run('The President of the Republic of Korea Yoon Suk Yeol met Prime Minister Fumio Kishida in Tokyo on Thursday.', '2023-03-17')), [
    'visit: Fumio Kishida + Yoon Suk Yeol',
  ]);
});

test('"took part, alongside A and B, in a trilateral summit": one meeting of the three', () => {
  const r = run('AMMAN, 2 June 2024 -- President Emmanuel Macron took part, alongside President Abdel Fattah El-Sisi and King Abdullah II, in a trilateral summit on Gaza today.', '2024-06-02');
  assert.deepEqual(pairs(r), ['meeting: Abdel Fattah el-Sisi + Abdullah II + Emmanuel Macron']);
});

test('"the two Presidents" after a visit to a state: the two people last named together; the day of their talks dates the visit', () => {
  const r = run(
    'At the invitation of President William Ruto, President Emmanuel Macron is visiting Kenya from 6 to 8 April. ' +
      'On arriving in Nairobi on Sunday evening, President Macron walked with President Ruto through the city centre. ' +
      'This morning, the two Presidents held talks at State House.',
    '2025-04-07',
  );
  const visits = r.engagements.filter((e) => e.status === 'reported').map((e) => [e.kind, e.participants.map((p) => p.name).sort().join(' + '), e.date]);
  assert.deepEqual(visits, [['visit', 'Emmanuel Macron + William Ruto', '2025-04-07']]);
});

test('an exchange that is the subject of a verb that looks ahead is planned; one "also scrapped" is denied', () => {
  const r = run(
    'NEW DELHI, 1 September 2024 -- The talks between Prime Minister Narendra Modi and Prime Minister Anwar Ibrahim in Kuala Lumpur will give fresh impetus to the partnership.',
    '2024-09-01',
  );
  assert.deepEqual(pairs(r), []);
  assert.deepEqual(pairs(r, 'planned'), ['visit: Anwar Ibrahim + Narendra Modi']);
  const off = run(
    'WASHINGTON, Oct 22 (Wire) - A meeting between Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov, which had been pencilled in for Thursday, was also scrapped.',
    '2025-10-22',
  );
  assert.deepEqual(pairs(off), []);
  assert.deepEqual(pairs(off, 'denied'), ['meeting: Marco Rubio + Sergey Lavrov']);
});

test('those "also present" at the end of a readout, or "sitting in on the talks", took part on their side', () => {
  const present = run(
    'On 14 March, from 6:10 p.m. local time, Mr. KISHIDA Fumio, Prime Minister of Japan, held a Japan-Australia Summit Meeting with the Honourable Anthony Albanese, Prime Minister of Australia, in Canberra. ' +
      'Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, and Senator the Honourable Penny Wong, Minister for Foreign Affairs, were also present.',
    '2024-03-14',
  );
  assert.deepEqual(pairs(present), ['visit: Anthony Albanese + Fumio Kishida + Penny Wong + Yoko Kamikawa']);
  const sitting = run(
    'ANKARA, March 5 (Wire) - Turkish Foreign Minister Hakan Fidan held talks with Iraqi Foreign Minister Fuad Hussein in Ankara on Tuesday. ' +
      'Sitting in on the talks were Turkish Defence Minister Yasar Guler and Iraqi National Security Adviser Qasim al-Araji.',
    '2025-03-05',
  );
  assert.deepEqual(pairs(sitting), ['visit: Fuad Hussein + Hakan Fidan + Qasim al-Araji + Yasar Guler']);
});

test('"flew on to Bishkek, where X is due to hold talks with him": the journey is made, the talks are ahead', () => {
  const r = run(
    'ASTANA, 12 June 2024 -- Prime Minister Shehbaz Sharif held talks with President Kassym-Jomart Tokayev in Astana yesterday. Sharif then flew on to Bishkek, where President Sadyr Japarov is due to receive him today.',
    '2024-06-12',
  );
  assert.deepEqual(pairs(r), ['visit: Kassym-Jomart Tokayev + Shehbaz Sharif']);
  assert.deepEqual(pairs(r, 'planned'), ['visit: Sadyr Japarov + Shehbaz Sharif']);
});

test('"a day later", "the next day", "two days later" are counted from the last day the story gave', () => {
  const r = run(
    'The minister resigned on December 3. A day later, President Emmanuel Macron called Prime Minister Najib Mikati. Two days later, Mikati met Emir Tamim bin Hamad Al Thani in Doha.',
    '2022-01-31',
  );
  const days = r.engagements.map((e) => [e.kind, e.date, e.status]);
  assert.deepEqual(days, [
    ['phone_call', '2021-12-04', 'background'],
    ['visit', '2021-12-06', 'background'],
  ]);
  // With no day given before, "the next day" fixes none.
  const none = run('The next day, President Emmanuel Macron called Prime Minister Najib Mikati.', '2022-01-31');
  assert.equal(none.engagements[0]?.date ?? null, null);
});

test('"The Iranian delegation was headed by A and the American delegation by B": the talks of the two states are theirs; "the US President\'s special envoy" is no President', () => {
  const r = run(
    'The second round of indirect talks between Iran and the United States ended in Rome this afternoon. ' +
      "The Iranian delegation was headed by Foreign Minister Abbas Araghchi and the American delegation by Steve Witkoff, the US President's special envoy.",
    '2025-04-19',
  );
  assert.deepEqual(
    r.engagements.filter((e) => e.status === 'reported').map((e) => e.participants.map((p) => `${p.name} (${p.role ?? '-'}, ${p.affiliation})`).sort()),
    [['Abbas Araghchi (Foreign Minister, IRN)', 'Steve Witkoff (-, USA)']],
  );
});

test('"was back in Tunis, this time accompanied by the President of the European Commission, X, and the Dutch Prime Minister, Y, for talks with Z": one meeting of the four', () => {
  const r = run(
    'ROME, 12 June 2023 - Prime Minister Giorgia Meloni was in Tunis yesterday, this time accompanied by the President of the European Commission, Ursula von der Leyen, and the Dutch Prime Minister, Mark Rutte, for talks with President Kais Saied at the Carthage Palace.',
    '2023-06-12',
  );
  assert.deepEqual(pairs(r), ['meeting: Giorgia Meloni + Kais Saied + Mark Rutte + Ursula von der Leyen']);
  // A companion of the visitor's own side is still only that: on the visitor's side.
  const own = run('ROME, 12 June 2023 - Prime Minister Giorgia Meloni, accompanied by Foreign Minister Antonio Tajani, held talks with President Kais Saied in Tunis yesterday.', '2023-06-12');
  assert.deepEqual(pairs(own), ['visit: Antonio Tajani + Giorgia Meloni + Kais Saied']);
});

test('the broker of other talks the sentence names is no party to the visit in hand', () => {
  const r = run(
    'MOGADISHU, 28 February 2025 -- Ethiopian Prime Minister Abiy Ahmed arrived in Mogadishu today and was received by Somali President Hassan Sheikh Mohamud. ' +
      'The visit follows a trip by the Somali leader to Addis Ababa last month, and talks brokered by Turkish President Recep Tayyip Erdogan in Ankara in December, at which Abiy and Hassan Sheikh agreed to bury their quarrel.',
    '2025-02-28',
  );
  assert.deepEqual(pairs(r), ['visit: Abiy Ahmed + Hassan Sheikh Mohamud']);
});

test('a day without a year, told as past, is the last such day before publication; told as ahead, the next', () => {
  const past = run('President Joe Biden and President Xi Jinping spoke by phone on April 2, when the two leaders discussed Taiwan and fentanyl.', '2025-01-10');
  assert.equal(past.engagements[0]?.date, '2024-04-02');
  assert.notEqual(past.engagements[0]?.status, 'planned');
  const ahead = run('President Joe Biden and President Xi Jinping are expected to speak by phone on April 2.', '2025-01-10');
  assert.deepEqual(pairs(ahead, 'planned'), ['phone_call: Joe Biden + Xi Jinping']);
  assert.equal(ahead.engagements[0].date, '2025-04-02');
});

test('"said at the time that he had spoken to X" looks back; "said on Sunday that he had spoken to X" is the news', () => {
  const news = run('Prime Minister Keir Starmer said on Sunday that he had spoken to President Donald Trump by phone.', '2025-03-03');
  assert.deepEqual(pairs(news), ['phone_call: Donald Trump + Keir Starmer']);
  const then = run('Prime Minister Keir Starmer said at the time that he had spoken to President Donald Trump by phone.', '2025-03-03');
  assert.deepEqual(pairs(then), []);
  assert.deepEqual(pairs(then, 'background'), ['phone_call: Donald Trump + Keir Starmer']);
});

test('"had formally proposed a meeting between the two leaders": the two leaders, not the one who says so', () => {
  const r = run(
    'Chancellor Olaf Scholz and President Emmanuel Macron spoke on Monday. Foreign Minister Annalena Baerbock said that Berlin had formally proposed a meeting between the two leaders in Strasbourg.',
    '2024-05-08',
  );
  assert.deepEqual(
    r.engagements.filter((e) => e.status === 'planned').map((e) => e.participants.map((p) => p.name).sort()),
    [['Emmanuel Macron', 'Olaf Scholz']],
  );
});

test('the Chief Adviser is the head of Bangladesh\'s government, and a title, not a name', () => {
  const r = run('Chief Adviser Muhammad Yunus arrived in Bangkok on Thursday for the BIMSTEC summit. On Friday the Chief Adviser met the Indian prime minister, Narendra Modi, on its sidelines.', '2025-04-05');
  assert.deepEqual(
    r.engagements.filter((e) => e.kind === 'meeting').map((e) => e.participants.map((p) => `${p.name} (${p.affiliation})`).sort()),
    [['Muhammad Yunus (BGD)', 'Narendra Modi (IND)']],
  );
});

test('delegations told apart from the lead: "joined the President for the talks", "the Russian side was represented by", "were among the ministers present"', () => {
  const joined = run(
    'President William Ruto received Ethiopian Prime Minister Abiy Ahmed at State House in Nairobi on Tuesday. Deputy President Rigathi Gachagua and Foreign Affairs Cabinet Secretary Alfred Mutua joined the President for the talks.',
    '2023-02-01',
  );
  assert.deepEqual(pairs(joined), ['visit: Abiy Ahmed + Alfred Mutua + Rigathi Gachagua + William Ruto']);
  const side = run(
    'President Vladimir Putin held talks in the Kremlin with President Kassym-Jomart Tokayev of Kazakhstan on Monday. The Russian side was represented by Foreign Minister Sergei Lavrov, Presidential Aide Yury Ushakov and Deputy Prime Minister Alexey Overchuk.',
    '2023-10-10',
  );
  assert.deepEqual(
    side.engagements.filter((e) => e.status === 'reported').map((e) => e.participants.map((p) => `${p.name} (${p.affiliation})`).sort()),
    [['Alexey Overchuk (RUS)', 'Kassym-Jomart Tokayev (KAZ)', 'Sergey Lavrov (RUS)', 'Vladimir Putin (RUS)', 'Yury Ushakov (RUS)']],
  );
  // (Those who led the delegations are named as leaders, not as a list: "the special envoy of President Trump" brings no Trump.)
  const led = run(
    'The first round of talks between Iran and the United States ended in Muscat today. The Iranian delegation was headed by Foreign Minister Abbas Araghchi, while the American side was led by Steve Witkoff, the special envoy of US President Donald Trump.',
    '2025-04-12',
  );
  assert.ok(!JSON.stringify(led.engagements.filter((e) => e.status === 'reported')).includes('Donald Trump'));
  const among = run(
    'Prime Minister Datuk Seri Anwar Ibrahim held talks with Prime Minister Lee Hsien Loong at the Istana on Monday. Foreign Minister Vivian Balakrishnan and Trade Minister Gan Kim Yong were among the Singaporean ministers present.',
    '2023-01-31',
  );
  assert.deepEqual(
    among.engagements.filter((e) => e.status === 'reported').map((e) => e.participants.map((p) => `${p.name} (${p.affiliation})`).sort()),
    [['Anwar Ibrahim (MYS)', 'Gan Kim Yong (SGP)', 'Lee Hsien Loong (SGP)', 'Vivian Balakrishnan (SGP)']],
  );
});

test('"the Indonesian ministers" gives no state to a minister the story had not placed: the one who came with the guest stays his', () => {
  const r = run(
    'Prime Minister Datuk Seri Anwar Ibrahim held talks with President Joko Widodo at the Bogor Palace on Monday. Anwar was accompanied by Investment Minister Zafrul Abdul Aziz. Foreign Minister Retno Marsudi was among the Indonesian ministers present.',
    '2023-01-10',
  );
  assert.deepEqual(
    r.engagements.filter((e) => e.status === 'reported').map((e) => e.participants.map((p) => `${p.name} (${p.affiliation})`).sort()),
    [['Anwar Ibrahim (MYS)', 'Joko Widodo (IDN)', 'Retno Marsudi (IDN)', 'Zafrul Abdul Aziz (MYS)']],
  );
});

test('"met with the Presidents of A, B and C" as the news is one sitting of all; "met separately with" and an earlier stop retold are one each', () => {
  const joint = run(
    'Today in Riga, President Joe Biden met with President Alar Karis of Estonia, President Edgars Rinkēvičs of Latvia and President Gitanas Nausėda of Lithuania to discuss the defence of NATO\'s eastern flank.',
    '2023-09-14',
  );
  assert.deepEqual(pairs(joint).map((p) => p.replace(/^\w+: /, '')), ['Alar Karis + Edgars Rinkēvičs + Gitanas Nausėda + Joe Biden']);
  const apart = run('On Tuesday, President Xi Jinping met separately with Australian Prime Minister Anthony Albanese and French President Emmanuel Macron in Bali.', '2022-11-16');
  assert.deepEqual(pairs(apart).sort(), ['meeting: Anthony Albanese + Xi Jinping', 'meeting: Emmanuel Macron + Xi Jinping']);
});

test('in a Downing Street readout, "the Prime Minister" is first the British one, even after another Prime Minister is named', () => {
  const text =
    'The Prime Minister met Estonian Prime Minister Kaja Kallas in Tallinn this morning. Prime Minister Kallas thanked the UK for doubling its troops in Estonia, and Kallas said the Estonian Prime Minister\'s government would host them. ' +
    'The Prime Minister then travelled on to Warsaw, where this afternoon he met Polish Prime Minister Mateusz Morawiecki.';
  const r = extractor.extract({ ...doc(text, '2022-03-01'), outlet: "Prime Minister's Office, 10 Downing Street" });
  const all = r.engagements.map((e) => e.participants.map((p) => p.name).sort().join(' + '));
  assert.ok(all.includes('Boris Johnson + Mateusz Morawiecki'), all.join('; '));
  assert.ok(!all.some((p) => p.includes('Kaja Kallas') && p.includes('Mateusz Morawiecki')), all.join('; '));
});

test('"visited the base together with A and B" is one meeting of all three', () => {
  const r = run('Prime Minister Boris Johnson visited Tapa Army Base in Estonia this afternoon together with Estonian Prime Minister Kaja Kallas and NATO Secretary General Jens Stoltenberg.', '2022-03-01');
  assert.deepEqual(pairs(r), ['meeting: Boris Johnson + Jens Stoltenberg + Kaja Kallas']);
});

test('"A, ... and Ruler of Dubai, and His Highness B, ..., sent similar messages to C": a message each, and "His Highness" opens a name', () => {
  const r = run(
    'ABU DHABI, 17th December, 2023 (WAM) -- His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice President, Prime Minister and Ruler of Dubai, and His Highness Sheikh Mansour bin Zayed Al Nahyan, Vice President and Deputy Prime Minister, sent messages of condolence to His Highness Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, the new Amir of Kuwait.',
    '2023-12-17',
  );
  const messages = r.engagements.filter((e) => e.kind === 'message').map((e) => e.participants.map((p) => p.name).sort().join(' + '));
  assert.equal(messages.length, 2, messages.join('; '));
  assert.ok(messages.some((m) => m.includes('Mohammed bin Rashid Al Maktoum') && !m.includes('Mansour')), messages.join('; '));
  assert.ok(messages.some((m) => m.startsWith('Mansour bin Zayed Al Nahyan') || m.includes('+ Mansour bin Zayed Al Nahyan')), messages.join('; '));
  const mbr = r.engagements.flatMap((e) => e.participants).find((p) => p.name === 'Mohammed bin Rashid Al Maktoum');
  assert.equal(mbr?.affiliation, 'ARE');
});

test('a date inside "who took office in January," dates that clause, not the talks after it; "later that month" is the month the story gave', () => {
  const r = run('Secretary of State Marco Rubio, who took office in January, held talks with President Irfaan Ali in Georgetown on Thursday.', '2025-03-29');
  assert.deepEqual(pairs(r), ['visit: Irfaan Ali + Marco Rubio']);
  assert.equal(r.engagements[0].date, '2025-03-27');
  const month = run('Chancellor Olaf Scholz, who took office in December, held his first video call with President Xi Jinping later that month.', '2022-04-02');
  assert.deepEqual(pairs(month, 'background'), ['video_call: Olaf Scholz + Xi Jinping']);
  const e = month.engagements[0];
  assert.equal(e.date, null);
  assert.deepEqual([e.date_range?.earliest, e.date_range?.latest], ['2021-12-01', '2021-12-31']);
});

test('the House Speaker is American: a President meeting him at home is domestic business, not diplomacy', () => {
  assert.deepEqual(run('President Joe Biden met House Speaker Kevin McCarthy at the White House on Monday to discuss the debt ceiling.', '2023-05-16').engagements, []);
  const abroad = run('House Speaker Nancy Pelosi met President Tsai Ing-wen in Taipei on Wednesday.', '2022-08-04');
  assert.equal(abroad.engagements[0]?.participants.find((p) => p.name === 'Nancy Pelosi')?.affiliation, 'USA');
});

test('a verb joined by "and" to the clause\'s first shares its subject, however long the first verb\'s phrase', () => {
  const r = run(
    'Chancellor Olaf Scholz received President Emmanuel Macron in Berlin on Monday. Vice-Chancellor Robert Habeck held a welcoming ceremony for the French President in the courtyard of the Ministry for Economic Affairs in the centre of the capital and held talks with him.',
    '2024-05-28',
  );
  assert.ok(pairs(r).some((p) => p.includes('Emmanuel Macron') && p.includes('Robert Habeck')), pairs(r).join('; '));
});

test('"travelled to X, accompanied by A and B" puts A and B at each of the trip\'s talks; "separate meetings with A and with B" are two', () => {
  const r = run(
    'Spanish Prime Minister Pedro Sánchez travelled to Rabat today, accompanied by the Minister of Agriculture, Fisheries and Food, Luis Planas, and the Minister of the Interior, Fernando Grande-Marlaska. During the trip, Sánchez had separate meetings with the Head of Government of the Kingdom of Morocco, Aziz Akhannouch, and with King Mohammed VI.',
    '2023-02-02',
  );
  const visits = r.engagements.filter((e) => e.status === 'reported').map((e) => e.participants.map((p) => p.name).sort().join(' + '));
  assert.equal(visits.length, 2, visits.join('; '));
  for (const v of visits) assert.ok(v.includes('Luis Planas') && v.includes('Fernando Grande-Marlaska') && v.includes('Pedro Sánchez'), v);
  assert.ok(visits.some((v) => v.includes('Aziz Akhannouch') && !v.includes('Mohammed VI')), visits.join('; '));
  assert.ok(visits.some((v) => v.includes('Mohammed VI') && !v.includes('Aziz Akhannouch')), visits.join('; '));
  // Said of the talks in hand, not of the trip, a companion is at those talks alone.
  const later = run(
    'Turkish President Recep Tayyip Erdoğan held talks with Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday. Erdoğan was accompanied by Foreign Minister Hakan Fidan. Later in the day, Erdoğan was received by President Abdul Latif Rashid.',
    '2024-04-22',
  );
  const rashid = later.engagements.find((e) => e.participants.some((p) => p.name === 'Abdul Latif Rashid'));
  assert.ok(rashid && !rashid.participants.some((p) => p.name === 'Hakan Fidan'), JSON.stringify(rashid?.participants.map((p) => p.name)));
});

test('signatories "in the presence of the two leaders" and an army chief who "took part in the talks" sit in on the leaders\' talks', () => {
  const r = run(
    'Egyptian President Abdel Fattah al-Sisi held talks with Greek Prime Minister Kyriakos Mitsotakis in Cairo on Tuesday. Egypt\'s Chief of Staff of the Armed Forces, Lt. Gen. Ahmed Khalifa, also took part in the talks. Among the texts signed in the presence of the two leaders was a maritime accord signed by Egyptian Foreign Minister Badr Abdelatty and his Greek counterpart George Gerapetritis.',
    '2025-05-14',
  );
  const reported = r.engagements.filter((e) => e.status === 'reported');
  assert.equal(reported.length, 1, pairs(r).join('; '));
  const names = reported[0].participants.map((p) => p.name);
  for (const n of ['Abdel Fattah el-Sisi', 'Kyriakos Mitsotakis', 'Ahmed Khalifa', 'Badr Abdelatty', 'Giorgos Gerapetritis']) assert.ok(names.includes(n), names.join(', '));
  // Without the leaders looking on, two ministers signing is their own exchange.
  const alone = run('The maritime accord was signed by Egyptian Foreign Minister Badr Abdelatty and his Greek counterpart George Gerapetritis in Athens on Monday.', '2025-05-14');
  assert.equal(alone.engagements.length, 1, pairs(alone).join('; '));
});

test('"to Indonesia, where he and President X held ..." is a visit to Indonesia; a visit of years ago is not to today\'s holder', () => {
  const r = run(
    'The tour took the Turkish president to Indonesia, where he and President Prabowo Subianto held the first meeting of the joint council in Bogor on Wednesday. Erdoğan\'s last visit to Pakistan was in February 2020. He held talks with Prime Minister Shehbaz Sharif in Islamabad on Thursday.',
    '2025-02-13',
  );
  const prabowo = r.engagements.find((e) => e.participants.some((p) => p.name === 'Prabowo Subianto'));
  assert.equal(prabowo?.kind, 'visit');
  assert.equal(prabowo?.host, 'IDN');
  const earlier = r.engagements.find((e) => e.date_range?.earliest === '2020-02-01');
  assert.ok(earlier, JSON.stringify(r.engagements.map((e) => [e.kind, e.status, e.date_range])));
  assert.ok(!earlier.participants.some((p) => p.name === 'Shehbaz Sharif'), earlier.participants.map((p) => p.name).join(', '));
});

test('a visit "made at X\'s invitation", or "his Moscow visit", places the talks told with it in that state', () => {
  const invited = run("Colombian President Gustavo Petro and President Luis Abinader held talks on Friday, the second day of a state visit that Petro made at Abinader's invitation.", '2024-05-11');
  assert.deepEqual(invited.engagements.map((e) => [e.kind, e.host]), [['visit', 'DOM']]);
  const named = run('On the last day of his Moscow visit, Indian Prime Minister Narendra Modi held talks with President Vladimir Putin.', '2024-07-10');
  assert.deepEqual(named.engagements.map((e) => [e.kind, e.host]), [['visit', 'RUS']]);
});

test('"the two presidents" are the presidents, not the last two named; an exchange in an opening "While" clause has no party past its comma', () => {
  const r = run(
    'President Gustavo Petro was received on Monday at the Palacio de Carondelet by President Guillermo Lasso. Petro had landed in Quito on Sunday evening, where he was met by Ecuadorian Foreign Minister Juan Carlos Holguín. At the palace the two presidents held a private meeting. While the presidents met, Colombian Foreign Minister Álvaro Leyva held talks with Holguín.',
    '2022-11-01',
  );
  const reported = r.engagements.filter((e) => e.status === 'reported').map((e) => e.participants.map((p) => p.name).sort().join(' + '));
  assert.deepEqual(reported.sort(), ['Guillermo Lasso + Gustavo Petro', 'Juan Carlos Holguín + Álvaro Leyva']);
});

test('"held talks today at the Kremlin Palace in Moscow with X" reaches X past the place; "the two delegations, which included A on the Russian side and B on the Vietnamese side" sit in', () => {
  const r = run(
    'Vladimir Putin held talks today at the Grand Kremlin Palace in Moscow with General Secretary of the Communist Party of Vietnam To Lam. The talks continued with the participation of the two delegations, which included Foreign Minister Sergei Lavrov and Deputy Prime Minister Dmitry Chernyshenko on the Russian side and Deputy Prime Minister Bui Thanh Son on the Vietnamese side.',
    '2025-05-10',
  );
  const reported = r.engagements.filter((e) => e.status === 'reported');
  assert.equal(reported.length, 1, pairs(r).join('; '));
  const people = reported[0].participants.map((p) => `${p.name}/${p.affiliation}`);
  for (const who of ['Vladimir Putin/RUS', 'To Lam/VNM', 'Sergey Lavrov/RUS', 'Dmitry Chernyshenko/RUS', 'Bui Thanh Son/VNM']) assert.ok(people.includes(who), people.join(', '));
});

test('an analysis told from "last week": "Hours later" is the day given last, "the two ministers" are people, "flanked by" sits in', () => {
  const r = run(
    'The framework that Armenia and Azerbaijan initialled in Washington last week was months in the making. Secretary of State Marco Rubio hosted the ceremony on Friday, at which Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov put their initials to what the text calls a framework. At the ceremony Mirzoyan spoke of a new page, while Bayramov said much work remained. Hours later, President Donald Trump received the two ministers in the Oval Office, flanked by Vice President JD Vance.',
    '2025-08-13',
  );
  const oval = r.engagements.find((e) => e.participants.some((p) => p.name === 'Donald Trump'));
  assert.ok(oval, pairs(r).join('; '));
  assert.equal(oval.status, 'reported');
  assert.equal(oval.date, '2025-08-08');
  assert.deepEqual(oval.participants.map((p) => p.name).sort(), ['Ararat Mirzoyan', 'Donald Trump', 'JD Vance', 'Jeyhun Bayramov']);
  assert.ok(!r.engagements.some((e) => e.kind === 'phone_call'), JSON.stringify(r.engagements.map((e) => [e.kind, e.status])));
});

test('"have not met since March, when ..." is a spell without exchanges, not one called off', () => {
  const r = run('President Félix Tshisekedi and President Paul Kagame have not met since March, when the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, hosted them in Doha.', '2025-07-02');
  assert.ok(!r.engagements.some((e) => e.status === 'denied'), JSON.stringify(r.engagements.map((e) => [e.kind, e.status, e.participants.map((p) => p.name)])));
});

test('delegation members told in their own sentence sit in on the exchange in hand, and the "the talks" of that sentence is no exchange of its own', () => {
  const names = (r: ReturnType<typeof run>) => r.engagements.filter((e) => e.status === 'reported').map((e) => e.participants.map((p) => p.name).sort().join(' + '));
  const accompanied = run('President Cyril Ramaphosa held talks with President Bola Tinubu in Abuja on Tuesday. Foreign Minister Ronald Lamola and Trade Minister Parks Tau accompanied Ramaphosa on the visit.', '2025-06-04');
  assert.deepEqual(names(accompanied), ['Bola Ahmed Tinubu + Cyril Ramaphosa + Parks Tau + Ronald Lamola']);
  const joined = run('Prime Minister Anthony Albanese met President Xi Jinping at the Great Hall of the People on Monday. Foreign Minister Penny Wong and Trade Minister Don Farrell were among the ministers who joined the Prime Minister in the talks.', '2023-11-07');
  assert.deepEqual(names(joined), ['Anthony Albanese + Don Farrell + Penny Wong + Xi Jinping']);
  const partOf = run('The Prime Minister, Shri Narendra Modi, held talks with President Mohamed Muizzu in Malé today. National Security Adviser Shri Ajit Doval was part of the Prime Minister\'s delegation in the talks.', '2025-07-25');
  assert.deepEqual(names(partOf), ['Ajit Doval + Mohamed Muizzu + Narendra Modi']);
  const table = run('President Joe Biden met President Luiz Inácio Lula da Silva at the White House today. After a private conversation, the two leaders moved to an expanded session in which Foreign Minister Mauro Vieira joined President Lula at the table.', '2023-02-10');
  assert.deepEqual(names(table), ['Joe Biden + Luiz Inácio Lula da Silva + Mauro Vieira']);
});

test('"hours after X landed for a visit that had been called off twice" is the news; "has postponed a state visit" is denied; "No president has made a visit since 1995" is nobody\'s; "the two presidents" are presidents', () => {
  const arrival = run(
    'President Emmanuel Macron and President Prabowo Subianto signed a defence partnership on Wednesday evening, hours after Macron landed in Jakarta for a visit that had been called off twice this year. Macron flew in from Hanoi, where he had held talks with Prime Minister Pham Minh Chinh on Monday. There Prabowo welcomed him at the palace before the two presidents met behind closed doors.',
    '2025-05-29',
  );
  const reported = arrival.engagements.filter((e) => e.status === 'reported').map((e) => e.participants.map((p) => p.name).sort().join(' + '));
  assert.deepEqual(reported, ['Emmanuel Macron + Prabowo Subianto'], JSON.stringify(arrival.engagements.map((e) => [e.status, e.kind, e.participants.map((p) => p.name)])));
  const postponed = run('President Dilma Rousseff has postponed a state visit to Washington. No Brazilian president has made a full state visit to Washington since 1995.', '2013-09-18');
  assert.deepEqual(postponed.engagements.map((e) => e.status), ['denied']);
});

test('a leg told in the present with "then", or a purpose after "Today he travels to", is still ahead', () => {
  const statuses = (text: string) => run(`German President Frank-Walter Steinmeier held talks with President Samia Suluhu Hassan in Dar es Salaam on Tuesday. ${text}`, '2023-11-01').engagements.map((e) => `${e.status} ${e.kind} ${e.participants.map((p) => p.name).join(' + ')}`);
  assert.deepEqual(statuses('He then flies to Zambia for a state visit, during which he is due to hold talks with President Hakainde Hichilema.').slice(1), ['planned visit Frank-Walter Steinmeier + Hakainde Hichilema']);
  assert.deepEqual(statuses('Today he travels to Monaco for a meeting with Prince Albert II.').slice(1), ['planned visit Frank-Walter Steinmeier + Albert II']);
});

test('"when X visited Belarus earlier this month and held talks with Y": the talks joined by "and" share the visit\'s day and standing', () => {
  const r = run('Vladimir Putin held talks with Alexander Lukashenko in Sochi today. Trade was also discussed in Minsk earlier this month, when Prime Minister Mikhail Mishustin visited Belarus and held talks with Alexander Lukashenko.', '2020-09-14');
  const mishustin = r.engagements.filter((e) => e.participants.some((p) => p.name === 'Mikhail Mishustin'));
  assert.deepEqual(mishustin.map((e) => [e.status, e.kind, e.host]), [['background', 'visit', 'BLR']]);
});

test('a welcome at the airport the evening before the talks is the arrival of the visit in hand, behind the news', () => {
  const r = run(
    'Secretary of State Antony Blinken met today in Luanda with President João Lourenço. The Secretary arrived in Luanda on Wednesday evening. Foreign Minister Téte António welcomed the Secretary at the airport on his arrival.',
    '2024-01-25',
  );
  assert.deepEqual(r.engagements.map((e) => [e.status, e.participants.map((p) => p.name).sort().join(' + ')]), [
    ['reported', 'Antony Blinken + João Lourenço'],
    ['background', 'Antony Blinken + Téte António'],
  ]);
});

test('"met X on Wednesday, a day after holding talks with Y": the talks are the day before', () => {
  const r = run('BEIJING, Aug 29 (Wire) - President Mohamed Morsi met Vice President Xi Jinping in Beijing on Wednesday, a day after holding official talks with President Hu Jintao.', '2012-08-29');
  const hu = r.engagements.find((e) => e.participants.some((p) => p.name === 'Hu Jintao'));
  assert.equal(hu?.date, '2012-08-28');
  assert.equal(r.engagements.find((e) => e.participants.some((p) => p.name === 'Xi Jinping'))?.date, '2012-08-29');
});

test('a span of days wholly past, told below the lead ("when the two met at the summit on Sept. 5-6"), is background like a day would be', () => {
  const r = run(
    'BRASILIA, Sept 17 (Wire) - President Dilma Rousseff has postponed a state visit to Washington, her office said on Tuesday. Rousseff raised the spying allegations directly with President Barack Obama when the two met on the sidelines of the Group of 20 summit in St. Petersburg on Sept. 5-6.',
    '2013-09-17',
  );
  const met = r.engagements.find((e) => e.kind === 'meeting');
  assert.equal(met?.status, 'background', JSON.stringify(r.engagements.map((e) => [e.kind, e.status, e.date_range])));
});

test('a word that looks ahead in a clause set off before the verb ("who is paying a visit at Rama\'s invitation, was welcomed") does not make the welcome a plan', () => {
  const r = run("Turkish President Recep Tayyip Erdoğan, who is paying an official visit to Albania at Rama's invitation, was welcomed by the Albanian premier, Edi Rama, at the airport.", '2022-01-17');
  assert.deepEqual(r.engagements.map((e) => e.status), ['reported']);
});

test('"The Prime Minister and President X" are two leaders; "A, Chairman of ..., and B, head of ..." lists both; "also took part." at a sentence\'s end seats those before it', () => {
  const r = run(
    'Prime Minister\'s Office, 10 Downing Street\n\nThe Prime Minister and President Emmanuel Macron of France today visited Kyiv together. In Kyiv they held talks with Volodymyr Zelensky, President of Ukraine, and Denys Shmyhal, head of the Cabinet of Ministers. The Foreign Secretary, James Cleverly, and the French Foreign Minister, Catherine Colonna, also took part.',
    '2023-05-10',
  );
  const reported = r.engagements.filter((e) => e.status === 'reported');
  assert.equal(reported.length, 1, pairs(r).join('; '));
  const names = reported[0].participants.map((p) => p.name);
  for (const n of ['Rishi Sunak', 'Emmanuel Macron', 'Volodymyr Zelenskyy', 'Denys Shmyhal', 'James Cleverly', 'Catherine Colonna']) assert.ok(names.includes(n), names.join(', '));
});

test('a trip under way whose talks are still ahead is no visit to the counterpart yet; "were present at the above events" seats those named', () => {
  const trip = run('Chief Adviser Muhammad Yunus flew to China on Wednesday and is scheduled to hold talks with President Xi Jinping in Beijing on Friday.', '2025-03-27');
  assert.deepEqual(trip.engagements.filter((e) => e.participants.some((p) => p.name === 'Xi Jinping')).map((e) => e.status), ['planned']);
  const readout = run('On October 25, 2023, President Xi Jinping held talks at the Great Hall of the People with President Gustavo Petro of Colombia, who is on a state visit to China. Cai Qi, Wang Yi and other officials were present at the above events.', '2023-10-25');
  assert.deepEqual(readout.engagements.map((e) => e.participants.map((p) => p.name).sort().join(' + ')), ['Cai Qi + Gustavo Petro + Wang Yi + Xi Jinping']);
});

test('a minister who "also took part in the discussion" sits in on the talks in hand', () => {
  const r = run(
    'Secretary of State Antony Blinken met today with President Mohamed Bazoum in Niamey. Nigerien Foreign Minister Hassoumi Massoudou also took part in the discussion.',
    '2023-03-16',
  );
  const reported = r.engagements.filter((e) => e.status === 'reported');
  assert.equal(reported.length, 1, pairs(r).join('; '));
  const names = reported[0].participants.map((p) => p.name);
  assert.ok(names.some((n) => /Massa?oudou/.test(n ?? '')), names.join(', '));
});

test('"is to pay a visit" is planned; two presidents who "met in Kharkov" held a visit there', () => {
  const r = run(
    'Vladimir Putin and President of Belarus Alexander Lukashenko met in Vitebsk for talks on the Union State. Vladimir Putin is to pay a visit to Belarus again in June.',
    '2019-06-27',
  );
  const statuses = r.engagements.map((e) => `${e.kind}:${e.status}`);
  assert.ok(statuses.includes('visit:planned'), pairs(r).join('; '));
  assert.ok(!r.engagements.some((e) => e.status === 'background'), pairs(r).join('; '));
  const place = run('Dmitry Medvedev and President of Ukraine Viktor Yanukovych met in Kharkov for talks on gas prices.', '2010-04-21');
  assert.equal(place.engagements[0]?.kind, 'visit', pairs(place).join('; '));
  assert.equal(place.engagements[0]?.host, 'UKR');
});

test('"the State visit of X to <capital>" is X\'s visit to that state; a date after "since" and a verb is that verb\'s', () => {
  const r = run(
    'President Recep Tayyip Erdogan held talks with President Ilham Aliyev in Baku today. The visit builds on the State visit of President Ilham Aliyev to Ankara in March 2017, and on the visit of the Turkish Foreign Minister to Baku in May this year.',
    '2018-07-10',
  );
  const toAnkara = r.engagements.find((e) => e.status === 'background' && e.host === 'TUR');
  assert.ok(toAnkara?.participants.some((p) => p.name === 'Ilham Aliyev'), pairs(r).join('; '));
  const since = run(
    'Foreign Minister Yoko Kamikawa held talks with Foreign Minister Batmunkh Battsetseg in Ulaanbaatar today. Battsetseg welcomed Kamikawa as the first foreign minister of a G7 state to visit Mongolia since the new cabinet took office in July.',
    '2023-10-05',
  );
  assert.ok(!since.engagements.some((e) => e.status === 'background'), pairs(since).join('; '));
});

test('those who attended, listed with semicolons and their offices after commas, sit in; a lineage written out further than the registry has it is the same person', () => {
  const r = run(
    'King Salman bin Abdulaziz Al Saud held talks at Al-Yamamah Palace in Riyadh today with President Xi Jinping of China. The talks were attended by His Royal Highness Prince Abdulaziz bin Salman bin Abdulaziz, Minister of Energy; His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs; and His Excellency Majid bin Abdullah Al-Qasabi, Minister of Commerce.',
    '2022-12-08',
  );
  const reported = r.engagements.filter((e) => e.status === 'reported');
  assert.equal(reported.length, 1, pairs(r).join('; '));
  const names = reported[0].participants.map((p) => p.name ?? '');
  assert.ok(names.includes('Faisal bin Farhan Al Saud'), names.join(', '));
  assert.ok(names.some((n) => n.startsWith('Abdulaziz bin Salman')), names.join(', '));
  assert.ok(names.some((n) => n.includes('Qasabi')), names.join(', '));
});

test('talks with the Pope "at the Vatican" are a visit to the Holy See', () => {
  const r = run('President Emmanuel Macron met Pope Francis at the Vatican on Monday, their fourth meeting.', '2022-10-24');
  assert.equal(r.engagements[0]?.kind, 'visit', pairs(r).join('; '));
  assert.equal(r.engagements[0]?.host, 'VAT');
});

test('"called off what would have been his first meeting with X ..., and held talks with Y instead": X denied, Y met by the one who called off', () => {
  const r = run(
    'President Joe Biden called off what would have been his first meeting with Prime Minister Anthony Albanese in Sydney after the debt talks in Washington stalled, and held talks with Prime Minister Fumio Kishida in Hiroshima on Saturday instead.',
    '2023-05-20',
  );
  const denied = r.engagements.find((e) => e.status === 'denied');
  assert.ok(denied?.participants.some((p) => p.name === 'Anthony Albanese'), pairs(r).join('; '));
  const reported = r.engagements.filter((e) => e.status === 'reported');
  assert.equal(reported.length, 1, pairs(r).join('; '));
  assert.deepEqual(reported[0].participants.map((p) => p.name).sort(), ['Fumio Kishida', 'Joe Biden']);
});

test('"earlier in the day" is the day of the news, not of an arrival told in a relative clause; "last evening" is the day before publication', () => {
  const r = run(
    'President Ferdinand Marcos Jr. and Prime Minister Anthony Albanese held talks at Parliament House in Canberra yesterday. The President, who arrived in the Australian capital on Wednesday on a three-day state visit, is accompanied by Foreign Secretary Enrique Manalo. Earlier in the day Foreign Minister Penny Wong called on the President. Last evening, Governor-General David Hurley hosted a state dinner in honour of the visiting President.',
    '2024-03-01',
  );
  const wong = r.engagements.find((e) => e.participants.some((p) => p.name === 'Penny Wong'));
  assert.equal(wong?.date, '2024-02-29', pairs(r).join('; '));
  const dinner = r.engagements.find((e) => e.participants.some((p) => /Hurley/.test(p.name ?? '')));
  assert.equal(dinner?.date, '2024-02-29', pairs(r).join('; '));
});

test('"met Mali\'s transitional leader, General X" and "talks with Niger\'s military ruler, General Y" are with the leaders, not their states', () => {
  const r = run(
    "President Bassirou Diomaye Faye yesterday held talks with Niger's military ruler, General Abdourahamane Tiani, in Niamey. On Saturday in Bamako, the President met Mali's transitional leader, General Assimi Goïta.",
    '2024-05-31',
  );
  const names = r.engagements.map((e) => e.participants.map((p) => p.name).sort().join(' + '));
  assert.ok(names.some((n) => n.includes('Abdourahamane Tiani') && n.includes('Faye')), names.join('; '));
  assert.ok(names.some((n) => n.includes('Assimi Goïta') && n.includes('Faye')), names.join('; '));
});

test('"attended by A and by B" seats both; a greeting on arrival the day before the talks is background; talks on the day after the arrival keep their own day', () => {
  const lunch = run('King Charles III held a private meeting with President Michael D. Higgins in Dublin today before a lunch attended by Taoiseach Leo Varadkar and by the British Foreign Secretary, James Cleverly.', '2023-04-05');
  const names = lunch.engagements.filter((e) => e.status === 'reported').flatMap((e) => e.participants.map((p) => p.name));
  assert.ok(names.includes('James Cleverly') && names.includes('Leo Varadkar'), pairs(lunch).join('; '));
  const greeted = run('President Lula held talks with President Xi Jinping in Beijing on Friday. Lula arrived in Beijing late on Wednesday and was greeted by Vice President Han Zheng.', '2023-04-14');
  assert.deepEqual(pairs(greeted), ['visit: Luiz Inácio Lula da Silva + Xi Jinping'].map((p) => p), pairs(greeted).join('; '));
  const arrived = run('President Lula arrived in Tehran on Saturday night and on Sunday held talks with President Mahmoud Ahmadinejad.', '2010-05-17');
  assert.equal(arrived.engagements.find((e) => e.status === 'reported')?.date, '2010-05-16', pairs(arrived).join('; '));
});

test('"the visit of the minister to Berlin, during which she called on X": "she" is the visitor, and those talks are that visit\'s, not the earlier state visit\'s', () => {
  const r = run(
    'President Emmanuel Macron held talks with Chancellor Olaf Scholz in Berlin today. The President is accompanied by Foreign Minister Catherine Colonna. The visit builds on the State visit of Chancellor Olaf Scholz to Paris in January 2023, and on the visit of the French Foreign Minister to Berlin in May this year, during which she called on Chancellor Olaf Scholz.',
    '2023-07-10',
  );
  assert.deepEqual(pairs(r, 'background').sort(), ['visit: Catherine Colonna + Olaf Scholz', 'visit: Emmanuel Macron + Olaf Scholz']);
});

test('"met in the Polish capital" is a meeting in Warsaw, so a visit Poland hosted', () => {
  const r = run('Prime Minister Rishi Sunak met Chancellor Olaf Scholz in London today. The two leaders had last met in the German capital on 10 February.', '2023-04-27');
  const earlier = r.engagements.find((e) => e.status === 'background');
  assert.equal(earlier?.kind, 'visit', pairs(r, 'background').join('; '));
  assert.equal(earlier?.host, 'DEU');
  assert.equal(earlier?.location, 'Berlin');
});

test('"was welcomed with military honours by President X": the manner after "with" does not hide the party after "by"', () => {
  const r = run('Chancellor Olaf Scholz travelled on Monday to Senegal, where he was welcomed with military honours by President Macky Sall at the airport in Dakar.', '2022-05-23');
  assert.deepEqual(pairs(r), ['visit: Macky Sall + Olaf Scholz']);
});

test('"X made his first visit to Poland yesterday, and was welcomed by Y": the helping verb after "and" shares the main clause\'s subject, one visit', () => {
  const r = run("WARSAW - Chancellor Friedrich Merz made his first visit to Poland since Germany's election yesterday, and was welcomed by Prime Minister Donald Tusk at the Chancellery.", '2025-05-08');
  assert.deepEqual(pairs(r), ['visit: Donald Tusk + Friedrich Merz']);
});
