// Groups the mentions of a sentence into references to people: a title with its name
// ("his Turkish counterpart, Hakan Fidan"), a name with an appositive title ("Ismail Haniyeh, the
// head of the political office of Hamas") or party ("Ismail Haniyeh of Hamas"), or a bare name,
// title, pronoun or party acting as a whole.
import type { Mention, PartyMention, PersonNameMention, PronounMention, RecognisedSentence, TitleMention } from '../types.js';
import { BODY_JOINERS } from '../recognise/names.js';

const FRONTED = new Set(['following', 'after', 'during', 'before', 'in', 'at', 'on', 'upon', 'with']);

/**
 * "Following the meeting with the Egyptian President, Araghchi held talks": in a sentence that
 * opens on a fronted phrase, a name followed by a verb is its subject, not an appositive of the
 * title before the comma.
 */
function subjectAfterFronted(tokens: RecognisedSentence['sentence']['tokens'], nameLast: number): boolean {
  return FRONTED.has(tokens[0]?.lower ?? '') && ['VERB', 'AUX'].includes(tokens[nameLast + 1]?.pos ?? '');
}

/**
 * Whether tokens a..b name an office's body ("House of Representatives", "of the Office of the
 * Central Foreign Affairs Commission"): capitalised words and joiners, opening on a capital (or on
 * "of" where `fromOf`), with a capital last. Empty spans are no body.
 */
function bodyBetween(tokens: RecognisedSentence['sentence']['tokens'], a: number, b: number, fromOf = false): boolean {
  if (b < a || b - a > 12) return false;
  const capital = (k: number): boolean => /^\p{Lu}/u.test(tokens[k].text);
  if (!(capital(a) || (fromOf && tokens[a].lower === 'of')) || !capital(b)) return false;
  for (let k = a; k <= b; k++) if (!capital(k) && !BODY_JOINERS.has(tokens[k].lower)) return false;
  return true;
}

export interface DraftReference {
  sentence: number;
  first: number;
  last: number;
  start: number;
  end: number;
  name: PersonNameMention | null;
  title: TitleMention | null;
  /** Party named by "of Hamas" or a possessive before a bare name. */
  party: PartyMention | null;
  pronoun: PronounMention | null;
  /** A state or organisation acting as a whole ("Iran and Turkey agreed"). */
  collective: PartyMention | null;
  /** The first token of a plural title that names several people at once ("his French and German
   * counterparts, Stéphane Séjourné and Annalena Baerbock"), shared by their references. */
  phrase: number | null;
}

