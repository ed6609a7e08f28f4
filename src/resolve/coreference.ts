// Within-document coreference: every reference becomes one or more entities. Names match earlier
// names by spelling-tolerant keys, then the registry; titles match the person already holding that
// office in the story, then the registry's office-holder on the publication day; "he" is the
// latest subject; "the two sides" is left to the extract stage, which knows the exchange in hand.
import type { ActorReference, Entity, Office, RecognisedSentence, RegistryPerson, ResolvedSentence, Token } from '../types.js';
import { normaliseQuotes } from '../lexicon/phrases.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { fitsWithin, nameKey, nameParts, partKey, stripAccents, SUFFIXES, type NameKey } from './name-key.js';
import type { Registry } from './registry.js';
import { draftReferences, type DraftReference } from './references.js';
import { OBJECT_PREPOSITIONS } from '../lexicon/grammar.js';

export interface ResolveContext {
  registry: Registry;
  lexicon: Lexicon;
  published: string | null;
  /**
   * The state the report is written from (its dateline or the seat of government in its head):
   * whose "Prime Minister" an unqualified title means.
   */
  homeState?: string | null;
  /** The state the outlet speaks for ("Prime Minister's Office, 10 Downing Street"). */
  outletState?: string | null;
  /** The person a heading names as speaking ("Remarks by President Moon Jae-in"): who "I" is. */
  speaker?: Entity | null;
}

interface EntityState extends Entity {
  keys: NameKey[];
  /** Family names as written, lower-cased, for one-word repeats ("Muttaqi"). */
  parts: Set<string>;
  /**
   * Skeletons of the first parts of names written in this text, honorifics aside, for repeats by
   * the first part: family-name-first names ("Wang" for "Wang Yi") and Arab given names ("Sheikh
   * Mohammed" for "Sheikh Mohamed bin Abdulrahman Al Thani").
   */
  firstParts: Set<string>;
}

export interface Resolution {
  entities: Entity[];
  sentences: ResolvedSentence[];
}

