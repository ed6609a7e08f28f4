// Whether a trigger reports an engagement as news, mentions an earlier one, announces a planned
// one, or reports one that did not happen. Cues are read in the trigger's own clause.
import type { DateMention, EngagementStatus, Sentence, TriggerMention } from '../types.js';
import { addDays } from '../days.js';

const NEGATION = new Set(['not', "n't", 'never', 'no']);
const DENIAL = new Set(['denied', 'denies', 'deny', 'dismissed', 'rejected', 'refuted', 'refused', 'refuses', 'declined', 'declines', 'opposed']);
// ("a visit that had been called off twice this year": earlier postponements of the visit now made.)
const DENIAL_AFTER = /\b(was|were|has been|had been)\s+(?:also\s+|now\s+|then\s+|abruptly\s+|quietly\s+)?(cancell?ed|called off|postponed(?: indefinitely)?|scrapped)(?!\s+(?:twice|before|previously|once before|several times|(?:two|three|four|\d+) times)\b)|\b(did not|didn't|never|could not|couldn't|cannot|would not|will not)\s+(take place|happen|occur|go ahead)|\b(false|untrue|baseless|fabricated)\b/i;
/** "is to pay a visit", "are to hold talks": an exchange noun after "is to" and a light verb is still ahead. */
const IS_TO_HOLD = /\b(?:is|are) to (?:pay|make|hold|have|undertake|conduct)\b/;
const CALLING_OFF = String.raw`(?:cancell?ed|cancels|scrapped|scraps|called off|calls off|postponed|postpones)`;
const CALLED_OFF = new RegExp(String.raw`\b${CALLING_OFF}\b`);
/** "called off what would have been his first meeting": the exchange after it was called off. */
const CALLED_OFF_WHAT = new RegExp(String.raw`\b${CALLING_OFF} what (?:would|was to|were to|was due to|had been expected to) (?:have )?(?:been|be)\b`);
/** The rest of a clause whose subject is the exchange, up to its verb, when that verb looks ahead. */
const SUBJECT_WILL = /^[^,;.:()]{0,120}?\s(?:will|shall|is to|are to|is set to|are set to)\s/i;
const PLANNED_AFTER = /^[^,;.:()]{0,60}?\s(?:scheduled|planned|slated|due)\s+(?:for|on|to\s+(?:take|be)\b)/i;
const FUTURE = new Set(['will', 'shall', "'ll", 'would', 'plans', 'planned', 'planning', 'expected', 'scheduled', 'due', 'set', 'intends', 'hoped', 'hope', 'forward', 'upcoming', 'forthcoming', 'proposed', 'possible', 'next', 'future', 'invited', 'invitation', 'invites', 'hopes', 'seeks', 'aims', 'going', 'prepares', 'preparing', 'ahead']);
/** Words that put an infinitive after them in the future ("is scheduled to meet", "plans to visit"). */
const PLAN_WORDS = new Set(['scheduled', 'expected', 'due', 'plans', 'planned', 'planning', 'intends', 'set', 'hopes', 'hoped', 'aims', 'wants']);
const PAST_MODIFIERS = new Set(['recent', 'previous', 'earlier', 'last', 'former', 'past', 'prior']);
const AFTER_WORDS = new Set(['following', 'after', 'since', 'followed', 'follows', 'follow', 'recalled', 'recalling', 'recall', 'recalls', 'builds', 'built', 'reciprocation']);
const ITINERARY = new Set(['travels', 'heads', 'flies', 'goes', 'moves', 'continues']);
const TRAVELLED = new Set(['flew', 'travelled', 'traveled', 'headed', 'went', 'continued', 'moved', 'left']);