export function draftReferences(recognised: RecognisedSentence): DraftReference[] {
  const { sentence, mentions } = recognised;
  const tokens = sentence.tokens;
  const names = mentions.filter((m): m is PersonNameMention => m.type === 'name');
  const titles = mentions.filter((m): m is TitleMention => m.type === 'title');
  const parties = mentions.filter((m): m is PartyMention => m.type === 'party');
  const pronouns = mentions.filter((m): m is PronounMention => m.type === 'pronoun');
  const out: DraftReference[] = [];
  const usedTitles = new Set<TitleMention>();
  const usedParties = new Set<PartyMention>();

  const within = (m: Mention, outer: { first: number; last: number }): boolean => m.first >= outer.first && m.last <= outer.last;

  // "his French and German counterparts, Stéphane Séjourné and Annalena Baerbock": the names take
  // the title in order, one state each.
  const listed = new Map<PersonNameMention, TitleMention>();
  for (const t of titles) {
    if (!t.plural || t.affiliations.length < 2 || tokens[t.last + 1]?.text !== ',') continue;
    const list: PersonNameMention[] = [];
    let at = t.last + 2;
    for (const n of names.filter((x) => x.first >= at).sort((a, b) => a.first - b.first)) {
      if (n.first !== at) break;
      list.push(n);
      at = n.last + 1;
      if (tokens[at]?.text === ',') at++;
      if (tokens[at]?.lower === 'and') at++;
    }
    if (list.length !== t.affiliations.length) continue;
    list.forEach((n, k) => listed.set(n, { ...t, plural: false, affiliations: [t.affiliations[k]] }));
    usedTitles.add(t);
  }

  // "her United States counterparts, Secretary of State Mike Pompeo and Secretary of Defense Mark
  // Esper": the people one state's plural title stands for, each with a title of their own.
  const sharedPhrase = new Map<PersonNameMention, TitleMention>();
  for (const t of titles) {
    // (Or right after it: "had met his counterparts Mike Pompeo, Toshimitsu Motegi and Marise Payne".)
    const comma = tokens[t.last + 1]?.text === ',';
    if (!t.plural || t.affiliations.length > 1 || usedTitles.has(t) || (!comma && !names.some((n) => n.first === t.last + 1))) continue;
    const list: PersonNameMention[] = [];
    let at = comma ? t.last + 2 : t.last + 1;
    for (;;) {
      const own = titles.find((x) => x.first === at && !x.plural);
      const n = names.find((x) => x.first === (own ? own.last + 1 : at));
      if (!n) break;
      list.push(n);
      at = n.last + 1;
      if (tokens[at]?.text === ',') at++;
      if (tokens[at]?.lower === 'and') at++;
    }
    if (list.length < 2) continue;
    for (const n of list) sharedPhrase.set(n, t);
    usedTitles.add(t);
  }

  for (const name of names) {
    const ref = blank(sentence.index, name.first, name.last, name.start, name.end);
    ref.name = name;
    const shared = listed.get(name);
    if (shared) {
      ref.title = shared;
      ref.phrase = shared.first;
      out.push(ref);
      continue;
    }
    // Title before the name: directly, or with a comma between ("his counterpart, Hakan Fidan").
    const fronted = subjectAfterFronted(tokens, name.last);
    const before =
      titles.find((t) => !usedTitles.has(t) && !t.plural && (t.last === name.first - 1 || (t.last === name.first - 2 && tokens[name.first - 1].text === ',' && !fronted))) ??
      // ("Speaker of the US House of Representatives Nancy Pelosi": the title's body between.)
      titles.find((t) => !usedTitles.has(t) && !t.plural && t.last < name.first - 1 && bodyBetween(tokens, t.last + 1, name.first - 1));
    if (before) {
      ref.title = before;
      usedTitles.add(before);
      extend(ref, before);
      // "Director of the Office of the Central Foreign Affairs Commission and Foreign Minister Wang
      // Yi": an office and its body joined by "and" to the title of the name are one person's.
      for (let head = before; ; ) {
        const joined = titles.find((t) => !usedTitles.has(t) && !t.plural && t.last < head.first - 1 && tokens[head.first - 1].lower === 'and' && bodyBetween(tokens, t.last + 1, head.first - 2, true));
        if (!joined) break;
        usedTitles.add(joined);
        extend(ref, joined);
        head = joined;
      }
    }
    // Appositive title after: "Name, the secretary general of X,".
    const after = titles.find(
      (t) =>
        !usedTitles.has(t) &&
        !t.plural &&
        // ("Sunak, German Chancellor Olaf Scholz": a title with its own name after it is that name's.)
        !names.some((n) => n.first === t.last + 1) &&
        tokens[name.last + 1]?.text === ',' &&
        t.first === name.last + 2 &&
        // ("Steve Witkoff, the US President's special envoy": a possessor's title is not the name's.)
        !["'s", '’s'].includes(tokens[t.last + 1]?.lower ?? '') &&
        (['the', 'a', 'an'].includes(t.determiner ?? '') ||
          (t.determiner === null && (t.affiliations.length === 1 || [',', 'of', 'and'].includes(tokens[t.last + 1]?.lower ?? '')))),
    );
    if (after && !ref.title) {
      ref.title = after;
      usedTitles.add(after);
      extend(ref, after);
      // "Denis Manturov, Deputy Prime Minister and Minister of Industry and Trade of the Russian
      // Federation": the state a compound appositive title ends with is the person's.
      if (after.affiliations.length === 0) {
        const state = appositiveState(tokens, parties, after.last + 1);
        if (state) {
          ref.party = state;
          usedParties.add(state);
        }
      }
      // "Prince X, Crown Prince, Deputy Prime Minister and Minister of Defense, received": the
      // further offices of the chain are the same person's, unless one runs into a name of its own.
      for (let last = after.last; ; ) {
        const at = tokens[last + 1]?.text === ',' ? last + 2 : -1;
        const more = titles.find((t) => t.first === at && !usedTitles.has(t) && !t.plural && t.determiner === null && !names.some((n) => n.first === t.last + 1));
        if (!more) break;
        usedTitles.add(more);
        extend(ref, more);
        last = more.last;
      }
    }
    // "Name of Hamas".
    if (tokens[name.last + 1]?.lower === 'of') {
      const party = parties.find((p) => p.first === name.last + 2 || (p.first === name.last + 3 && tokens[name.last + 2].lower === 'the'));
      if (party) {
        ref.party = party;
        usedParties.add(party);
        extend(ref, party);
      }
    }
    // "Iran's Amir-Abdollahian", "Kuwait's Sheikh Ahmad".
    const possessor = parties.find((p) => p.last === name.first - 1 && (p.form === 'possessive' || p.form === 'adjective'));
    if (possessor && !ref.title) {
      ref.party = ref.party ?? possessor;
      usedParties.add(possessor);
      extend(ref, possessor);
    }
    const plural = sharedPhrase.get(name);
    if (plural) {
      ref.phrase = plural.first;
      if (!ref.title) ref.title = { ...plural, plural: false };
      else if (ref.title.affiliations.length === 0 && plural.affiliations.length === 1) ref.title = { ...ref.title, affiliations: plural.affiliations };
    }
    out.push(ref);
  }
  const triggerStarts = new Set(mentions.filter((m) => m.type === 'trigger').map((m) => m.first));
  for (const t of titles) {
    if (usedTitles.has(t)) continue;
    // "a Japan-China Foreign Ministers' Meeting": the title names the kind of meeting, not its parties.
    const namesMeeting = (at: number): boolean => triggerStarts.has(at) && (/^\p{Lu}/u.test(tokens[at].text) || tokens[at].pos === 'NOUN');
    if (t.plural && (namesMeeting(t.last + 1) || (/^['’]$/.test(tokens[t.last + 1]?.text ?? '') && namesMeeting(t.last + 2)))) continue;
    // "India's Special Representative, National Security Advisor Ajit Doval": a title set before
    // a titled name by a comma is that person's, and says whose they are.
    const next = tokens[t.last + 1]?.text === ',' ? out.find((r) => r.name && r.first === t.last + 2 && !subjectAfterFronted(tokens, r.last)) : undefined;
    if (next && !t.plural) {
      if (next.title && next.title.affiliations.length === 0 && t.affiliations.length === 1) next.title = { ...next.title, affiliations: t.affiliations };
      else if (!next.title) next.title = t;
      extend(next, t);
      continue;
    }
    const ref = blank(sentence.index, t.first, t.last, t.start, t.end);
    ref.title = t;
    out.push(ref);
  }
  for (const p of pronouns) {
    // "his" and "her" are determiners of other things ("his condolences", "his Egyptian counterpart").
    if (p.pronoun === 'his' || p.pronoun === 'her') continue;
    if (out.some((r) => within(p, r))) continue;
    const ref = blank(sentence.index, p.first, p.last, p.start, p.end);
    ref.pronoun = p;
    out.push(ref);
  }
  for (const p of parties) {
    if (usedParties.has(p) || p.form === 'adjective') continue;
    // "Japan-China talks", "US-China relations": a modifier, not a party acting.
    const next = tokens[p.last + 1];
    if (next && next.text === '-' && !next.spaceBefore) continue;
    // ... and the last state of such a chain ("the Japan-China-ROK Summit").
    const previous = tokens[p.first - 1];
    if (previous && previous.text === '-' && !tokens[p.first].spaceBefore && !previous.spaceBefore) continue;
    if (out.some((r) => within(p, r)) || titles.some((t) => within(p, t))) continue;
    // "African Union Commission Chairperson Nkosazana Dlamini Zuma": a body's name running into
    // the title that follows it is whose the title is.
    const overlapping = out.find((r) => r.first > p.first && r.first <= p.last && r.title);
    if (overlapping) {
      extend(overlapping, p);
      continue;
    }
    const ref = blank(sentence.index, p.first, p.last, p.start, p.end);
    ref.collective = p;
    out.push(ref);
  }
  out.sort((a, b) => a.first - b.first);
  return out;
}

/** The first "of (the) <party>" of a title phrase, before the phrase ends at a comma or stop. */
function appositiveState(tokens: RecognisedSentence['sentence']['tokens'], parties: PartyMention[], from: number): PartyMention | null {
  for (let k = from; k < Math.min(tokens.length, from + 14); k++) {
    const w = tokens[k].text;
    if (w === ',' || w === ';' || w === '.' || w === '(') return null;
    if (tokens[k].lower !== 'of') continue;
    const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const party = parties.find((p) => p.first === at && p.form !== 'adjective');
    if (party) return party;
  }
  return null;
}

function blank(sentence: number, first: number, last: number, start: number, end: number): DraftReference {
  return { sentence, first, last, start, end, name: null, title: null, party: null, pronoun: null, collective: null, phrase: null };
}

function extend(ref: DraftReference, m: { first: number; last: number; start: number; end: number }): void {
  if (m.first < ref.first) {
    ref.first = m.first;
    ref.start = m.start;
  }
  if (m.last > ref.last) {
    ref.last = m.last;
    ref.end = m.end;
  }
}
