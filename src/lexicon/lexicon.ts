// Loads the data files of data/lexicon into matchers, once per process.
import type { EngagementKind, Office, StatementAct } from '../types.js';
import { loadJson } from './load.js';
import { PhraseMatcher, normaliseQuotes } from './phrases.js';

export type PartyKind = 'state' | 'igo' | 'movement';

export interface PartyInfo {
  code: string;
  name: string;
  kind: PartyKind;
  cameo: string | null;
  capital: string | null;
  /** For a movement that runs a state's government (the Taliban, AFG): that state. */
  governs: string | null;
}

export interface PartyForm {
  code: string;
  form: 'name' | 'adjective' | 'capital';
  /** Set for abbreviations ("UN", "US"): the text must match these capitals, not "Un" in "Kim Jong Un". */
  exact: string | null;
}

/** Abbreviations are matched with their case: "UN" names the UN, "Un" does not. */
function exactForm(form: string): string | null {
  return /^[A-Z][A-Z.]{1,6}$/.test(form) ? form : null;
}

export interface TitleEntry {
  office: Office;
  role: string;
  defaultOf: string | null;
  /** Whose the office is when the story names no holder and no party at all ("the Secretary-General"). */
  bareOf: string | null;
  /** The office is the home state's, the state the report is written from ("the President of the Republic"). */
  home: boolean;
  plural: boolean;
  counterpart: boolean;
  weak: boolean;
  speakerOnly: boolean;
  /** The title counts only after one of these words ("top diplomat"). */
  requires: string[] | null;
  /** Stands for a state or movement as a whole ("Moroccan diplomats"). */
  group: boolean;
  /** Counts only when the text says whose it is ("Moroccan diplomats", not "diplomats"). */
  needsParty: boolean;
}

export interface ModifierEntry {
  rolePrefix: string | null;
  acting: boolean;
  former: boolean;
}

export interface TriggerEntry {
  kind: EngagementKind | null;
  form: 'verb' | 'noun';
  hosting: boolean;
  initiating: boolean;
  needsObject: boolean;
  needsWith: boolean;
  /** How many words "with" may stand after the trigger ("spent three hours at the guesthouse with Wang Yi"). */
  withReach?: number;
  /** A speaking verb that tells a meeting when the sentence places it ("spoke with Xi on the sidelines of the summit"). */
  inPersonWhenPlaced?: boolean;
  plural: boolean;
  weak: boolean;
  /** "brought together A and B": the subject and all the objects meet at once. */
  joint: boolean;
  lemma: string;
}

export interface PlaceEntry {
  name: string;
  of: string;
}

export interface Lexicon {
  parties: Map<string, PartyInfo>;
  partyForms: PhraseMatcher<PartyForm>;
  places: PhraseMatcher<PlaceEntry>;
  titles: PhraseMatcher<TitleEntry>;
  modifiers: Map<string, ModifierEntry>;
  triggers: PhraseMatcher<TriggerEntry>;
  media: PhraseMatcher<EngagementKind>;
  honorifics: PhraseMatcher<string>;
  /** Honorifics that count only as written in capitals ("HE", "HH"). */
  casedHonorifics: Set<string>;
  particles: Set<string>;
  hyphenOnlyParticles: Set<string>;
  notNames: Set<string>;
  /** Words after which a capitalised run is a person ("his predecessor Wei Fenghe"). */
  nameFrames: Set<string>;
  /** Nouns that make a name before them a place's or an award's ("King Khalid International Airport"). */
  namedThings: Set<string>;
  /** Capitalised nouns after a state's name that make it part of a body's name ("Taiwan Affairs Office"). */
  bodyWords: Set<string>;
  /** Words that introduce a leader's spouse ("his wife", "First Lady"). */
  spouseWords: PhraseMatcher<true>;
  /** A consort's title and the monarch's it follows ("The King and Queen Camilla"). */
  consortTitles: Map<string, string>;
  /** Seas and regions named after states ("South China Sea"): not the state. */
  notParties: PhraseMatcher<true>;
  acts: PhraseMatcher<StatementAct>;
  speech: PhraseMatcher<true>;
  actCodes: Record<StatementAct, { plover: string; cameo: string }>;
  topics: PhraseMatcher<string>;
}

interface StateRow {
  iso3: string;
  name: string;
  names: string[];
  adjectives: string[];
  capitals: string[];
  cameo?: string | null;
}

interface OrganisationRow {
  code: string;
  name: string;
  kind: 'igo' | 'movement';
  names: string[];
  adjectives?: string[];
  cameo?: string | null;
  governs?: string;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (!cached) cached = buildLexicon();
  return cached;
}