/** "travels on to", "He then flies to", "heads to Madrid, where he will ...": a leg of a trip told in the present that is still ahead. */
function itineraryAhead(tokens: Sentence['tokens'], first: number, last: number): boolean {
  if (!ITINERARY.has(tokens[first]?.lower ?? '')) return false;
  if (tokens[first + 1]?.lower === 'on' || ['then', 'next', 'afterwards', 'tomorrow'].includes(tokens[first - 1]?.lower ?? '')) return true;
  return tokens.slice(last + 1, last + 30).some((t, k, all) => ['will', 'shall'].includes(t.lower) || (t.lower === 'to' && ['is', 'are', 'due', 'expected', 'scheduled'].includes(all[k - 1]?.lower ?? '')));
}

/** An itinerary verb between `from` and `to` whose leg is still ahead, by its own words or the exchange's present or future day. */
function legAheadBefore(tokens: Sentence['tokens'], from: number, to: number, own: DateMention | null): boolean {
  for (let k = from; k < to; k++) {
    if (ITINERARY.has(tokens[k].lower) && (itineraryAhead(tokens, k, k) || (own !== null && (own.tense === 'present' || own.tense === 'future')))) return true;
  }
  return false;
}

/** Whether a ", where ..." clause after a journey looks ahead ("where he will meet", "where X is due to hold talks"). */
function aheadWhere(tokens: Sentence['tokens'], after: number): boolean {
  const where = tokens.findIndex((t, k) => k > after && k <= after + 10 && t.lower === 'where' && tokens[k - 1].text === ',');
  if (where < 0) return false;
  const clause = tokens.slice(where + 1, where + 20).map((t) => t.lower);
  const end = clause.findIndex((w) => w === ';' || w === '.');
  return (end < 0 ? clause : clause.slice(0, end)).some((w, k, all) => ['will', 'shall'].includes(w) || (w === 'to' && ['due', 'expected', 'scheduled', 'set', 'is', 'are'].includes(all[k - 1] ?? '')));
}

