// Plain records passed between the pipeline stages. Each stage takes the records of the
// stage before it and returns new ones; no stage reaches back into an earlier one.

/** A document as the read stage hands it on: text plus what is known about it. */
export interface SourceDocument {
  id: string;
  /** Where it came from (file path, or file path#id for JSON Lines); for error messages. */
  origin: string;
  text: string;
  published: string | null;
  publishedSource: 'metadata' | 'dateline' | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
  language: string | null;
}

/** A document that could not be read, with the reason a user can act on. */
export interface ReadFailure {
  origin: string;
  id: string | null;
  reason: string;
}

export interface Token {
  /** Index within its sentence. */
  i: number;
  text: string;
  lower: string;
  /** UTF-16 offsets into the document text. */
  start: number;
  end: number;
  pos: string;
  /** True when whitespace separates this token from the previous one. */
  spaceBefore: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

export interface AnalysedText {
  text: string;
  sentences: Sentence[];
  /** Lines before the first kept sentence that were dropped as headline or furniture ("Remarks by ..."). */
  heading?: Sentence[];
}

export type EngagementKind = 'phone_call' | 'video_call' | 'meeting' | 'visit' | 'message';
export type EngagementStatus = 'reported' | 'background' | 'planned' | 'denied';

/** Normalised offices (see docs/data-formats.md). `other` keeps the role text only. */
export type Office =
  | 'head_of_state'
  | 'head_of_government'
  | 'foreign_minister'
  | 'deputy_head_of_government'
  | 'secretary_general'
  | 'commission_president'
  | 'council_president'
  | 'high_representative'
  | 'leader'
  | 'crown_prince'
  | 'assembly_president'
  | 'special_envoy'
  | 'other';

/** A stretch of one sentence, by token indexes (inclusive) and document offsets. */
export interface TokenSpan {
  sentence: number;
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

export interface PersonNameMention extends TokenSpan {
  type: 'name';
  /** The name without honorifics. */
  name: string;
  honorific: string | null;
  /** A word before the name that says it is someone's ("Secretary Blinken", "his predecessor Wei Fenghe"). */
  frame?: string;
  /** The text introduces the person as a leader's spouse ("his wife, Michal Herzog"). */
  spouse?: boolean;
}

export interface TitleMention extends TokenSpan {
  type: 'title';
  office: Office;
  /** The role as a person would write it: "Foreign Minister", "Acting Foreign Minister". */
  role: string;
  /** One code per party the title belongs to; several for "the presidents of Iran and Egypt". */
  affiliations: string[];
  counterpart: boolean;
  plural: boolean;
  /** "former", "late": the title names a past holder, never today's office-holder. */
  former: boolean;
  /** "Moroccan diplomats", "a Hamas delegation": the state or movement as a whole. */
  group: boolean;
  determiner: string | null;
  /** Whose the office is when the story names no holder and no party ("the Secretary-General": the UN's). */
  bareOf?: string | null;
  /** The office is that of the state the report is written from ("the President of the Republic"). */
  home?: boolean;
}

export interface PartyMention extends TokenSpan {
  type: 'party';
  code: string;
  partyKind: 'state' | 'igo' | 'movement';
  form: 'name' | 'adjective' | 'capital' | 'possessive';
}

export interface PronounMention extends TokenSpan {
  type: 'pronoun';
  pronoun: string;
  /** "the two sides", "both ministers", "they": the parties of the current exchange. */
  group: boolean;
  /** "I", "me", "my": the speaker a heading names. */
  firstPerson?: boolean;
}

export interface DateMention extends TokenSpan {
  type: 'date';
  /** The resolved day, when the text and publication date fix it. */
  date: string | null;
  earliest: string | null;
  latest: string | null;
  /** Relative to publication: past, same day, future; null when unknown. */
  tense: 'past' | 'present' | 'future' | null;
  /** Vague references ("recently", "last month") that never fix a day. */
  vague: boolean;
  /** "Later in the day", "the same day": the day of the exchange the story last dated. */
  sameDay?: boolean;
  /** "A day later", "the next day": that many days after the last date the story gave. */
  daysAfter?: number;
  /** "Later that month": the month of the last date the story gave. */
  sameMonth?: boolean;
  /** "on Monday", with no "last" or "this": fixed to the latest such day, as news reports what happened. */
  bareWeekday?: boolean;
}

export interface TriggerMention extends TokenSpan {
  type: 'trigger';
  kind: EngagementKind;
  /** verb: "met", "telephoned"; noun: "a phone call", "the meeting". */
  form: 'verb' | 'noun';
  /** The trigger makes its subject the host ("hosted", "received"). */
  hosting: boolean;
  /** The trigger makes its subject the caller or sender ("telephoned", "called"). */
  initiating: boolean;
  /** Plural generic nouns ("meetings", "contacts") that rarely report one exchange. */
  plural: boolean;
  /** Reports an exchange only with a party right after it ("called his counterpart", not "called for calm"). */
  needsObject: boolean;
  /** Reports an exchange only with "with" or "to" after it ("spoke with", not "spoke at"). */
  needsWith: boolean;
  /** How many words "with" may stand after the trigger (4 unless the lexicon says). */
  withReach?: number;
  /** A speaking verb that tells a meeting when the sentence places it ("spoke with Xi on the sidelines"). */
  inPersonWhenPlaced?: boolean;
  /** False for "talks" or "conversation" with no medium named: the kind then comes from context. */
  kindKnown: boolean;
  /** The subject and all the objects meet at once ("brought together A and B"). */
  joint?: boolean;
  lemma: string;
}

/**
 * The date a dateline or header prints ("TOKYO, July 29 (Wire) -", "February 12, 2025, 19:50"):
 * it dates the report, not what the report tells, so no exchange takes it as its own date.
 */
export interface DatelineMention extends TokenSpan {
  type: 'dateline';
  date: string;
}

export type Mention =
  | PersonNameMention
  | DatelineMention
  | TitleMention
  | PartyMention
  | PronounMention
  | DateMention
  | TriggerMention;

export interface RecognisedSentence {
  sentence: Sentence;
  mentions: Mention[];
}

export interface OfficeTerm {
  office: Office;
  title: string;
  of: string;
  start: string;
  end: string | null;
  precision: 'day' | 'month' | 'year';
  acting?: boolean;
  shared?: boolean;
  contested?: boolean;
  /** A further realm of a monarch who reigns first elsewhere (the King's Canada): never the
   * state a bare mention of the monarch resolves to when a first realm is held the same day. */
  realm?: boolean;
  source: string;
}

export interface RegistryPerson {
  id: string;
  name: string;
  aliases: string[];
  /** Wikidata item (Q-number) when known: imports match people on it before names. */
  wikidata?: string;
  offices: OfficeTerm[];
}

/** A person (or a party acting collectively) the document talks about. */
export interface Entity {
  id: string;
  name: string | null;
  role: string | null;
  office: Office | null;
  affiliation: string | null;
  registryId: string | null;
  /** A state or organisation acting as a whole ("Iran and Turkey agreed"). */
  collective: boolean;
  mentions: { text: string; start: number; end: number; sentence: number }[];
}

/** One reference to an entity in a sentence: a name, a title, a pronoun, or a title with a name. */
export interface ActorReference {
  sentence: number;
  first: number;
  last: number;
  start: number;
  end: number;
  entities: string[];
  /** "the two sides", "they": refers to the parties of the exchange in hand. */
  group: boolean;
  /** The group is said to be two ("the two", "both leaders"). */
  pair: boolean;
  /** The office a group is named by ("the two presidents"): its members hold it. */
  groupOffice?: Office;
  pronoun: boolean;
  /** The reference is a possessor ("Fidan's"). */
  possessive: boolean;
  /** A capital or seat of government ("in Riyadh", "the White House"): a place before it is a party. */
  place: boolean;
  /** References named together by one plural title ("his French and German counterparts, A and B") share this. */
  phrase: number | null;
}

export interface ResolvedSentence extends RecognisedSentence {
  references: ActorReference[];
}

export interface Evidence {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface Participant {
  actor: string;
  name: string | null;
  role: string | null;
  affiliation: string | null;
}

export interface EngagementRecord {
  id: string;
  kind: EngagementKind;
  multilateral: boolean;
  status: EngagementStatus;
  participants: Participant[];
  initiator: string | null;
  host: string | null;
  date: string | null;
  date_range: { earliest: string | null; latest: string | null };
  date_text: string | null;
  location: string | null;
  topics: string[];
  codes: { plover: string; plover_mode: string | null; cameo: string };
  evidence: Evidence[];
  confidence: number;
}

export type StatementAct =
  | 'appeal'
  | 'accuse'
  | 'support'
  | 'agree'
  | 'reject'
  | 'express_intent'
  | 'thank'
  | 'condole'
  | 'praise'
  | 'warn'
  | 'other';

export interface StatementRecord {
  id: string;
  speaker: string;
  act: StatementAct;
  codes: { plover: string; cameo: string };
  target: string | null;
  engagement: string | null;
  joint?: boolean;
  text: string;
  evidence: Evidence[];
}

export interface ActorRecord {
  id: string;
  name: string | null;
  role: string | null;
  affiliation: string | null;
  registry_id: string | null;
  mentions: { text: string; start: number; end: number }[];
}

export interface DocumentRecord {
  document: {
    id: string;
    published: string | null;
    published_source: 'metadata' | 'dateline' | null;
    title: string | null;
    url: string | null;
    outlet: string | null;
  };
  actors: ActorRecord[];
  engagements: EngagementRecord[];
  statements: StatementRecord[];
}