function buildLexicon(): Lexicon {
  const parties = new Map<string, PartyInfo>();
  const partyForms = new PhraseMatcher<PartyForm>();
  const places = new PhraseMatcher<PlaceEntry>();

  const states = loadJson<StateRow[]>('lexicon/states.json');
  for (const s of states) {
    parties.set(s.iso3, { code: s.iso3, name: s.name, kind: 'state', cameo: s.cameo ?? s.iso3, capital: s.capitals[0] ?? null, governs: null });
    for (const n of new Set([s.name, ...s.names])) partyForms.add(n, { code: s.iso3, form: 'name', exact: exactForm(n) });
    for (const a of s.adjectives) partyForms.add(a, { code: s.iso3, form: 'adjective', exact: exactForm(a) });
    for (const c of s.capitals) {
      partyForms.add(c, { code: s.iso3, form: 'capital', exact: null });
      places.add(c, { name: c, of: s.iso3 });
    }
  }
  const organisations = loadJson<OrganisationRow[]>('lexicon/organisations.json');
  for (const o of organisations) {
    parties.set(o.code, { code: o.code, name: o.name, kind: o.kind, cameo: o.cameo ?? null, capital: null, governs: o.governs ?? null });
    for (const n of new Set([o.name, ...o.names])) partyForms.add(n, { code: o.code, form: 'name', exact: exactForm(n) });
    for (const a of o.adjectives ?? []) partyForms.add(a, { code: o.code, form: 'adjective', exact: exactForm(a) });
  }
  for (const p of loadJson<{ places: PlaceEntry[] }>('lexicon/places.json').places) places.add(p.name, p);

  const offices = loadJson<{
    titles: { phrase: string; office: Office; role: string; default_of?: string; bare_of?: string; home?: boolean; plural?: boolean; counterpart?: boolean; weak?: boolean; speaker_only?: boolean; requires?: string[]; group?: boolean; needs_party?: boolean }[];
    modifiers: Record<string, { role_prefix?: string; acting?: boolean; former?: boolean }>;
  }>('lexicon/offices.json');
  const titles = new PhraseMatcher<TitleEntry>();
  for (const t of offices.titles) {
    titles.add(t.phrase, {
      office: t.office,
      role: t.role,
      defaultOf: t.default_of ?? null,
      bareOf: t.bare_of ?? null,
      home: !!t.home,
      plural: !!t.plural,
      counterpart: !!t.counterpart,
      weak: !!t.weak,
      speakerOnly: !!t.speaker_only,
      requires: t.requires ?? null,
      group: !!t.group,
      needsParty: !!t.needs_party,
    });
  }
  const modifiers = new Map<string, ModifierEntry>();
  for (const [word, m] of Object.entries(offices.modifiers)) {
    modifiers.set(word, { rolePrefix: m.role_prefix ?? null, acting: !!m.acting, former: !!m.former });
  }

  const triggerData = loadJson<{
    triggers: { phrase: string; kind: EngagementKind | null; form: 'verb' | 'noun'; hosting?: boolean; initiating?: boolean; needs_object?: boolean; needs_with?: boolean; with_reach?: number; in_person_when_placed?: boolean; plural?: boolean; weak?: boolean; joint?: boolean }[];
    media: Record<string, string[]>;
  }>('lexicon/triggers.json');
  const triggers = new PhraseMatcher<TriggerEntry>();
  for (const t of triggerData.triggers) {
    triggers.add(t.phrase, {
      kind: t.kind,
      form: t.form,
      hosting: !!t.hosting,
      initiating: !!t.initiating,
      needsObject: !!t.needs_object,
      needsWith: !!t.needs_with,
      ...(t.with_reach ? { withReach: t.with_reach } : {}),
      ...(t.in_person_when_placed ? { inPersonWhenPlaced: true } : {}),
      plural: !!t.plural,
      weak: !!t.weak,
      joint: !!t.joint,
      lemma: t.phrase,
    });
  }
  const media = new PhraseMatcher<EngagementKind>();
  for (const [kind, phrases] of Object.entries(triggerData.media)) for (const p of phrases) media.add(p, kind as EngagementKind);

  const names = loadJson<{ honorifics: string[]; cased_honorifics: string[]; particles: string[]; hyphen_only: string[]; not_names: string[]; not_parties: string[]; name_frames?: string[]; named_things?: string[]; body_words?: string[]; spouse_words?: string[]; consort_titles?: Record<string, string> }>('lexicon/names.json');
  const notParties = new PhraseMatcher<true>();
  for (const n of names.not_parties) notParties.add(n, true);
  const honorifics = new PhraseMatcher<string>();
  for (const h of names.honorifics) honorifics.add(h, h);
  const spouseWords = new PhraseMatcher<true>();
  for (const k of names.spouse_words ?? []) spouseWords.add(k, true);

  const statementData = loadJson<{
    codes: Record<StatementAct, { plover: string; cameo: string }>;
    acts: Record<string, string[]>;
    speech: string[];
  }>('lexicon/statements.json');
  const acts = new PhraseMatcher<StatementAct>();
  for (const [act, phrases] of Object.entries(statementData.acts)) for (const p of phrases) acts.add(p, act as StatementAct);
  const speech = new PhraseMatcher<true>();
  for (const p of statementData.speech) speech.add(p, true);

  const topics = new PhraseMatcher<string>();
  for (const t of loadJson<{ topics: { topic: string; phrases: string[] }[] }>('lexicon/topics.json').topics) {
    for (const p of t.phrases) topics.add(p, t.topic);
  }

  return {
    parties,
    partyForms,
    places,
    titles,
    modifiers,
    triggers,
    media,
    honorifics,
    casedHonorifics: new Set(names.cased_honorifics),
    particles: new Set(names.particles),
    hyphenOnlyParticles: new Set(names.hyphen_only),
    notParties,
    notNames: new Set(names.not_names.map((n) => normaliseQuotes(n.toLowerCase()))),
    nameFrames: new Set((names.name_frames ?? []).map((n) => n.toLowerCase())),
    namedThings: new Set((names.named_things ?? []).map((n) => n.toLowerCase())),
    bodyWords: new Set((names.body_words ?? []).map((n) => n.toLowerCase())),
    spouseWords,
    consortTitles: new Map(Object.entries(names.consort_titles ?? {})),
    acts,
    speech,
    actCodes: statementData.codes,
    topics,
  };
}