const CLAUSE_BREAK = new Set([';', ':', '—', '–']);
/** Words that open a clause of time ("before the two leaders hold talks"). */
const TIME_CLAUSE = new Set(['before', 'after', 'once', 'until', 'when', 'while']);
/** A time the story told before: what happened then is behind the news. */
const AT_THAT_TIME = /\b(?:at the time|at that time|back then)\b/i;
const ANNOUNCING = new Set(['announcing', 'announced', 'announces', 'announce']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** Whether a noun opens its clause, with at most a determiner before it ("The visits to ...", "-- The talks between ..."). */
function opensClause(tokens: Sentence['tokens'], first: number, from: number): boolean {
  const k = DETERMINERS.has(tokens[first - 1]?.lower ?? '') ? first - 1 : first;
  return k <= from || /^[-–—:;,(]+$/.test(tokens[k - 1]?.text ?? '');
}

/**
 * `lead`: the sentence is the report's first to tell of an exchange, where "agreed ... after three
 * days of negotiations between A and B" tells the news itself.
 */
export function statusOf(
  sentence: Sentence,
  trigger: TriggerMention,
  dates: DateMention[],
  published: string | null,
  lead = false,
  /** All the sentence's dates, also those of other verbs (the trip a "where" clause belongs to). */
  sentenceDates: DateMention[] = dates,
): EngagementStatus {
  const tokens = sentence.tokens;
  const from = clauseStart(sentence, trigger.first);
  const before = tokens.slice(Math.max(from, trigger.first - 6), trigger.first).map((t) => t.lower);
  const near = tokens.slice(Math.max(from, trigger.first - 3), trigger.first).map((t) => t.lower);

  // Denied: "did not meet", "no call took place", "denied meeting", "reports of a meeting were false".
  if (near.some((w) => NEGATION.has(w))) return 'denied';
  if (tokens.slice(from, trigger.first).some((t) => DENIAL.has(t.lower))) return 'denied';
  // "cancelled the summit", "called off their meeting".
  if (trigger.form === 'noun' && CALLED_OFF.test(before.join(' '))) return 'denied';
  // ("called off what would have been his first meeting with Duterte": what was called off.)
  if (trigger.form === 'noun' && CALLED_OFF_WHAT.test(tokens.slice(Math.max(from, trigger.first - 12), trigger.first).map((t) => t.lower).join(' '))) return 'denied';
  // ("A planned meeting between X and Y on the sidelines of the summit in Bali was called off.")
  const rest = sentence.text.slice(trigger.end - sentence.start, trigger.end - sentence.start + 160);
  if (DENIAL_AFTER.test(rest)) return 'denied';
  // "with talks with President Lula scheduled for Wednesday".
  if (PLANNED_AFTER.test(rest)) return 'planned';
  // "The visits to Brunei and Singapore will give further momentum to ...": the exchange is the
  // subject of a verb that looks ahead.
  if (trigger.form === 'noun' && opensClause(tokens, trigger.first, from) && SUBJECT_WILL.test(rest)) return 'planned';

  // Planned: "will visit", "is expected to meet", "an upcoming visit", "invited ... to visit",
  // "will travel on to Poland to meet".
  const clause = tokens.slice(Math.max(from, trigger.first - 24), trigger.first);
  const lastComma = clause.map((t) => t.text).lastIndexOf(',');
  const sinceComma = clause.slice(lastComma + 1).map((t) => t.lower);
  const own = nearestDate(trigger, dates);
  if (trigger.form === 'verb') {
    // (Not across a comma: "who is paying a visit at Rama's invitation, was welcomed by".)
    if (near.slice(near.lastIndexOf(',') + 1).some((w) => FUTURE.has(w))) return 'planned';
    // "travels on to Uzbekistan", "He then flies to Zambia": the next leg of the trip, told in the present.
    // ("travels to Madrid, where on Tuesday he will take part in ...", "..., during which he is due
    // to hold talks": the stop ahead.)
    if (itineraryAhead(tokens, trigger.first, trigger.last)) return 'planned';
    // "flew on to Samarkand, where Mirziyoyev is due to hold talks with him today": the journey is
    // made, the exchange it is for is still ahead.
    if (TRAVELLED.has(tokens[trigger.first].lower) && aheadWhere(tokens, trigger.last)) return 'planned';
    // "Fernández flies to Beijing today": a leg told in the present for the day of the news is still ahead.
    if (ITINERARY.has(tokens[trigger.first].lower) && own && (own.tense === 'present' || own.tense === 'future')) return 'planned';
    // "invited the President to visit Moscow".
    if (sinceComma.some((w) => w === 'invited' || w === 'invites' || w === 'invitation') && near.includes('to')) return 'planned';
    if (sinceComma.some((w) => ['will', 'shall', "'ll", 'would'].includes(w)) && near.includes('to')) return 'planned';
    // "is scheduled to travel to Lahore to meet X": an infinitive in a clause that looks ahead.
    if (tokens[trigger.first - 1]?.lower === 'to' && sinceComma.some((w) => PLAN_WORDS.has(w))) return 'planned';
    // "is to visit", "are to meet".
    if (near[near.length - 1] === 'to' && ['is', 'are'].includes(near[near.length - 2] ?? '')) return 'planned';
  } else if (sinceComma.some((w, n) => INVITING.has(w) && invitedTo(sinceComma.slice(n + 1)))) {
    // "invited President Tebboune to pay a State visit to France", "has been invited by Xi to make a state visit".
    return 'planned';
  } else if (purposeOf(tokens, trigger.first, from) && tokens.slice(Math.max(from, trigger.first - 24), trigger.first).some((t) => ['will', 'shall', "'ll"].includes(t.lower) || (PLAN_WORDS.has(t.lower) && t.lower !== 'set'))) {
    // "he will travel on to Poland, and then to Sweden for talks": a purpose still ahead.
    return 'planned';
  } else if (IS_TO_HOLD.test(before.join(' '))) {
    // "Medvedev is to pay a visit to Ukraine in May", "the two are to hold talks".
    return 'planned';
  } else if (before.some((w) => ['upcoming', 'forthcoming', 'planned', 'proposed', 'possible', 'next', 'future', 'expected', 'scheduled', 'will', 'would', 'invitation', 'plans', 'plan', 'due', 'programme', 'program', 'itinerary'].includes(w))) {
    // ("Biden's programme on Monday includes talks with ...": what a programme holds is yet to come;
    // "said Russia would continue the talks between the delegations": so is what one says one would do.)
    return 'planned';
  } else if (ANNOUNCING.has(near[near.length - 2] ?? '') && DETERMINERS.has(near[near.length - 1] ?? '') && !/^\s+(?:had|has|have|was|were)\b/.test(rest)) {
    // "Announcing the visit yesterday, Luxon said": what is announced is still to come (the day
    // is the announcement's).
    return 'planned';
  } else if (purposeOf(tokens, trigger.first, from) && legAheadBefore(tokens, Math.max(from, trigger.first - 12), trigger.first, own)) {
    // "From Astana, the French leader travels on to Uzbekistan for talks with ...", "Today he
    // travels to Monaco for a meeting with ...": the next leg.
    return 'planned';
  }
  if (own && own.tense === 'future') return 'planned';
  // "will be given a ceremonial welcome before the two leaders hold formal talks": a clause of
  // time under a main verb that looks ahead.
  if (!own || own.tense !== 'past') {
    const clauseWords = tokens.slice(from, trigger.first).map((t) => t.lower);
    const will = clauseWords.findIndex((w) => w === 'will' || w === 'shall' || w === "'ll");
    if (will >= 0 && clauseWords.slice(will + 1).some((w) => TIME_CLAUSE.has(w))) return 'planned';
  }

  // Background: "the recent meeting", "following the meeting of", "had met", "had held talks",
  // "last met", "a day after X and Y held talks".
  // ("after which" moves the story on; it does not look back.)
  // ... unless the exchange is itself of the last two days: "agreed to a ceasefire after talks
  // hosted by Anwar on Monday" is the news.
  // ("The initiative took shape last month, after Ramaphosa spoke with Putin": a lead that dates the exchange weeks back does not report it.)
  const ownEnd = own?.date ?? own?.latest ?? null;
  const stale = !!(ownEnd && published && ownEnd < addDays(published, -2));
  const ofTheDay = (lead && !stale) || !!(own?.date && published && own.date >= addDays(published, -2) && own.date <= published);
  // "The visit came a day after the Prime Minister welcomed X": a span before "after" puts it earlier.
  // ("hours after Obama landed in Jakarta" is the same day: the news.)
  const spanAfter = sinceComma.some((w, n) => w === 'after' && /^(?:days?|weeks?|months?|years?)$/.test(sinceComma[n - 1] ?? ''));
  if (spanAfter || sinceComma.some((w, n) => ((w === 'after' || w === 'following') && sinceComma[n + 1] !== 'which' && !ofTheDay) || w === 'since')) return 'background';
  if (sharesPastPerfect(tokens, trigger, from)) return 'background';
  // "Modi wrote at the time that he had received a phone call from Yunus": told of a time the story
  // has already left.
  if (AT_THAT_TIME.test(sentence.text.slice(0, trigger.start - sentence.start))) return 'background';
  if (trigger.form === 'noun') {
    if (near.some((w) => PAST_MODIFIERS.has(w))) return 'background';
    // "updated Zelenskyy on his talks with Trump", "briefed him about their meeting": an exchange
    // that is the topic of another, not the news itself.
    const det = near.findIndex((w) => w === 'his' || w === 'her' || w === 'their');
    // ("is on his first official visit" is the visit under way.)
    const onIt = tokens[trigger.first - near.length + det - 2]?.lower ?? '';
    if (det > 0 && ['on', 'about', 'regarding'].includes(near[det - 1]) && !['is', 'was', 'are', 'were', 'been'].includes(onIt)) return 'background';
    // "had held talks" (but not "had a telephone conversation", where "had" is the verb itself).
    // ("had opened his round of talks": any past perfect that governs the noun.)
    if (!backshifted(tokens, from, trigger.first, own) && before.some((w, n) => w === 'had' && (['held', 'made', 'conducted', 'paid'].includes(before[n + 1] ?? '') || /(?:ed|en)$/.test(before[n + 1] ?? '')))) return 'background';
    // ("a one-on-one conversation, followed by delegation-level talks": the talks came next, the same day.)
    if (before.some((w, n) => AFTER_WORDS.has(w) && !((w === 'after' || w === 'following') && ofTheDay) && !(w === 'followed' && before[n + 1] === 'by'))) return 'background';
  } else {
    // ("had earlier welcomed the President on his arrival": a courtesy opens the visit in hand.)
    const courtesy = !trigger.kindKnown && trigger.hosting && !own;
    // ("thanked Biden for having telephoned him": a perfect participle looks back too.)
    // ("wrote in the evening that he had hosted Gargash": told in reported speech, "had" is the
    // tense shifted back, and the exchange's day decides.)
    // ("Hours earlier, Blinken spent three hours with Wang Yi", "earlier today": the same day.)
    const earlierAt = trigger.first - near.length + near.indexOf('earlier');
    const earlierSameDay = near.includes('earlier') && (['hours', 'minutes', 'moments'].includes(tokens[earlierAt - 1]?.lower ?? '') || ['today', 'tonight'].includes(tokens[earlierAt + 1]?.lower ?? ''));
    if (!courtesy && ((near.includes('had') && !backshifted(tokens, from, trigger.first, own)) || near.includes('having') || near.includes('last') || near.includes('previously') || (near.includes('earlier') && !earlierSameDay))) return 'background';
  }
  // "..., and to Doha yesterday, where he was received by the Amir": an earlier exchange told in a
  // relative clause of another sentence's subject is background to it.
  const relative = sinceComma.length > 0 && ['where', 'which', 'when'].includes(sinceComma[0]);
  const earlier = (d: DateMention): boolean => !!published && (d.date ?? d.latest ?? published) < published;
  // ("The visit began on Sunday, when Jaishankar called on Muizzu": the start of the visit in hand.)
  const opening = clause.slice(0, lastComma).some((t) => ['began', 'begun', 'started', 'opened', 'kicked'].includes(t.lower));
  if (relative && !opening && ((own && earlier(own)) || sentenceDates.some((d) => d.last < trigger.first && earlier(d)))) return 'background';
  // "arrived in Doha from Amman, where this morning he met King Abdullah": the stop a traveller
  // came from is behind him, whatever its day.
  if (relative && sinceComma[0] === 'where' && cameFrom(tokens, Math.max(from, trigger.first - 24) + lastComma)) return 'background';
  if (own && published && own.latest && own.latest < addDays(published, -14) && !own.date) return 'background';
  if (own && published && own.date && own.date < addDays(published, -30)) return 'background';
  return 'reported';
}

/**
 * "had inaugurated the new parliament building and held talks with X": a verb joined by "and" to
 * a past perfect shares its "had", so the talks lie behind the story too.
 */
function sharesPastPerfect(tokens: Sentence['tokens'], trigger: TriggerMention, from: number): boolean {
  const verb = trigger.form === 'verb' ? trigger.first : HOLDING_VERBS.has(tokens[trigger.first - 1]?.lower ?? '') ? trigger.first - 1 : -1;
  if (verb < 1 || tokens[verb - 1].lower !== 'and') return false;
  for (let k = verb - 2; k >= Math.max(from, verb - 16); k--) {
    const w = tokens[k].lower;
    if (w === ';' || w === 'but' || w === 'while' || w === 'and') return false;
    if (w === 'had' && /^[a-z]+(?:ed|en)$/.test(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Verbs of inviting, whose object makes the visit asked for. */
export const INVITING = new Set(['invited', 'invites', 'inviting']);
/** "(invited X) to pay a state visit": the exchange is what "to" asks for ("to Paris during a call" is another matter). */
function invitedTo(words: string[]): boolean {
  const to = words.lastIndexOf('to');
  return to >= 0 && words.length - to <= 4 && !words.slice(to + 1).some((w) => ['during', 'in', 'at', 'on', 'by', 'over', 'through', 'via'].includes(w));
}

/** Words that may stand between "for" and the exchange it is the purpose of ("for a state visit"). */
const PURPOSE_FILLERS = new Set(['a', 'an', 'the', 'further', 'more', 'new', 'fresh']);

/** "travel on to Amman for a meeting", "goes on to Brasília for a state visit": the exchange is a trip's purpose. */
function purposeOf(tokens: Sentence['tokens'], first: number, from: number): boolean {
  let k = first - 1;
  while (k > from && first - k <= 3 && (PURPOSE_FILLERS.has(tokens[k].lower) || tokens[k].pos === 'ADJ' || tokens[k].lower === 'state' || tokens[k].lower === 'official')) k--;
  return tokens[k]?.lower === 'for';
}

const SPEECH = new Set(['said', 'wrote', 'told', 'announced', 'stated', 'confirmed', 'revealed', 'posted', 'tweeted', 'disclosed']);

/**
 * "Araghchi wrote on Instagram in the evening that he had hosted Gargash": a "had" in the report
 * of a speech made on the story's day is the backshifted past of what the speaker just did. It
 * holds only where the exchange has no date of its own to say otherwise.
 */
function backshifted(tokens: Sentence['tokens'], from: number, first: number, own: DateMention | null): boolean {
  const offset = Math.max(0, from - 30);
  const clause = tokens.slice(offset, first).map((t) => t.lower);
  const had = clause.lastIndexOf('had');
  const speech = clause.findIndex((w) => SPEECH.has(w));
  if (speech < 0 || had < speech) return false;
  const between = clause.slice(speech + 1, had);
  const that = between.indexOf('that');
  // (A date of the speech itself, "wrote in the evening that", is not the exchange's.)
  if (own && own.first > offset + speech + 1 + that) return false;
  return that >= 0 && between.length <= 12 && !between.some((w) => ['earlier', 'previously', 'before', 'once', 'already'].includes(w));
}

const HOLDING_VERBS = new Set(['held', 'had', 'conducted']);

/** How far a date may stand from its trigger: further after it ("met X, the ..., today in Astana") than before. */
const MAX_DATE_AFTER = 40;
const MAX_DATE_BEFORE = 14;

export function nearestDate(trigger: { first: number; last: number }, dates: DateMention[]): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    const after = d.first > trigger.last;
    const distance = after ? d.first - trigger.last : trigger.first - d.last;
    if (distance > (after ? MAX_DATE_AFTER : MAX_DATE_BEFORE)) continue;
    // A date after the trigger is more often its own ("a call on Sunday"); one before, the clause's.
    const weighted = after ? distance : distance + 2;
    if (weighted < bestDistance) {
      best = d;
      bestDistance = weighted;
    }
  }
  return best;
}

/** Whether the comma at `comma` closes "from <Place>". */
function cameFrom(tokens: Sentence['tokens'], comma: number): boolean {
  let k = comma - 1;
  while (k >= 0 && comma - k <= 4 && /^\p{Lu}/u.test(tokens[k].text)) k--;
  return k < comma - 1 && k >= 0 && tokens[k].lower === 'from';
}

function clauseStart(sentence: Sentence, at: number): number {
  for (let k = at - 1; k >= 0; k--) if (CLAUSE_BREAK.has(sentence.tokens[k].text)) return k + 1;
  return 0;
}