/** The words of a verb group ("had telephoned", "has since called"). */
const VERB_GROUP = new Set(['VERB', 'AUX', 'ADV', 'PART']);
/** Prepositions that put the person after them beside the clause's subject and object. */
const OBLIQUE = new Set(['with', 'to', 'from', 'by', 'of', 'for', 'about', 'against']);
export function resolve(recognised: RecognisedSentence[], context: ResolveContext): Resolution {
  const entities: EntityState[] = [];
  let lastSubject: EntityState | null = null;
  /** Who "I" is, once a first-person pronoun asks: the speaker the context names. */
  let speaker: EntityState | null = null;

  const create = (fields: Partial<Entity>): EntityState => {
    const e: EntityState = {
      id: `a${entities.length + 1}`,
      name: null,
      role: null,
      office: null,
      affiliation: null,
      registryId: null,
      collective: false,
      mentions: [],
      keys: [],
      parts: new Set(),
      firstParts: new Set(),
      ...fields,
    };
    entities.push(e);
    return e;
  };

  const fromRegistry = (person: RegistryPerson, office: Office | null, of: string | null): EntityState => {
    const existing = entities.find((e) => e.registryId === person.id);
    if (existing) return existing;
    const term = context.registry.termOf(person, context.published, office, of);
    // Out of office on the report's day: the person is known, the office is not claimed for that day.
    const inOffice = !!term && (!context.published || (term.start <= context.published && (term.end === null || context.published <= term.end)));
    const e = create({
      name: person.name,
      role: inOffice ? term!.title : null,
      office: term?.office ?? office,
      affiliation: term?.of ?? of,
      registryId: person.id,
    });
    for (const written of [person.name, ...person.aliases]) addName(e, written);
    return e;
  };

  const sentences: ResolvedSentence[] = recognised.map((rs) => {
    // (A leader's spouse, named as such, is no party: "accompanied by his wife, Michal Herzog".)
    const drafts = draftReferences(rs).filter((d) => !d.name?.spouse);
    const references: ActorReference[] = [];
    let subjectTaken = false;
    /** People referred to so far in this sentence (and where), for "him" and "her" in object position. */
    const seen: EntityState[] = [];
    const seenAt: number[] = [];
    const seenFrom: number[] = [];
    for (const draft of drafts) {
      // "Azali Assoumani, in his capacity as chairperson of the African Union": a further office of
      // the person just named, not someone else.
      if (draft.title && !draft.name && rs.sentence.tokens[draft.first - 1]?.lower === 'as' && seenAt.some((at) => draft.first - at <= 6)) continue;
      const found: { entities: EntityState[]; group: boolean; office?: Office } | null = objectPronoun(draft, seen, seenAt, seenFrom, rs.sentence.tokens) ?? tripOwner(draft, seen, seenFrom, rs.sentence.tokens) ?? relativeSubject(draft, seen, seenAt, rs.sentence.tokens) ?? resolveDraft(draft);
      if (!found) continue;
      const ref: ActorReference = {
        sentence: draft.sentence,
        first: draft.first,
        last: draft.last,
        start: draft.start,
        end: draft.end,
        entities: found.entities.map((e) => e.id),
        group: found.group,
        pair: found.group && /\b(two|both|pair)\b/i.test(rs.sentence.text.slice(draft.start - rs.sentence.start, draft.end - rs.sentence.start)),
        ...(found.group ? groupOffice(found.office, draft, rs.sentence.tokens) : {}),
        pronoun: !!draft.pronoun,
        possessive: rs.sentence.tokens[draft.last + 1]?.lower === "'s",
        place: draft.collective?.form === 'capital',
        phrase: draft.phrase,
      };
      for (const e of found.entities) {
        e.mentions.push({ text: rs.sentence.text.slice(draft.start - rs.sentence.start, draft.end - rs.sentence.start), start: draft.start, end: draft.end, sentence: draft.sentence });
      }
      references.push(ref);
      for (const e of found.entities) {
        if (e.collective) continue;
        seen.push(e);
        seenAt.push(draft.last);
        seenFrom.push(draft.first);
      }
      // The first person referred to in a sentence is its likely subject, and what "he" means next.
      // (A possessor, "the Turkish President's tour, which took him", is what the sentence is about wherever it stands.)
      if (!subjectTaken && found.entities.length === 1 && !found.entities[0].collective && (!isObjectPosition(rs, draft.first) || ref.possessive)) {
        lastSubject = found.entities[0];
        subjectTaken = true;
      }
    }
    // Built field by field: a spread of `rs` here cost more than the rest of the loop.
    return { sentence: rs.sentence, mentions: rs.mentions, references };
  });

  /**
   * "Zarif flew in at the invitation of his counterpart, Le Drian, and held talks with him": an
   * object pronoun is never its own clause's subject, so it is the last other person named.
   */
  function objectPronoun(draft: DraftReference, seen: EntityState[], seenAt: number[], seenFrom: number[], tokens: { lower: string; pos?: string }[]): { entities: EntityState[]; group: boolean } | null {
    const word = draft.pronoun?.pronoun;
    if (word !== 'him' && word !== 'her') return null;
    if (!lastSubject || !seen.includes(lastSubject)) return null;
    let n = seen.length - 1;
    while (n >= 0 && seen[n] === lastSubject) n--;
    if (n < 0) return null;
    // "Sánchez urged Xi to speak with Zelensky, telling him ...": one named after a preposition
    // stands aside; the verb's own object is who the story turns to.
    const oblique = (k: number): boolean => OBLIQUE.has(tokens[seenFrom[k] - 1]?.lower ?? '');
    if (oblique(n)) {
      const direct = seen.findIndex((e, k) => k < n && e !== lastSubject && !oblique(k) && seenFrom[k] > seenFrom[seen.indexOf(lastSubject!)]);
      if (direct >= 0 && !seen.slice(direct + 1, n).some((e) => e !== lastSubject && e !== seen[direct] && !oblique(seen.indexOf(e)))) n = direct;
    }
    // "challenged Putin to meet him": the other person is the subject of the infinitive, so "him"
    // is the one who challenged.
    // (After a comma, "..., telling him", a new clause begins.)
    const span = tokens.slice(seenAt[n] + 1, draft.first).map((t) => t.lower);
    if (span.includes('to') && span.lastIndexOf('to') > span.lastIndexOf(',')) return null;
    // "He recalled that Vance had telephoned him": the subject of the pronoun's own verb is never
    // the pronoun, so it is the sentence's subject.
    const between = tokens.slice(seenAt[n] + 1, draft.first);
    if (n === seen.length - 1 && between.length > 0 && between.every((t) => VERB_GROUP.has(t.pos ?? ''))) return null;
    // ("met A and B, who pressed him on trade": the relative pronoun is B, so "him" is not.)
    if (n === seen.length - 1 && between.length > 2 && between[0].lower === ',' && ['who', 'which', 'that'].includes(between[1].lower) && between.slice(2).every((t) => VERB_GROUP.has(t.pos ?? ''))) return null;
    return { entities: [seen[n]], group: false };
  }

  /**
   * "the visit of the External Affairs Minister to Dhaka in July, during which he called on X": "he"
   * in a "during which" clause is whose the trip was, named after its "of".
   */
  function tripOwner(draft: DraftReference, seen: EntityState[], seenFrom: number[], tokens: { lower: string; pos?: string }[]): { entities: EntityState[]; group: boolean } | null {
    const word = draft.pronoun?.pronoun;
    if ((word !== 'he' && word !== 'she') || tokens[draft.first - 1]?.lower !== 'which' || !['during', 'in', 'on', 'at'].includes(tokens[draft.first - 2]?.lower ?? '')) return null;
    for (let k = seen.length - 1; k >= 0; k--) {
      const at = seenFrom[k];
      if (tokens[at - 1]?.lower === 'of' && tokens[at - 2]?.pos === 'NOUN' && tokens.slice(at, draft.first).every((t) => t.lower !== ';')) return { entities: [seen[k]], group: false };
    }
    return null;
  }

  /**
   * "..., which the Prime Minister carried on his visits to Poland, where he met Tusk": "he" in a
   * "where" clause is the subject of the clause it hangs on, the last person named before a verb.
   */
  function relativeSubject(draft: DraftReference, seen: EntityState[], seenAt: number[], tokens: { lower: string; pos?: string }[]): { entities: EntityState[]; group: boolean } | null {
    const word = draft.pronoun?.pronoun;
    if ((word !== 'he' && word !== 'she') || !['where', 'when'].includes(tokens[draft.first - 1]?.lower ?? '')) return null;
    for (let k = seen.length - 1; k >= 0; k--) {
      if (seen[k] === lastSubject) return null;
      if (['VERB', 'AUX'].includes(tokens[seenAt[k] + 1]?.pos ?? '')) return { entities: [seen[k]], group: false };
    }
    return null;
  }

  /** The office a group is named by: a plural title's, or the title that closes a phrase like "the two presidents". */
  function groupOffice(office: Office | undefined, draft: DraftReference, tokens: Token[]): { groupOffice?: Office } {
    if (office) return { groupOffice: office };
    for (let k = draft.first; k <= draft.last; k++) {
      const m = context.lexicon.titles.matchAt(tokens, k);
      if (m && m.last === draft.last) return { groupOffice: m.value.office };
    }
    return {};
  }

  function resolveDraft(draft: DraftReference): { entities: EntityState[]; group: boolean; office?: Office } | null {
    const title = draft.title;
    const titleOf = title?.affiliations.length === 1 ? title.affiliations[0] : title?.home ? context.homeState ?? null : null;
    if (draft.name) {
      const written = draft.name.name;
      const of = titleOf ?? draft.party?.code ?? null;
      const office = title && title.office !== 'other' && !title.counterpart ? title.office : null;
      const counterpart = title?.counterpart ? counterpartOffice() : null;
      // ("Secretary Blinken", "Mr. Blinken": a family name alone that the text marks as a person's.)
      const entity = matchName(written, office ?? counterpart, of, !!title || !!draft.name.honorific || !!draft.name.frame);
      // ("a former health minister" is no office held now.)
      if (!entity.role && title && (!title.former || /-elect$/.test(title.role))) {
        entity.role = title.counterpart ? (counterpart ? roleFor(counterpart) : null) : title.role;
        entity.office = entity.office ?? (title.counterpart ? counterpart : title.office);
      }
      if (!entity.affiliation && of) entity.affiliation = of;
      addName(entity, written);
      const parts = nameParts(written);
      if (parts.length > 1) entity.firstParts.add(firstPartKey(parts[0]));
      return { entities: [entity], group: false };
    }
    if (title) {
      // "the two EU leaders": the people of that party the story has named.
      if ((title.group || title.plural) && title.affiliations.length === 1 && title.determiner === 'the' && /\b(?:two|both|three)\b/i.test(title.text)) {
        const named = entities.filter((e) => !e.collective && e.affiliation === title.affiliations[0] && e.name);
        if (named.length >= 2) return { entities: named, group: false };
      }
      // "Moroccan diplomats", "a Hamas delegation": the party itself.
      if (title.group) return { entities: title.affiliations.map((code) => collectiveOf(code)), group: false };
      // "a Pakistani foreign minister": any holder, not a person of this story.
      if (title.determiner === 'a' || title.determiner === 'an') return null;
      if (title.plural) {
        if (title.affiliations.length === 0) return title.determiner === 'the' ? { entities: [], group: true, office: title.office } : null;

        const list = title.affiliations.map((of) => byOffice(title.office, of, title.former, title.role));
        return { entities: list, group: false };
      }
      if (title.counterpart) {
        const office = counterpartOffice();
        if (!office || !titleOf) return null;
        return { entities: [byOffice(office, titleOf, false, roleFor(office) ?? "Counterpart")], group: false };
      }
      if (title.office === 'other' && !titleOf) return null;
      return { entities: [byOffice(title.office, titleOf, title.former, title.role, title.bareOf ?? null)], group: false };
    }
    if (draft.pronoun) {
      if (draft.pronoun.group) return { entities: [], group: true };
      if (draft.pronoun.firstPerson) {
        const given = context.speaker;
        if (!given?.name) return null;
        speaker ??= given.registryId && context.registry.persons.get(given.registryId)
          ? fromRegistry(context.registry.persons.get(given.registryId)!, given.office, given.affiliation)
          : matchName(given.name, given.office, given.affiliation, true);
        return { entities: [speaker], group: false };
      }
      return lastSubject ? { entities: [lastSubject], group: false } : null;
    }
    if (draft.collective) return { entities: [collectiveOf(draft.collective.code)], group: false };
    return null;
  }

  /** The state, organisation or movement acting as a whole: one entity per party in a document. */
  function collectiveOf(code: string): EntityState {
    const existing = entities.find((e) => e.collective && e.affiliation === code);
    const info = context.lexicon.parties.get(code);
    return existing ?? create({ name: info?.name ?? code, affiliation: code, collective: true });
  }

  /** The office of the person a "counterpart" is counterpart to: the latest subject's. */
  function counterpartOffice(): Office | null {
    return lastSubject?.office ?? null;
  }

  function matchName(written: string, office: Office | null, of: string | null, titled: boolean): EntityState {
    const key = nameKey(written);
    // (The name as written, less its honorifics: "Sheikh Mohamed" is "Mohamed".)
    const plain = (nameParts(written).join(' ') || written).toLowerCase().replace(/[-'’.]/g, '');
    // An earlier mention in this story: by the whole name or the family name, then, for one word,
    // by the first word of a name written here (Chinese and Korean names put the family first).
    for (let n = entities.length - 1; n >= 0; n--) {
      const e = entities[n];
      if (e.collective) continue;
      if (e.keys.some((k) => k.whole === key.whole || fitsWithin(key, k)) || (key.parts.length === 1 && e.parts.has(plain))) return e;
    }
    if (key.parts.length === 1) {
      const byFirst = entities.filter((e) => !e.collective && e.firstParts.has(firstPartKey(plain)));
      if (byFirst.length === 1) return byFirst[0];
    }
    // The registry.
    // A spelling that fits a registered name is that person only if the text does not place them
    // elsewhere: "Ethiopian Prime Minister Abiy Ahmed" is no Mauritanian with a similar skeleton.
    const governed = of ? context.lexicon.parties.get(of)?.governs ?? null : null;
    const candidates = context.registry.lookup(written).filter((p) => !of || p.offices.some((t) => t.of === of || t.of === governed));
    let people = candidates;
    if (people.length === 0 && key.parts.length === 1 && titled) {
      people = context.registry.bySurname(written).filter((p) => p.offices.some((t) => (!office || t.office === office) && (!of || t.of === of)));
    }
    if (people.length > 0) {
      const best = pickPerson(people, office, of);
      return fromRegistry(best, office, of);
    }
    return create({ name: written, affiliation: of });
  }

  function pickPerson(people: RegistryPerson[], office: Office | null, of: string | null): RegistryPerson {
    if (people.length === 1) return people[0];
    const day = context.published;
    const score = (p: RegistryPerson): number =>
      Math.max(
        ...p.offices.map((t) => (of && t.of === of ? 4 : 0) + (office && t.office === office ? 2 : 0) + (day && t.start <= day && (!t.end || day <= t.end) ? 1 : 0)),
      );
    return [...people].sort((a, b) => score(b) - score(a))[0];
  }

  function byOffice(office: Office, given: string | null, former: boolean, role: string, bareOf: string | null = null): EntityState {
    // The person in this story who holds that office; of several, the one the story is most about
    // (most mentioned), then the first the story named (its protagonist).
    // Generic titles ("the head of state", "the Mexican leader") fit any head of state or government.
    const generic = GENERIC_ROLES.has(role);
    // A registered person fits if the registry says they held that office then ("Prince Mohammed
    // bin Salman, Crown Prince and Prime Minister ... the Crown Prince").
    const heldIt = (e: EntityState): boolean => {
      const person = e.registryId ? context.registry.persons.get(e.registryId) : undefined;
      const day = context.published;
      const wanted = role.toLowerCase();
      return !!person?.offices.some(
        (t) => t.office === office && t.title.toLowerCase().includes(wanted) && (!day || (t.start <= day && (t.end === null || day <= t.end))),
      );
    };
    // A title that says more than the office ("the Emir", not just a head of state) must agree.
    const sameRole = (e: EntityState): boolean => generic || !e.role || e.role.toLowerCase().endsWith(role.toLowerCase()) || heldIt(e);
    const officeFits = (e: EntityState): boolean =>
      e.office === office || heldIt(e) || (generic && (e.office === 'head_of_state' || e.office === 'head_of_government'));
    let holder: EntityState | null = null;
    // ("The Prime Minister travelled on to Estonia", in a Downing Street readout that has named the
    // Estonian Prime Minister: a title with no state is first the holder of the state the outlet
    // speaks for. A dateline's state would not do: India's readout from Jerusalem.)
    const home = given === null && HOME_OFFICES.has(office) ? context.outletState ?? null : null;
    for (const e of entities) {
      if (e.collective || !officeFits(e) || (given !== null && e.affiliation !== given) || !sameRole(e)) continue;
      if (!holder || (home !== null && (e.affiliation === home) !== (holder.affiliation === home) ? e.affiliation === home : e.mentions.length > holder.mentions.length)) holder = e;
    }
    // Someone with that office whose state the text had not said yet ("President Faye ... the
    // Senegalese head of state"): the title says it now.
    // (Not for a title as loose as "the Indonesian ministers": any minister of no stated state fits it.)
    if (!holder && given !== null && office !== 'other') {
      holder = entities.find((e) => !e.collective && e.affiliation === null && officeFits(e) && sameRole(e)) ?? null;
      if (holder) holder.affiliation = given;
    }
    if (holder) return holder;
    // "The Prime Minister" with no state named is the home state's.
    // ("The Secretary-General" in a story that names no holder of any organisation's: the UN's.)
    const of = given ?? (HOME_OFFICES.has(office) ? context.homeState ?? null : null) ?? bareOf;
    if (!former && of && context.published && office !== 'other') {
      const byTitle = context.registry.holdersByTitle(role, of, context.published);
      const holders = byTitle.length > 0 ? byTitle : context.registry.holders(office, of, context.published);
      if (holders.length > 0) return fromRegistry(holders[holders.length - 1].person, office, of);
    }
    const e = create({ role, office, affiliation: of });
    return e;
  }

  ledByTheirParty(sentences, entities);
  return { entities: entities.map(({ keys: _k, parts: _p, firstParts: _f, ...entity }) => entity), sentences };

  function addName(e: EntityState, written: string): void {
    const key = nameKey(written);
    if (key.parts.length && !e.keys.some((k) => k.whole === key.whole)) e.keys.push(key);
    // Only the family name stands alone in later mentions ("Muttaqi", "Shoukry").
    const words = written.split(/\s+/).filter((w) => w && !SUFFIXES.has(w.toLowerCase().replace(/[.,]/g, '')));
    if (words.length) e.parts.add(words[words.length - 1].toLowerCase().replace(/[-'’.]/g, ''));
  }
}

/**
 * A first name's skeleton and last letter: "Mohammed" is "Mohamed", but "Abdullah" is not "Abdel",
 * though both skeletons are "bdl".
 */
function firstPartKey(part: string): string {
  const letters = stripAccents(part.toLowerCase()).replace(/[^a-z]/g, '');
  return `${partKey(part)}:${letters[letters.length - 1] ?? ''}`;
}

/** Whether the reference starting at token `first` sits after a preposition (an object, not a subject). */
function isObjectPosition(rs: RecognisedSentence, first: number): boolean {
  const prev = rs.sentence.tokens[first - 1]?.lower;
  return !!prev && OBJECT_PREPOSITIONS.has(prev);
}

/** Titles that name an office without a style of its own: any holder fits them. */
const GENERIC_ROLES = new Set(['Leader', 'Head of State', 'Head of Government']);

const HOME_OFFICES = new Set<Office>(['head_of_state', 'head_of_government', 'foreign_minister', 'crown_prince']);

/** How much of the head of a report (headline, stamps, dateline) names where it was written. */
const HEAD_CHARS = 400;

/**
 * The state a report is written from: the first capital or seat of government ("10 Downing
 * Street", "The Kremlin, Moscow", "RIYADH --") in its head, headline and stamps included.
 */
export function homeStateOf(text: string, lexicon: Lexicon): string | null {
  const tokens = roughTokens(headOf(text.slice(0, HEAD_CHARS)), /[\p{L}][\p{L}.'’-]*|\S/gu);
  for (let i = 0; i < tokens.length; i++) {
    const match = lexicon.partyForms.matchAt(tokens, i);
    if (match && match.value.form === 'capital' && /^\p{Lu}/u.test(tokens[i].text)) return match.value.code;
  }
  return null;
}

/** Words of a short text outside any analysed sentence (a report's head, an outlet's name), for the lexicon's matchers. */
function roughTokens(text: string, word: RegExp): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(word)) {
    tokens.push({ i: tokens.length, text: m[0], lower: normaliseQuotes(m[0].toLowerCase()), start: m.index!, end: m.index! + m[0].length, pos: '', spaceBefore: true });
  }
  return tokens;
}

/**
 * The state an outlet speaks for, when its name says so ("Presidency of the French Republic",
 * "Ministry of Foreign Affairs of Japan", "Saudi Press Agency"): the one state it names.
 */
export function outletStateOf(outlet: string, lexicon: Lexicon): string | null {
  const tokens = roughTokens(outlet, /[\p{L}][\p{L}.'’]*|\S/gu);
  const states = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const match = lexicon.partyForms.matchAt(tokens, i);
    if (!match || !/^\p{Lu}/u.test(tokens[i].text) || lexicon.parties.get(match.value.code)?.kind !== 'state') continue;
    states.add(match.value.code);
    i = match.last;
  }
  return states.size === 1 ? [...states][0] : null;
}

/**
 * The head of a report: the lines above the first sentence of reporting (headline, stamps, "From:"
 * lines), and a dateline that opens the first sentence ("RIYADH --", "TOKYO, July 29 (Wire) -").
 * The reporting itself names places for other reasons.
 */
function headOf(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (/[.!?]["”]?\s*$/.test(line.trim()) || /[.!?]\s+\p{Lu}/u.test(line)) {
      const dateline = /^[^.]{0,100}?(?:\s[-–—]{1,2}\s|\)\s*[-–—:]|:\s)/u.exec(line);
      if (dateline) out.push(dateline[0]);
      break;
    }
    out.push(line);
  }
  return out.join('\n');
}

function roleFor(office: Office): string | null {
  switch (office) {
    case 'foreign_minister':
      return 'Foreign Minister';
    case 'head_of_state':
      return 'President';
    case 'head_of_government':
      return 'Prime Minister';
    case 'secretary_general':
      return 'Secretary General';
    default:
      return null;
  }
}

/**
 * "A Hamas delegation led by Mousa Abu Marzouk": whoever leads a party's delegation is of that
 * party, when nothing else in the story says whose they are.
 */
function ledByTheirParty(sentences: ResolvedSentence[], entities: Entity[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const rs of sentences) {
    const tokens = rs.sentence.tokens;
    for (let k = 1; k + 2 < tokens.length; k++) {
      if (tokens[k].lower !== 'led' || tokens[k + 1].lower !== 'by') continue;
      const group = rs.references.find((r) => r.last === k - 1 && r.entities.length === 1 && byId.get(r.entities[0])?.collective);
      const leader = rs.references.find((r) => r.first >= k + 2 && r.first <= k + 6 && r.entities.length === 1 && !byId.get(r.entities[0])?.collective);
      const party = group ? byId.get(group.entities[0])?.affiliation : null;
      const person = leader ? byId.get(leader.entities[0]) : undefined;
      if (party && person && person.affiliation === null) person.affiliation = party;
    }
  }
}
