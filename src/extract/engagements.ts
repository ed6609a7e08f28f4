// Finds the engagements a document reports. For each trigger, the parties come from the trigger's
// own clause: the subject chain before it ("A and B discussed ... in a phone call"), the object
// chain after "with"/"between"/"of" or a verb ("held calls with A and B", "met C"), or, when the
// trigger opens the sentence ("In a phone call with B, A stressed"), the main clause's subject.
// A trigger with one party ("In the telephone conversation, A said") refers back to an exchange
// already found, and adds its sentence as evidence instead of inventing a new engagement.
import type {
  ActorReference,
  DateMention,
  DatelineMention,
  EngagementKind,
  EngagementStatus,
  Entity,
  Mention,
  ResolvedSentence,
  Sentence,
  Token,
  TriggerMention,
} from '../types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Registry } from '../resolve/registry.js';
import { INVITING, nearestDate, statusOf } from './status.js';
import { addDays } from '../days.js';
import { spanTense, tenseOf } from '../recognise/dates.js';
import { OBJECT_PREPOSITIONS, supportVerbBefore } from '../lexicon/grammar.js';

export interface DraftEngagement {
  kind: EngagementKind;
  kindKnown: boolean;
  status: EngagementStatus;
  participants: string[];
  initiator: string | null;
  hosting: boolean;
  host: string | null;
  location: { name: string; of: string } | null;
  date: DateMention | null;
  /** Sentence index and trigger span of each report of it in the document. */
  evidence: { sentence: number; start: number; end: number }[];
  /** The sentence that introduced it. */
  sentence: number;
  trigger: TriggerMention;
  /** Who received the other party, for a reception ("X and Y received Z", "Z was received by X"). */
  receivers?: string[];
  /** Those the text says accompanied or joined a party ("joined by A, B and C"): parties, office or not. */
  joinedBy?: string[];
  /** Those the very sentence telling a trip says came along ("travelled to Tripoli, accompanied by A"): at each of its talks. */
  cameAlong?: string[];
}

interface Umbrella {
  /** Told in a relative clause ("The President, who arrived on Sunday on a state visit, ..."). */
  inPassing?: boolean;
  entity: string;
  kind: EngagementKind | null;
  date: DateMention | null;
  sentence: number;
}

export interface EngagementContext {
  lexicon: Lexicon;
  entities: Map<string, Entity>;
  published: string | null;
  /** The state the report is written from (its dateline), when the head of the report names it. */
  homeState?: string | null;
  /** Who held which office when: "his last visit to Pakistan, in February 2020" was not to today's premier. */
  registry?: Registry;
}

const CONNECTORS = new Set([',', 'and', '&', 'as', 'well', 'also', 'separately', 'respectively', 'both', 'with']);
const PARTY_PREPOSITIONS = new Set(['with', 'between', 'to', 'from', 'of', 'by', 'among']);
const FRONTING = new Set(['in', 'during', 'at', 'over', 'on', 'after', 'following', 'via', 'through', 'by', 'while', 'amid']);
const DEFINITE = new Set(['the', 'this', 'that', 'their', 'his', 'her', 'its', 'these', 'those']);
const HABITUAL = /^\s*(?:\S+\s+){0,3}?(several|many|numerous|multiple) times\b|^\s*(?:\S+\s+){0,3}?(repeatedly|regularly|frequently)\b/i;
const HYPOTHETICAL = new Set(['may', 'might', 'could', 'can', 'should', 'claims', 'claimed', 'alleged', 'allegedly', 'reportedly', 'rumoured', 'rumored', 'willing', 'ready', 'too', 'unless', 'whether', 'if']);
const JOINT = new Set(['trilateral', 'three-way', 'quadrilateral', 'four-way', 'multilateral', 'joint', 'tripartite', 'quadripartite']);
const MAX_OBJECT_GAP = 8;
const SITTINGS = new Set(['talks', 'summit', 'meeting', 'dinner', 'lunch', 'consultations', 'discussions']);
const DAY_NAME = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const HOLDING = new Set(['held', 'had', 'conducted']);
const SENDING = new Set(['sent', 'wrote', 'addressed', 'delivered', 'dispatched']);
const MAX_SUBJECT_GAP = 18;
const IN_PERSON = /^[^.;]{0,60}?\b(?:on the (?:sidelines|margins)|at the (?:summit|venue|meeting|conference|reception|dinner|banquet)|in person|face to face|face-to-face)\b/i;
/** What may follow "the two leaders spoke" when they spoke to each other: a manner, a length, a place or a medium, not "of", "about" or "at the conference". */
const RECIPROCAL_NEXT = /^\s+(?:briefly|privately|again|at length|for (?:about |nearly |more than |over )?(?:an|\d+|one|two|three|half)\b|on the (?:sidelines|margins|phone|telephone)|by (?:phone|telephone|video))/i;
const MEDIUM_WORDS = /\b(?:phone|telephone|video|videoconference|virtual|virtually|online|by call)\b/i;

export function findEngagements(sentences: ResolvedSentence[], context: EngagementContext): DraftEngagement[] {
  const found: DraftEngagement[] = [];
  const umbrellas: Umbrella[] = [];
  /** The engagements the text is currently about, for "the two sides" and anaphors. */
  let current: DraftEngagement[] = [];

  /** People told as accompanying a party of an exchange, added once the story is read. */
  const companions: { exchange: DraftEngagement; id: string; sentence: number }[] = [];
  /** The people last named together at the head of a sentence ("Lammy and Blinken reached Kyiv"). */
  let recentPair: string[] = [];
  /** The two people a sentence named last, joined however. */
  let lastTwoNamed: string[] = [];
  /** The pair named before those ("Hours later, Trump, flanked by Vance, received the two ministers"). */
  let earlierTwoNamed: string[] = [];
  /** The first person the story names: its protagonist, one of any delegation it says "also included" others. */
  let lastPerson: string | null = null;
  /** The last day the story gave ("Kordahi resigned on December 3"), which "a day later" counts from. */
  let lastGivenDay: string | null = null;
  /** The month of the last date the story gave ("took office in December"), which "later that month" means. */
  let lastGivenMonth: string | null = null;
  for (const rs of sentences) {
    const { sentence } = rs;
    const dates: DateMention[] = [];
    for (const d of rs.mentions) {
      if (d.type !== 'date') continue;
      const resolved: DateMention = d.sameDay ? sameDayAs(d, found, umbrellas, sentences) : d.daysAfter !== undefined ? daysAfter(d, lastGivenDay, context.published) : d.sameMonth ? monthOf(d, lastGivenMonth, context.published) : d;
      dates.push(resolved);
      if (resolved.date && !resolved.vague) lastGivenDay = resolved.date;
      const month = resolved.date?.slice(0, 7) ?? (resolved.earliest && resolved.latest?.startsWith(resolved.earliest.slice(0, 7)) ? resolved.earliest.slice(0, 7) : null);
      if (month) lastGivenMonth = month;
    }
    lastPerson ??= rs.references.find((r) => !r.group && !r.place && r.entities.length === 1 && context.entities.get(r.entities[0])?.collective === false)?.entities[0] ?? null;
    // (From the first who is no place: "ATHENS (Courier) - Turkish President Erdoğan and Prime Minister Mitsotakis".)
    const firstWho = rs.references.findIndex((r) => !r.place);
    const opening = rs.references.length > 1 && firstWho >= 0 ? chainFrom(sentence, rs.references, firstWho, 1) : [];
    const named: string[] = [];
    for (const r of opening) if (!r.group && !r.place) named.push(...r.entities);
    if (opening.length > 1 && named.length > 1) recentPair = named;
    // ("the President walked with President El-Sisi through the market": two people a sentence
    // names, whatever joins them, are the pair "the two Presidents" means when nothing else is.)
    const people = [...new Set(rs.references.filter((r) => !r.group && !r.place).flatMap((r) => r.entities))].filter((id) => context.entities.get(id)?.collective === false);
    if (people.length === 2) {
      earlierTwoNamed = lastTwoNamed;
      lastTwoNamed = people;
    }
    // "After the talks" dates what follows by the talks already told; it reports nothing new.
    const sameDayPhrases = rs.mentions.filter((m): m is DateMention => m.type === 'date' && m.sameDay === true);
    const allTriggers = rs.mentions.filter((m): m is TriggerMention => m.type === 'trigger');
    // ("A and B were part of the Prime Minister's delegation in the talks": a sentence that seats
    // people at the exchange in hand refers back to it; its "the talks" is no exchange of its own.)
    // (Looked ahead only where such a noun stands: most sentences have none.)
    const seatsCompanions =
      current.length > 0 &&
      rs.mentions.some((m) => m.type === 'trigger' && m.form === 'noun' && definite(sentence, m)) &&
      companionsOf(rs, current, context.entities, false).length > 0;
    const triggers = rs.mentions.filter(
      (m): m is TriggerMention =>
        m.type === 'trigger' &&
        !describesOnly(sentence, m, rs.mentions) &&
        !sameDayPhrases.some((d) => d.first <= m.first && m.last <= d.last) &&
        !(seatsCompanions && m.form === 'noun' && definite(sentence, m)),
    );
    if (triggers.length === 0) {
      companions.push(...companionsOf(rs, current, context.entities).map((c) => ({ ...c, sentence: sentence.index })));
      continue;
    }
    const refs = rs.references;
    const touched: DraftEngagement[] = [];
    let previousSubjects: string[] = [];
    /** Visit words that found no parties of their own, with the place visited if any. */
    const orphanVisits: (ActorReference | null)[] = [];

    for (const trigger of triggers) {
      // "It was the first meeting between the two since Lula took office": the exchange in hand,
      // described. ("... since September 2022" implies one before it, of the same kind.)
      // ("the third conversation between the two presidents since December" counts the ones told; it
      // implies no single one before them.)
      const since = sinceTheLast(sentence, trigger);
      const datedSince = since >= 0 && dates.some((d) => d.first === since + 1);
      const counted = since >= 0 && !modifiersOf(sentence, trigger).includes('first');
      const previous = datedSince && !counted;
      const describing = since >= 0 && (counted ? datedSince : !previous);
      let objectInfo = withinOpeningClause(sentence, trigger, objectChain(sentence, refs, trigger, (k) => triggers.some((t) => t !== trigger && t.first === k), context.entities));
      if (objectInfo.refs.length === 0 && trigger.form === 'noun') objectInfo = togetherWith(sentence, refs, trigger) ?? alongsideBefore(sentence, refs, trigger) ?? objectInfo;
      // "after twelve hours of talks in the lakeside town, hosted by Borrell and Lajčák": the hosts,
      // with the two the story is about.
      let hostedBy: ActorReference[] = [];
      if (objectInfo.refs.length === 0 && trigger.form === 'noun') hostedBy = hostsAfter(sentence, refs, trigger);
      const objects = objectInfo.refs;
      // "have not met since March, when ...": a spell without exchanges, not one called off; the
      // "when" clause tells the last one.
      if (trigger.form === 'verb' && sentence.tokens[trigger.last + 1]?.lower === 'since' && sentence.tokens.slice(Math.max(0, trigger.first - 3), trigger.first).some((t) => t.lower === 'not' || t.lower === "n't" || t.lower === 'never')) continue;
      // ("No Brazilian president has made a state visit to Washington since 1995": nobody's exchange.)
      if (sentence.tokens.slice(0, trigger.first).some((t, k, all) => t.lower === 'no' && (k === 0 || all[k - 1].text === ',') && all.slice(k + 1).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN'))) continue;
      // (A signing before the parties in hand is no exchange of its own: its signatories sat in.)
      if (trigger.lemma === SIGNING && current.length > 0 && SIGNED_BEFORE_THEM.test(sentence.text)) continue;
      // "received X", "received in Jeddah today X", "was received by X": a party, not "received support".
      if (trigger.needsObject && trigger.form === 'verb' && (objects.length === 0 || (objectInfo.via !== null && objectInfo.via !== 'by'))) continue;
      // ("rang the Peace Bell before they sat down": a thing is what was rung, not the party after it.)
      if (trigger.needsObject && trigger.form === 'verb' && trigger.kind === 'phone_call' && ['the', 'a', 'an'].includes(sentence.tokens[trigger.last + 1]?.lower ?? '') && objects[0].first !== trigger.last + 1) continue;
      // "spoke with", "talked to": without the preposition, speaking is not an exchange ...
      // (... unless the two speak to each other: "the two leaders had spoken briefly on the sidelines".)
      let reciprocalOnly = false;
      if (trigger.needsWith) {
        const next = sentence.tokens.slice(trigger.last + 1, trigger.last + 1 + (trigger.withReach ?? 4)).map((t) => t.lower);
        const at = next.findIndex((w) => w === 'with' || w === 'to');
        const prep = trigger.last + 1 + at;
        // "spoke with satisfaction about", "spoke to reporters": someone must follow.
        if (at < 0 || !refs.some((r) => r.first > prep && r.first <= prep + 3)) {
          // ("Obama and Castro sat down together on Saturday".)
          const after = sentence.text.slice(trigger.end - sentence.start);
          if (objects.length > 0 || !((trigger.inPersonWhenPlaced && RECIPROCAL_NEXT.test(after)) || /^\s+together\b/i.test(after))) continue;
          reciprocalOnly = true;
        }
      }
      // "the meeting of A and B", "talks between A and B": the noun names its own parties.
      const ownParties =
        trigger.form === 'noun' && ((objectInfo.via === 'of' || objectInfo.via === 'between') || (objectInfo.via === 'from' && objects.length >= 2)) && !governed(sentence, trigger);
      const members = ownParties ? null : membersListed(sentence, refs, trigger);
      let subjects = ownParties ? [] : members?.refs ?? subjectChain(sentence, refs, trigger, objects);
      // "A and B agreed ..., in their first talks in a year": "their" is the sentence's subject.
      let theirs: string[] = [];
      // ("Kishida expressed his pleasure at meeting Albanese again, following their first meeting":
      // "their" is the two, not the one subject found.)
      if (subjects.length < 2 && objects.length === 0 && determinerOf(sentence, trigger) === 'their') {
        subjects = [];
        const opening = refs.length > 0 ? chainFrom(sentence, refs, 0, 1) : [];
        if (opening.length >= 2 && opening[opening.length - 1].last < trigger.first) subjects = opening;
        // "Their previous meeting was held in Bali": the parties of the exchange in hand.
        else theirs = current[current.length - 1]?.participants ?? [];
      }
      let subjectEntities = theirs.length > 0 ? theirs : entitiesOf(subjects, current, recentPair, refs, context.entities, lastTwoNamed, earlierTwoNamed);
      if (reciprocalOnly && !(subjects.some((r) => r.group) || subjects.length >= 2)) continue;
      // ("which also included A and B": with the one the story has named as one of them.)
      if (members?.also && lastPerson && !subjectEntities.includes(lastPerson)) subjectEntities = [lastPerson, ...subjectEntities];
      if (hostedBy.length > 0 && subjectEntities.length === 0 && recentPair.length === 2) {
        subjectEntities = [...recentPair, ...entitiesOf(hostedBy, current, recentPair, refs, context.entities).filter((id) => !recentPair.includes(id))];
      }
      // "he had visited the UAE ..., and ... his talks with A in Abu Dhabi and with B in Riyadh": the
      // exchanges are his, whom "he" named before, not A's with B.
      // (They share the standing of the trip the sentence told first.)
      let owned = false;
      if (subjectEntities.length === 0 && objects.length > 1 && ['his', 'her'].includes(determinerOf(sentence, trigger) ?? '')) {
        const owner = [...refs].reverse().find((r) => r.last < trigger.first && r.entities.length === 1 && !r.group && !context.entities.get(r.entities[0])?.collective);
        if (!owner) continue;
        subjectEntities = owner.entities;
        owned = true;
      }
      // "X's visit to Washington for talks with Y", "travelled to Berlin to meet Y": the purpose
      // shares the subject of the trip before it.
      const purpose = ['for', 'to'].includes(sentence.tokens[trigger.first - 1]?.lower ?? '');
      if (subjectEntities.length === 0 && purpose) subjectEntities = previousSubjects;
      previousSubjects = subjectEntities;
      // ("Obama and Castro had spoken by telephone on Dec. 16, the day before they announced": with
      // two named as subject, a "they" after the verb is those two again, not the exchange in hand.)
      const objectRefs = subjectEntities.length >= 2 ? objects.filter((r) => !(r.group && r.pronoun)) : objects;
      const objectEntities = entitiesOf(objectRefs, current, recentPair, refs, context.entities, lastTwoNamed, earlierTwoNamed).filter((e) => !subjectEntities.includes(e));
      // Delegations on both sides; "A met B and C" alone may be two separate calls on B and C.
      if (subjectEntities.length > 1 && objectEntities.length > 1) {
        shareDelegationState(subjectEntities, context.entities);
        shareDelegationState(objectEntities, context.entities);
      }
      // A date belongs to the trigger nearest to it: "the first conversation since their previous
      // call in December 2022" dates the call, not the conversation.
      // (A date before a noun is its own only when it stands right before it, "Wednesday's
      // meeting": "received X on Wednesday, the leader's first visit" dates the reception.)
      // ("sat down with Zelensky in Kyiv today, and tomorrow he flies to Moscow": a later trigger
      // with a date of its own before it does not take the one before that.)
      const gap = (d: DateMention, t: TriggerMention): number =>
        d.first > t.last
          ? d.first - t.last
          : (t !== trigger && t.form === 'noun' && t.first - d.last > 3) || dates.some((o) => o !== d && o.first > d.last && o.last < t.first)
            ? Infinity
            : t.first - d.last + 2;
      // Nor does a date in a relative clause after it ("met X, who took up the post last week").
      const inRelative = (d: DateMention): boolean =>
        (d.first > trigger.last &&
          sentence.tokens.slice(trigger.last + 1, d.first).some((t, k, between) => t.lower === 'who' || t.lower === 'whom' || t.lower === 'whose' || t.lower === 'which' || (t.lower === 'that' && k > 0 && between[k - 1].pos === 'NOUN'))) ||
        (d.last < trigger.first && insideRelativeClause(sentence.tokens, d, trigger.first)) ||
        // ("cancelled on Thursday the summit due in Singapore on June 12, telling him in a letter": a
        // participle after a comma shares the main clause's day, not another date of that clause.)
        // (The other date of that clause, not of a clause before it: "visited Damascus last month, ...,
        // and al-Shaibani had chosen Riyadh at the beginning of January, holding talks there".)
        (d.last < trigger.first &&
          dates.some((o) => o.last < d.first && !sentence.tokens.slice(o.last + 1, d.first).some((t, k, between) => t.text === ';' || (t.text === ',' && between[k + 1]?.lower === 'and'))) &&
          sentence.tokens.slice(d.last + 1, trigger.first).some((t, k, between) => k > 0 && between[k - 1].text === ',' && t.pos === 'VERB' && /^[a-z]+ing$/.test(t.text))) ||
        // "the first foreign minister to visit Mongolia since the new government took office in
        // July": a date after "since" and a verb of its own is that verb's.
        (d.first > trigger.last && sinceClauseVerb(sentence.tokens, trigger.last + 1, d.first)) ||
        // "his first visit to the United States since taking office last year": the date is the other verb's.
        // ("met with visiting Secretary X on June 19": a word of a name's title is no verb.)
        (d.first > trigger.last &&
          sentence.tokens
            .slice(trigger.last + 1, d.first)
            .some((t, k) => t.pos === 'VERB' && /^[a-z]+ing$/.test(t.text) && !/^(?:during|including|regarding|concerning)$/.test(t.lower) && !refs.some((r) => r.first <= trigger.last + 1 + k && trigger.last + 1 + k <= r.last)));
      // ("a visit meant to put January's exchange of strikes behind them": a date that owns another
      // noun is that noun's.)
      const ownsOther = (d: DateMention): boolean => sentence.tokens[d.last + 1]?.lower === "'s" && d.last + 2 !== trigger.first;
      const ownDates = dates.filter(
        (d) =>
          !ownsOther(d) &&
          !refs.some((r) => d.first >= r.first && d.last <= r.last) &&
          // (Every trigger competes for a date, also those that report nothing themselves.)
          !allTriggers.some((t) => t !== trigger && gap(d, t) < gap(d, trigger)) &&
          !inRelative(d),
      );
      // Tense and age are read from the trigger's own dates, not another verb's.
      // (Described, it has the standing of the exchange it describes: "where he met X in his first visit since ...".)
      const inHandStatus = (touched[touched.length - 1] ?? current[current.length - 1])?.status ?? 'reported';
      // ("Xi's state visit to Moscow in March, during which he held long talks with Putin": the
      // exchange a "during which" clause tells shares the standing of the trip it belongs to.)
      // (So does ", hosted by the Spanish Prime Minister" after "he will take part in the summit".)
      // (And so does the second of two exchange nouns joined by "and": "includes talks with A and a meeting with B".)
      // (And a noun set beside the exchange to describe it: "will arrive on Thursday for talks with
      // Luxon, the first visit to New Zealand by a Chinese premier in seven years".)
      const coordinated = coordinatedVerb(sentence, trigger, allTriggers);
      const during =
        owned || duringWhich(sentence, trigger) || hostedByAfterComma(sentence, trigger) || coordinatedNoun(sentence, trigger, allTriggers) || coordinated || appositiveNoun(sentence, trigger, allTriggers)
          ? touched.filter((t) => t.sentence === sentence.index && t.trigger.last < trigger.first).pop()
          : // ("had already spoken by telephone, including on 10 May, when Merz called him from Kyiv":
            // a "when" clause under an earlier exchange looks back with it.)
            whenClause(sentence, trigger)
            ? touched.filter((t) => t.sentence === sentence.index && t.trigger.last < trigger.first && t.status === 'background').pop()
            : undefined;
      const status = during ? during.status : describing ? inHandStatus : statusOf(sentence, trigger, dates.filter((d) => !inRelative(d) && !ownsOther(d)), context.published, found.length === 0, dates);
      // "On April 2, Mr. X ... held a meeting": a date that opens the sentence dates its main event.
      // ("A and B pledged on Friday to ..., at a White House meeting": the main verb's day is the meeting's.)
      let date = describing
        ? null
        : nearestDate(trigger, ownDates) ??
          dates.find((d) => d.last < trigger.first && !refs.some((r) => r.first < d.first)) ??
          (settingOff(sentence.tokens, trigger) ? dates.find((d) => d.last < trigger.first && d.date && !d.vague && !inRelative(d)) : undefined) ??
          // ("visited Belarus earlier this month and held talks with X": the verbs share the day.)
          (during && coordinated ? during.date : null) ??
          null;
      // "met Xi on Wednesday, a day after holding talks with Hu": the day before the one given.
      const countedBack = daysEarlierThan(sentence.tokens, trigger.first);
      const base = countedBack ? dates.filter((d) => d.last < countedBack.at && d.date).pop() : undefined;
      if (countedBack && base?.date) {
        const day = addDays(base.date, -countedBack.days);
        date = { ...base, date: day, earliest: day, latest: day };
      }
      const location = findLocation(sentence, trigger, context.lexicon, refs);
      // "spoke with Xi on the sidelines of the summit in Bali": speaking somewhere is meeting there.
      // (Not a place of other talks told after it: "spoke to Rouhani ahead of the nuclear talks in Geneva".)
      const placeAt = location ? sentence.text.indexOf(location.name, trigger.end - sentence.start) + sentence.start : -1;
      const placedHere = placeAt >= 0 && placeAt - trigger.end <= 80 && !allTriggers.some((t) => t !== trigger && t.start > trigger.end && t.start < placeAt);
      const spokeInPerson =
        !!trigger.inPersonWhenPlaced &&
        (placedHere || IN_PERSON.test(sentence.text.slice(trigger.end - sentence.start))) &&
        !MEDIUM_WORDS.test(sentence.text);
      const triggerKind: EngagementKind = spokeInPerson ? 'meeting' : trigger.kind;

      // Parties named together by one plural title meet together.
      // ("Merkel hosted Putin, Hollande and Poroshenko in Berlin": guests hosted together meet together.)
      const hostedTogether = trigger.hosting && trigger.form === 'verb' && objectInfo.via !== 'by' && objects.length > 1 && !/\b(?:separately|respectively|separate|in turn)\b/i.test(sentence.text);
      const onePhrase = (objects.length > 1 && objects[0].phrase !== null && objects.every((r) => r.phrase === objects[0].phrase)) || objectInfo.jointly === true || hostedTogether;
      let groups = partition(subjectEntities, objectEntities, sentence, trigger, context.entities, onePhrase, status === 'reported');
      // "The summit, chaired by Xi, brought together A, B and C": the chair sits with them.
      if (subjectEntities.length === 0 && groups.length === 1) {
        const chairs = entitiesOf(chairedBefore(sentence, refs, trigger), current, recentPair, refs, context.entities).filter((id) => !groups[0].includes(id));
        if (chairs.length > 0) groups = [[...chairs, ...groups[0]]];
      }
      let produced = false;
      // "met separately with A and B on Tuesday and Wednesday respectively": one day each, in order.
      const respective = groups.length > 1 && /\brespectively\b/i.test(sentence.text) ? dates.filter((d) => d.first > trigger.last && d.date) : [];
      for (const [n, participants] of groups.entries()) {
        const parties = cleanParticipants(participants, context.entities);
        if (parties.length < 2) continue;
        const inHand = previous && !trigger.kindKnown ? current[current.length - 1] : undefined;
        const draft: DraftEngagement = {
          kind: inHand?.kindKnown ? inHand.kind : triggerKind,
          // ("their talks in Kazan": talks held somewhere were held in person.)
          // ("The two leaders spoke for about three hours": how is the exchange in hand's to say.)
          kindKnown: (trigger.kindKnown && !(reciprocalOnly && !spokeInPerson && !MEDIUM_WORDS.test(sentence.text.slice(trigger.end - sentence.start, trigger.end - sentence.start + 20)))) || (location !== null && triggerKind === 'meeting') || !!inHand?.kindKnown,
          status,
          participants: parties,
          initiator: initiatorOf(sentence, trigger, objectInfo.via, subjectEntities, objectEntities, rs, context.entities),
          hosting: trigger.hosting,
          host: null,
          location: objects.length > 1 ? placeAfterObject(sentence, objects, participants, context.lexicon) ?? location : location,
          date: respective.length === groups.length ? respective[n] : date,
          evidence: [{ sentence: sentence.index, start: sentence.start, end: sentence.end }],
          sentence: sentence.index,
          trigger,
        };
        draft.host = hostOf(draft, subjectEntities, context);
        placeTheHost(draft, trigger, objectInfo.via, subjectEntities, objectEntities, context.entities);
        const receivers = objectInfo.via === 'by' ? objectEntities : subjectEntities;
        if (trigger.hosting && trigger.form === 'verb' && receivers.length > 0) draft.receivers = receivers;
        // "met with visiting Secretary X": the other side receives the guest.
        else if (objects.some((r) => visitorNamed(sentence, r))) draft.receivers = subjectEntities;
        else if (subjects.some((r) => visitorNamed(sentence, r))) draft.receivers = objectEntities;
        // "X, Y and Z joined W for the talks": a definite reference to an exchange already found
        // that counts all of these among its parties.
        // (Not a call, for talks held somewhere, nor one of another day: "following the telephone talk in
        // October and their conversation in Glasgow".)
        const referredTo = definite(sentence, trigger)
          ? found.find((f) => f.status === status && parties.every((p) => f.participants.includes(p)) && !(draft.location && (f.kind === 'phone_call' || f.kind === 'video_call') && f.kindKnown && draft.kind !== f.kind) && !(f.date?.date && draft.date?.date && f.date.date !== draft.date.date))
          : undefined;
        // (The first meeting "since Lula took office" is the exchange already told, whatever its kind.)
        const described = describing ? found.find((f) => f.status === status && f.participants.length === draft.participants.length && draft.participants.every((p) => f.participants.includes(p))) : undefined;
        const same = referredTo ?? described ?? found.find((f) => sameExchange(f, draft));
        if (same) {
          absorb(same, draft);
          touched.push(same);
        } else {
          found.push(draft);
          touched.push(draft);
        }
        produced = true;
      }
      if (produced) continue;
      if (trigger.kind === 'visit' && trigger.form === 'noun' && indefinite(sentence, trigger) && status === 'reported') orphanVisits.push(objects.find((r) => r.place || r.entities.some((id) => context.entities.get(id)?.collective)) ?? null);

      // One party: an umbrella ("held phone conversations on Thursday with a number of officials")
      // or a reference back to an exchange already found ("in the telephone conversation, A said").
      const only = [...subjectEntities, ...objectEntities];
      const hasGroup = [...subjects, ...objects].some((r) => r.group);
      if (only.length === 1 && !hasGroup && (trigger.plural || indefinite(sentence, trigger)) && status === 'reported') {
        umbrellas.push({ entity: only[0], kind: trigger.kindKnown ? trigger.kind : null, date, sentence: sentence.index, inPassing: insideRelativeClause(sentence.tokens, trigger, sentence.tokens.length) });
        continue;
      }
      if (!definite(sentence, trigger) && !hasGroup) continue;
      const target = antecedent(found, current, only);
      // ("The working group is to hold its first meeting by January 30": a plan is not the talks told.)
      if (target && (status === target.status || status === 'reported')) {
        if (!target.evidence.some((e) => e.sentence === sentence.index)) {
          target.evidence.push({ sentence: sentence.index, start: sentence.start, end: sentence.end });
        }
        if (trigger.kindKnown) learnKind(target, trigger.kind);
        if (!target.date && date && !date.vague) target.date = date;
        touched.push(target);
      } else if (target && status === 'background' && (target.status === 'reported' || target.status === 'planned') && only.every((p) => target.participants.includes(p)) && trigger.form === 'noun' && trigger.kindKnown && followingEarlier(sentence, trigger)) {
        // "pleased to hold a summit with Biden, following the telephone talk held in October": an
        // earlier exchange of the same two, told as what this one follows.
        const earlier: DraftEngagement = { ...target, kind: trigger.kind, kindKnown: true, status, date, initiator: null, host: null, location, evidence: [{ sentence: sentence.index, start: sentence.start, end: sentence.end }], sentence: sentence.index, trigger, receivers: undefined, joinedBy: undefined };
        const same = found.find((f) => sameExchange(f, earlier));
        if (same) absorb(same, earlier);
        else found.push(earlier);
      }
    }
    // "X was welcomed by Y ..., the main day of a state visit to Z": the exchange this sentence
    // reports is the visit the trip noun names.
    if (orphanVisits.length > 0) {
      const met = touched.find((e) => e.sentence === sentence.index && e.kind === 'meeting' && e.status === 'reported');
      if (met) {
        const place = orphanVisits.find((r) => r !== null);
        const hostParty = place ? context.entities.get(place.entities[0])?.affiliation ?? null : null;
        met.kind = 'visit';
        met.kindKnown = true;
        met.host = hostParty ?? met.host;
      }
    }
    if (touched.length > 0) current = [...new Set(touched)];
    // ("signed by A and B ... witnessed by C": the exchange this very sentence told.)
    companions.push(...companionsOf(rs, current, context.entities).map((c) => ({ ...c, sentence: sentence.index })));
    // "brought together A and B ... for talks": the talks of two of the three are the same meeting.
    for (const part of touched) {
      if (part.sentence !== sentence.index) continue;
      const whole = touched.find((w) => w !== part && w.sentence === sentence.index && w.status === part.status && w.kind === part.kind && w.participants.length > part.participants.length && part.participants.every((p) => w.participants.includes(p)));
      if (!whole) continue;
      absorb(whole, part);
      found.splice(found.indexOf(part), 1);
      current = current.filter((c) => c !== part);
    }
  }
  // (Added after the story is read, so that "the two leaders" still means the principals.)
  for (const { exchange, id, sentence } of companions) {
    if (exchange.participants.includes(id)) continue;
    exchange.participants.push(id);
    (exchange.joinedBy ??= []).push(id);
    if (sentence === exchange.sentence) (exchange.cameAlong ??= []).push(id);
    // (A state that stood for its side gives way to the person who sat in for it.)
    const side = context.entities.get(id)?.affiliation;
    exchange.participants = exchange.participants.filter((p) => !(context.entities.get(p)?.collective && context.entities.get(p)?.affiliation === side));
  }
  upgradeCollectives(found, context.entities, delegationLeaders(sentences, context.entities));

  // (The span of days the story's opening gives its news: "the agreement signed in Washington last week".)
  const openingSpans = sentences
    .slice(0, 3)
    .flatMap((rs) => rs.mentions)
    .filter((m): m is DateMention => m.type === 'date' && !m.date && !!m.earliest && !!m.latest);
  demoteAsides(found, context.published, sentences[0]?.sentence.index ?? 0, openingSpans);
  // Engagements with no date of their own take the date of the umbrella sentence that announced
  // them; "talks" with no medium take the umbrella's kind, else stay meetings.
  for (const e of found) {
    const before = umbrellas.filter((u) => u.sentence <= e.sentence && e.participants.includes(u.entity));
    const dated = before.filter((u) => u.date).pop();
    const kinded = before.filter((u) => u.kind).pop();
    if (!e.date && dated) e.date = dated.date;
    if (kinded?.kind) learnKind(e, kinded.kind);
  }
  const folded = foldVisits(found, context.entities, sentences, context.registry);
  const visitedIn = statesVisitedBySentence(folded, sentences, context.lexicon);
  const placeMeetings = (all: DraftEngagement[]): DraftEngagement[] =>
    all.map((e) => (e.kind === 'meeting' ? visitWhenAtHome(e, context.entities, placeStateOf(e, all, context, sentences, visitedIn)) : e));
  // Twice: a meeting found to be a visit ("talks with Lavrov in Moscow") is the trip that places
  // the others of the story ("earlier in the visit, he met Manturov").
  const placed = oneVisitPerTrip(placeMeetings(placeMeetings(folded)).map((e) => receivedAsGuest(summitOfThree(withoutCompanions(e, context.entities), context.entities), context.entities)));
  earlierStops(placed, sentences);
  onTheStoryDay(placed, sentences, context.published);
  behindTheLead(placed);
  return visitsByPeople(placed, context.entities);
}

/**
 * A visit is made by someone: a trip to a state whose hosts the story does not name is the
 * visitor's alone, hosted by that state ("Erdoğan paid a working visit to Qatar"), and a "visit"
 * between states with no one making it ("travelled to Ukraine via Poland after his visit to India")
 * is none. Other exchanges of a state acting as a whole stay, as PLOVER and ICEWS code them.
 */
function visitsByPeople(drafts: DraftEngagement[], entities: Map<string, Entity>): DraftEngagement[] {
  const out: DraftEngagement[] = [];
  for (const e of drafts) {
    const people = e.participants.filter((id) => !entities.get(id)?.collective);
    if (e.kind === 'visit' && people.length === 0) continue;
    if (e.kind === 'visit' && people.length < e.participants.length) {
      const place = e.participants.find((id) => entities.get(id)?.collective);
      out.push({ ...e, participants: people, host: e.host ?? (place ? entities.get(place)?.affiliation ?? null : null) });
      continue;
    }
    out.push(e);
  }
  return out;
}

/**
 * "Hollande met Putin in Moscow on Thursday ... On Tuesday, Hollande flew to Washington for talks
 * with Obama": an exchange told after the lead and dated days before it is the story's background.
 */
function behindTheLead(drafts: DraftEngagement[]): void {
  const reported = drafts.filter((e) => e.status === 'reported').sort((a, b) => a.sentence - b.sentence);
  const lead = reported[0];
  const day = lead?.date?.date;
  if (!day) return;
  for (const e of reported) if (e.sentence > lead.sentence && e.date?.date && e.date.date < addDays(day, -1)) e.status = 'background';
}

/** How many days before publication the story's day may be. */
const STORY_DAYS = 2;

/**
 * News tells its exchanges on the story's day: an exchange reported as news with no date words of
 * its own ("Vladimir Putin had a telephone conversation with ...", under a header dated the day)
 * took place on the day the head of the report gives: the date of its lead exchange, else a date
 * printed in the head ("February 12, 2025", "ANTALYA, March 10 -"), when that day is one of the
 * last few before publication. "Recently", "this week" and other words that leave the day open
 * keep it open.
 */
function onTheStoryDay(drafts: DraftEngagement[], sentences: ResolvedSentence[], published: string | null): void {
  if (!published) return;
  const recent = (day: string | null | undefined): day is string => !!day && day <= published && day >= addDays(published, -STORY_DAYS);
  const reported = drafts.filter((e) => e.status === 'reported').sort((a, b) => a.sentence - b.sentence);
  if (reported.length === 0) return;
  const lead = reported[0].sentence;
  // (The date's own words stay its text: "on Thursday" of the lead, "February 12, 2025" of the header.)
  let day: DateMention | null = reported.find((e) => e.sentence === lead && recent(e.date?.date))?.date ?? null;
  // (A day the lead's own words give, "agreed late on Wednesday", before the dateline's.)
  const head = sentences.filter((rs) => rs.sentence.index <= lead).flatMap((rs) => rs.mentions);
  const told = head.find((m): m is DateMention => m.type === 'date' && !m.sameDay && recent(m.date));
  const printed = head.find((m): m is DatelineMention => m.type === 'dateline' && recent(m.date));
  if (!day && told) day = told;
  if (!day && printed) day = { ...printed, type: 'date', earliest: printed.date, latest: printed.date, tense: printed.date === published ? 'present' : 'past', vague: false };
  if (!day) return;
  // A story told over several days leaves an undated exchange's day open.
  if (new Set(reported.map((e) => e.date?.date).filter(Boolean)).size > 1) return;
  // ("Following the meeting with the Egyptian President, Araghchi held talks": a same-day phrase
  // told before that meeting had its day takes it now.)
  for (const e of reported) if (e.date?.sameDay && !e.date.date) e.date = day;
  // ("Cameron travelled to Kyiv today ... During the visit Lord Cameron also met X": a trip the lead
  // starts that day, never said to last days, was that day's.)
  const dayTrip = !sentences.some((rs) => SEVERAL_DAYS.test(rs.sentence.text)) && sentences.some((rs) => rs.sentence.index <= lead && TRAVELLED.test(rs.sentence.text));
  for (const e of reported) if (!e.date && (dayTrip || !SPAN_OF_DAYS.test(sentences.find((rs) => rs.sentence.index === e.sentence)?.sentence.text ?? ''))) e.date = day;
}

const TRAVELLED = /\b(?:travell?ed|arrived|flew|landed)\b/i;

/** "a two-day visit", "days of talks", "a week-long tour", "from June 18 to 19": a trip said to last more than a day. */
const SEVERAL_DAYS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)[- ]day (?:(?:state|official|working) )?(?:visit|trip|tour|stay|summit)\b|\bfor (?:two|three|four|five|six|seven|several|\d+) days\b|\bdays of\b|\bweek-long\b|\bfrom \w+ \d{1,2} to \d{1,2}\b|\b\d{1,2}(?:-| to )\d{1,2} \w+/i;

/** "During the visit", "after three days of negotiations": words that put an exchange somewhere in a span of days. */
const SPAN_OF_DAYS = /\b(?:(?:during|in the course of|earlier in|later in) (?:the|his|her|their) (?:visit|stay|trip|tour)|(?:days|rounds) of (?:talks|negotiations|meetings|consultations))\b/i;

/**
 * "Thailand and Cambodia agreed to a ceasefire after talks hosted by Anwar", then "Anwar brought
 * together Hun Manet and Phumtham": states named as parties of an exchange whose people the story
 * names are those people's exchange.
 */
/** "The Iranian delegation was headed by Araghchi": who leads each party's delegation in this story. */
function delegationLeaders(sentences: ResolvedSentence[], entities: Map<string, Entity>): Map<string, string> {
  const leaders = new Map<string, string>();
  for (const rs of sentences) {
    const tokens = rs.sentence.tokens;
    for (let k = 1; k + 2 < tokens.length; k++) {
      if (!['led', 'headed'].includes(tokens[k].lower) || tokens[k + 1].lower !== 'by') continue;
      const group = [...rs.references].reverse().find((r) => r.last < k && k - r.last <= 3 && r.entities.length === 1 && entities.get(r.entities[0])?.collective);
      const leader = rs.references.find((r) => r.first > k + 1 && r.first <= k + 4 && r.entities.length === 1 && !entities.get(r.entities[0])?.collective);
      const state = group ? entities.get(group.entities[0])?.affiliation : null;
      if (state && leader && !leaders.has(state)) leaders.set(state, leader.entities[0]);
      // "... was headed by Araghchi and the American delegation by Witkoff": the verb left out.
      if (!leader) continue;
      for (const other of rs.references) {
        if (other.first <= leader.last || !entities.get(other.entities[0] ?? '')?.collective || tokens[other.last + 1]?.lower !== 'by') continue;
        const next = rs.references.find((r) => r.first > other.last + 1 && r.first <= other.last + 4 && r.entities.length === 1 && !entities.get(r.entities[0])?.collective);
        const side = entities.get(other.entities[0])?.affiliation;
        if (next && side && !leaders.has(side)) leaders.set(side, next.entities[0]);
      }
    }
  }
  return leaders;
}

const inPerson = (kind: EngagementKind): boolean => kind === 'meeting' || kind === 'visit';

function upgradeCollectives(found: DraftEngagement[], entities: Map<string, Entity>, leaders: Map<string, string>): void {
  for (let n = found.length - 1; n >= 0; n--) {
    const a = found[n];
    if (!a.participants.some((id) => entities.get(id)?.collective)) continue;
    // A trip to a state ("paid working visits to Mali and Burkina Faso") is folded with the
    // reception there by foldVisits; here only states named as parties acting.
    if (a.kind === 'visit' && !a.hosting) continue;
    // "Talks between Iran and the United States ... The Iranian delegation was headed by Araghchi,
    // while the American side was led by Witkoff": the states' exchange is their leaders'.
    const led = a.participants.map((id) => (entities.get(id)?.collective ? leaders.get(entities.get(id)!.affiliation ?? '') ?? null : id));
    if (led.every((id) => id !== null) && new Set(led).size === led.length) {
      // (A leader the story names without a state is of the side he leads.)
      a.participants.forEach((id, k) => {
        const leader = entities.get(led[k]!);
        if (entities.get(id)?.collective && leader && !leader.affiliation) leader.affiliation = entities.get(id)!.affiliation;
      });
      a.participants = led as string[];
      continue;
    }
    const fits = (b: DraftEngagement): boolean =>
      b !== a &&
      b.status === a.status &&
      (b.kind === a.kind || !a.kindKnown || !b.kindKnown || (inPerson(a.kind) && inPerson(b.kind))) &&
      !b.participants.some((id) => entities.get(id)?.collective) &&
      b.participants.length >= a.participants.length &&
      a.participants.every((id) => {
        const e = entities.get(id);
        return e?.collective ? b.participants.some((p) => entities.get(p)?.affiliation === e.affiliation) : b.participants.includes(id);
      });
    const people = found.find(fits);
    if (!people) continue;
    absorb(people, a);
    found.splice(n, 1);
  }
}

/**
 * "Prime Minister Bennett was accompanied by Housing Minister Ze'ev Elkin": whoever accompanies a
 * party of the exchange in hand sits on that party's side of it.
 */
const THIRD_PARTY_VERBS = new Set(['mediated', 'chaired', 'facilitated', 'moderated', 'brokered']);
const COMPANION_VERBS = new Set(['accompanied', 'joined', 'flanked', 'witnessed', 'attended', ...THIRD_PARTY_VERBS]);
/** "talks with their delegations, in which the Minister X took part": those named in the clause took part. */
const IN_WHICH_TOOK_PART = /\b(?:in|at) which\b[^.;]{0,160}?\b(?:took|take|takes|also took) part\b/i;
/** "Suh Hoon on our side and Kim Yong-chol on theirs sat in on our talks": those named before it took part.
 * ("Cai Qi, Wang Yi and others were present at the meeting", the delegations of a readout; "A and B
 * joined the President for the talks"; "A and B were among the Indonesian ministers present".) */
const SAT_IN =
  /\b(?:sat in on|(?:also )?took part in|(?:was|were) (?:also )?present (?:at|in|during)|joined(?: (?:the \w+|him|her|them) (?:for|in|at))?) (?:the|our|their|these|both) (?:talks|meeting|meetings|discussions?|conversation|session)\b|\b(?:was|were) (?:also )?present(?=\s*[.;]\s*$)|\b(?:also )?took part(?=\s*[.;]\s*$)|\b(?:was|were) (?:also )?present at the above\b|\b(?:was|were) among the [^.;]{0,40}?\bpresent\b|\b(?:was|were) (?:also )?(?:part|members?) of (?:the|his|her|their) [^.;,]{0,40}?\bdelegation\b/i;
/** Words without which no sentence seats anyone at an exchange. */
const COMPANION_HINT = /\b(?:accompanied|joined|attended|present|part|members?|took|sat|represented|included|comprised|flanked|witnessed|mediated|chaired|facilitated|moderated|brokered|brought|brings|bringing|signed)\b/i;
/** "A, B and C accompanied Erdoğan on the visit": those before it came along with the one after it. */
const ACCOMPANIED_ON = /\baccompanied (?!by\b)/i;
/** "an expanded session in which A joined President B at the table": the one who joined sat in. */
const JOINED_AT = /\bjoined (?=[^.;,]{0,60}?\b(?:at the table|in the talks|for the talks|at the talks)\b)/i;
/** "Sitting in on the talks were A and B", "The Russian side was represented by A, B and C": those named after it took part. */
const SAT_IN_BEFORE =
  /^(?:(?:also )?(?:sitting in on|present at|attending|taking part in) (?:the|their|these) (?:talks|meeting|meetings|discussions|conversation|session)\b[^.;]{0,40}?\b(?:was|were)\b|the [\p{L}-]+ (?:side|delegation) (?:was|were) represented by\b|the [\p{L}-]+ delegation (?:included|comprised)\b)/iu;
/** "... signed by A and B in the presence of the two leaders": those who signed before the parties in hand sat in. */
const SIGNING = 'signed by';
const SIGNED_BEFORE_THEM = /\b(?:in the presence of (?:the (?:two|three|four) (?:leaders|presidents|heads of state|prime ministers|sides)|both leaders)|in (?:their|the leaders') presence|in front of them)\b/i;
/** "the two delegations, which included A on the Russian side and B on the Indonesian side": those listed after it took part. */
const DELEGATIONS_INCLUDED = /\b(?:the|both|their) (?:two )?delegations,? (?:which|that) (?:also )?(?:included|comprised|consisted of)\b/i;
/** ", who had brokered the encounter": the one who brought the parties together. */
const BROKER = /, who (?:had )?(?:also )?(?:brokered|mediated|arranged|facilitated|chaired|hosted) (?:the|their) (?:encounter|talks|meeting|session|conversation)\b/gi;
/** "Mr Ma brought Andrew Hsia": whom a party took along. */
const BRINGING = new Set(['brought', 'brings', 'bringing']);

/** (With `settle` false, nothing is written to the entities: a look ahead only.) */
function companionsOf(rs: ResolvedSentence, current: DraftEngagement[], known: Map<string, Entity>, settle = true): { exchange: DraftEngagement; id: string }[] {
  if (!settle && !COMPANION_HINT.test(rs.sentence.text)) return [];
  const entities = settle ? known : new Map([...known].map(([id, e]) => [id, { ...e }]));
  const tokens = rs.sentence.tokens;
  // (A trip to a state told with the meeting it held, "a visit to the United States, during which
  // he met Trump", is one exchange with it: the people in it decide.)
  const withPeople = current.filter((c) => c.participants.filter((id) => !entities.get(id)?.collective).length >= 2);
  // (Of several, the one told as news: "After a private conversation, ... an expanded session".)
  const reportedWithPeople = withPeople.filter((c) => c.status === 'reported');
  const exchange = withPeople.length === 1 ? withPeople[0] : current.length === 1 ? current[0] : reportedWithPeople.length === 1 ? reportedWithPeople[0] : undefined;
  const out: { exchange: DraftEngagement; id: string }[] = [];
  if (!exchange || exchange.status !== 'reported') return out;
  const sides = new Set(exchange.participants.map((id) => entities.get(id)?.affiliation));
  /** People of the exchange's sides referred to between two offsets of the text. */
  const sideMembersWithin = (from: number, to: number, side: string | null = null): void => {
    const within = rs.references.filter((r) => r.start >= from && r.end <= to && !r.group);
    const named = within.flatMap((r) => r.entities.map((id) => entities.get(id))).filter((e): e is Entity => !!e);
    const people = named.filter((e) => !e.collective);
    // ("Cai Qi, Wang Yi and others": one listed without a state is of the state of the others, when
    // no other state is named among them.)
    const states = new Set(named.map((e) => e.affiliation).filter((a): a is string => !!a));
    for (const e of people) {
      if (!e.affiliation && side) e.affiliation = side;
      if (!e.affiliation && states.size === 1 && people.length > 1) e.affiliation = [...states][0];
      if (e.affiliation && sides.has(e.affiliation) && !exchange.participants.includes(e.id)) out.push({ exchange, id: e.id });
    }
  };
  const sat = SAT_IN.exec(rs.sentence.text);
  if (sat && !/^\s*(?:was|were)\b/.test(rs.sentence.text.slice(sat.index + sat[0].length))) {
    // ("were part of the Prime Minister's delegation": of the side whose delegation it is.)
    const whose = /delegation$/i.test(sat[0]) ? rs.references.find((r) => r.start > rs.sentence.start + sat.index && r.end < rs.sentence.start + sat.index + sat[0].length && r.entities.length === 1 && exchange.participants.includes(r.entities[0])) : undefined;
    sideMembersWithin(rs.sentence.start, rs.sentence.start + sat.index, whose ? entities.get(whose.entities[0])?.affiliation ?? null : null);
    return out;
  }
  // "A and B accompanied Erdoğan on the visit", "in which A joined President B at the table": those
  // named before the verb, with one of the exchange named after it, came along on that one's side.
  for (const verb of [ACCOMPANIED_ON, JOINED_AT]) {
    const m = verb.exec(rs.sentence.text);
    if (!m) continue;
    const at = rs.sentence.start + m.index;
    const after = rs.references.find((r) => r.start >= at + m[0].length && r.start <= at + m[0].length + 2 && r.entities.length === 1 && exchange.participants.includes(r.entities[0]));
    if (!after) continue;
    sideMembersWithin(rs.sentence.start, at, entities.get(after.entities[0])?.affiliation ?? null);
    return out;
  }
  // ("Among the documents exchanged in the presence of the two leaders were agreements signed by A and B".)
  const signedBy = rs.mentions.find((m): m is TriggerMention => m.type === 'trigger' && m.lemma === SIGNING);
  if (signedBy && SIGNED_BEFORE_THEM.test(rs.sentence.text)) {
    sideMembersWithin(signedBy.end, rs.sentence.end);
    return out;
  }
  const satBefore = SAT_IN_BEFORE.exec(rs.sentence.text);
  if (satBefore) {
    // ("The Russian side was represented by A, B and C": those listed are of the side it names.)
    const after = rs.sentence.start + satBefore[0].length;
    const named = rs.references.find((r) => r.end <= after && r.entities.length === 1);
    const side = named ? entities.get(named.entities[0])?.affiliation ?? null : null;
    // (Those the list names, not whom a title in it serves: "A, the special envoy of President B".)
    const listed = rs.references.findIndex((r) => r.start >= after);
    const chain = listed >= 0 ? chainFrom(rs.sentence, rs.references, listed, 1) : [];
    sideMembersWithin(after, side ? chain[chain.length - 1]?.end ?? after : rs.sentence.end, side);
    return out;
  }
  // "continued with the participation of the two delegations, which included A and B on the Russian
  // side and C on the Indonesian side".
  const delegationsOf = DELEGATIONS_INCLUDED.exec(rs.sentence.text);
  if (delegationsOf) {
    const from = rs.sentence.start + delegationsOf.index + delegationsOf[0].length;
    for (const r of rs.references) {
      if (r.start < from || r.group || r.entities.length !== 1) continue;
      const e = entities.get(r.entities[0]);
      if (!e || e.collective) continue;
      // ("... on the Indonesian side": the side named after the person is theirs when the text gives none.)
      if (!e.affiliation) {
        const after = rs.references.find((o) => o.first > r.last && o.entities.length === 1 && rs.sentence.tokens[o.last]?.lower === 'side');
        if (after) e.affiliation = entities.get(after.entities[0])?.affiliation ?? null;
      }
      if (e.affiliation && sides.has(e.affiliation) && !exchange.participants.includes(e.id)) out.push({ exchange, id: e.id });
    }
    return out;
  }
  // "talks with their delegations, in which the Minister for Europe and Foreign Affairs, Catherine
  // Colonna, took part".
  const tookPart = IN_WHICH_TOOK_PART.exec(rs.sentence.text);
  if (tookPart) sideMembersWithin(rs.sentence.start + tookPart.index, rs.sentence.start + tookPart.index + tookPart[0].length);
  // "with Turkish Foreign Minister Mevlut Cavusoglu, who had brokered the encounter, sitting
  // between them": the one who brought the two together took part, of whatever side.
  for (const broker of rs.sentence.text.matchAll(BROKER)) {
    const at = rs.sentence.start + (broker.index ?? 0);
    const ref = [...rs.references].reverse().find((r) => r.end <= at && at - r.end <= 2 && r.entities.length === 1);
    const e = ref ? entities.get(ref.entities[0]) : undefined;
    if (e && !e.collective && !exchange.participants.includes(e.id)) out.push({ exchange, id: e.id });
  }
  // "while Mr Ma brought Andrew Hsia, the Mainland Affairs Council minister": a party of the
  // exchange brought along whom the verb names, on that party's side.
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!BRINGING.has(tokens[k].lower)) continue;
    const who = rs.references.find((r) => r.last === k - 1 && r.entities.length === 1 && exchange.participants.includes(r.entities[0]));
    const whom = rs.references.findIndex((r) => r.first === k + 1 || (r.first === k + 2 && tokens[k + 1].lower === 'along'));
    if (!who || whom < 0) continue;
    const side = entities.get(who.entities[0])?.affiliation ?? null;
    for (const r of chainFrom(rs.sentence, rs.references, whom, 1)) {
      for (const id of r.entities) {
        const e = entities.get(id);
        if (!e || e.collective || exchange.participants.includes(id) || (e.affiliation && e.affiliation !== side)) continue;
        if (!e.affiliation) e.affiliation = side;
        out.push({ exchange, id });
      }
    }
  }
  for (let k = 1; k + 2 < tokens.length; k++) {
    // ("The meeting was attended, on the Saudi side, by A, and on the Syrian side by B.")
    const sideBy = tokens[k].lower === 'attended' && tokens[k + 1].text === ',' ? tokens.findIndex((t, n) => n > k + 2 && n <= k + 8 && t.lower === 'by' && tokens[n - 1].text === ',') : -1;
    // ("was accompanied at the meeting by X", "joined in the talks by X".)
    const phraseBy = sideBy < 0 && ['at', 'in', 'on', 'during', 'throughout'].includes(tokens[k + 1].lower) ? tokens.findIndex((t, n) => n > k + 2 && n <= k + 5 && t.lower === 'by' && tokens.slice(k + 1, n).every((x) => x.text !== ',')) : -1;
    if (!COMPANION_VERBS.has(tokens[k].lower) || (tokens[k + 1].lower !== 'by' && sideBy < 0 && phraseBy < 0)) continue;
    // "The talks between A and B, mediated by C": a third party to the exchange, of any side.
    const third = THIRD_PARTY_VERBS.has(tokens[k].lower);
    // ("The visit follows ... talks brokered by Erdogan in Ankara in December": the broker of
    // other talks, which the sentence names, is not a party to the exchange in hand.)
    const ownNoun = rs.mentions.find((m) => m.type === 'trigger' && m.form === 'noun' && m.last === k - 1);
    if (third && ownNoun && !(exchange.sentence === rs.sentence.index && exchange.trigger.first === ownNoun.first)) continue;
    // "The meeting was also attended by X": someone of either side.
    const attended = tokens[k].lower === 'attended';
    // "Bennett was accompanied by ...", or "The two presidents, joined by their foreign ministers, ...".
    // (A person, not the place the trip went to: "travelled to Tripoli, accompanied by X".)
    const who = attended ? null : [...rs.references].reverse().find((r) => r.last < k && ((r.entities.length === 1 && exchange.participants.includes(r.entities[0]) && !r.place) || r.group));
    if (!who && !attended) continue;
    // (A witness may be of either side: "signed by A and B ... witnessed by C".)
    const side = !who || who.group || tokens[k].lower === 'witnessed' || THIRD_PARTY_VERBS.has(tokens[k].lower) ? null : entities.get(who.entities[0])?.affiliation;
    // ("Trump received the two ministers in the Oval Office, flanked by Vance": one set off after a
    // group is at the side of the clause's subject.)
    const subjectSide = who?.group && tokens[k - 1]?.text === ',' ? entities.get(rs.references.find((r) => r.last < who.first && !r.group && r.entities.length === 1 && exchange.participants.includes(r.entities[0]))?.entities[0] ?? '')?.affiliation ?? null : null;
    // ("joined by members of his incoming administration, including A, B and C".)
    const including = tokens.findIndex((t, n) => n > k + 1 && n <= k + 12 && t.lower === 'including');
    const from = including > 0 ? including : sideBy > 0 ? sideBy : phraseBy > 0 ? phraseBy : k + 1;
    const first = rs.references.findIndex((r) => r.first > from && r.first <= from + 6);
    if (first < 0) continue;
    const chain = chainFrom(rs.sentence, rs.references, first, 1);
    chain.push(...semicolonItems(rs, chain));
    // ("..., and on the Syrian side by B": each side's "by" lists its own.)
    if (sideBy > 0) {
      for (let b = chain[chain.length - 1].last + 1; b < tokens.length; b++) {
        if (tokens[b].lower !== 'by' || !/\bside\b/.test(tokens.slice(Math.max(0, b - 4), b).map((t) => t.lower).join(' '))) continue;
        const next = rs.references.findIndex((r) => r.first > b && r.first <= b + 6);
        if (next >= 0) chain.push(...chainFrom(rs.sentence, rs.references, next, 1));
      }
    }
    // ("attended by Foreign Minister Hakan Fidan and Director of the National Intelligence
    // Organization İbrahim Kalın": one listed without a state is of the state of those listed with them.)
    const listedStates = new Set(chain.flatMap((r) => r.entities.map((id) => entities.get(id)?.affiliation).filter((a): a is string => !!a)));
    for (const r of chain) {
      for (const id of r.entities) {
        const e = entities.get(id);
        if (!e || e.collective || exchange.participants.includes(id)) continue;
        if (!e.affiliation && !side && listedStates.size === 1 && chain.length > 1) e.affiliation = [...listedStates][0];
        // ("accompanied by the President of the European Commission and the Dutch Prime Minister":
        // leaders of other sides who come along come as visitors in their own right.)
        const leaderAlong = ['accompanied', 'joined'].includes(tokens[k].lower) && (e.office === 'head_of_state' || e.office === 'head_of_government' || /^President\b/.test(e.role ?? ''));
        if (e.affiliation && !third && !leaderAlong && (side ? e.affiliation !== side : !sides.has(e.affiliation))) continue;
        if (!e.affiliation && !side && !subjectSide) continue;
        if (!e.affiliation) e.affiliation = side ?? subjectSide;
        out.push({ exchange, id });
      }
    }
    // ("...; the Korean leader was accompanied by C": the other side's may follow.)
    k = chain[chain.length - 1].last;
  }
  return out;
}

/**
 * "attended by A, Crown Prince; B, Minister of Interior; and C", "attended by A and by B": the
 * items after a list's first, set off by semicolons or a second "by", each maybe with its office
 * after a comma.
 */
function semicolonItems(rs: ResolvedSentence, chain: ActorReference[]): ActorReference[] {
  const tokens = rs.sentence.tokens;
  const out: ActorReference[] = [];
  let last = chain[chain.length - 1].last;
  for (;;) {
    let j = last + 1;
    if (tokens[j]?.text === ',') {
      let m = j + 1;
      while (m < tokens.length && m - j <= 10 && tokens[m].text !== ',' && (/^\p{Lu}/u.test(tokens[m].text) || TITLE_GLUE.has(tokens[m].lower))) m++;
      if (tokens[m]?.text === ';') j = m;
    }
    // ("attended by Taoiseach Enda Kenny and by the British Foreign Secretary, William Hague": a
    // second "by" lists on.)
    if (tokens[j]?.lower === 'and' && tokens[j + 1]?.lower === 'by') j++;
    else if (tokens[j]?.text !== ';') return out;
    const next = rs.references.findIndex((r) => r.first > j && r.first <= j + 2 && !r.place);
    if (next < 0) return out;
    const items = chainFrom(rs.sentence, rs.references, next, 1);
    out.push(...items);
    last = items[items.length - 1].last;
  }
}

const COUNTED_DAYS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** "..., a day after holding talks with X", "two days after he met X": how many days before the date given before it, and where the "after" stands. */
function daysEarlierThan(tokens: Sentence['tokens'], first: number): { days: number; at: number } | null {
  for (let k = first - 1; k >= 2 && k >= first - 5; k--) {
    if (tokens[k].lower !== 'after' || !/^days?$/.test(tokens[k - 1].lower)) continue;
    const days = COUNTED_DAYS[tokens[k - 2].lower];
    return days ? { days, at: k - 2 } : null;
  }
  return null;
}

/** "A day later", "the next day": counted from the last day the story gave, else no day at all. */
function daysAfter(d: DateMention, from: string | null, published: string | null): DateMention {
  if (!from || d.daysAfter === undefined) return { ...d, latest: null };
  const day = addDays(from, d.daysAfter);
  return { ...d, date: day, earliest: day, latest: day, tense: tenseOf(day, published) };
}

/** "Later that month": the month the story dated last, else no time at all. */
function monthOf(d: DateMention, month: string | null, published: string | null): DateMention {
  if (!month) return { ...d, latest: null };
  const [y, m] = month.split('-').map(Number);
  const earliest = `${month}-01`;
  const latest = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { ...d, earliest, latest, tense: spanTense(earliest, latest, published) };
}

/**
 * "Later in the day": the day of the exchange the story dated last, or of the trip it announced
 * ("made a stopover in Lahore this afternoon"), else no day at all.
 */
function sameDayAs(d: DateMention, found: DraftEngagement[], umbrellas: Umbrella[], sentences: ResolvedSentence[]): DateMention {
  // (The day of the news, not of an earlier exchange told in passing in between: "The President,
  // who arrived on Sunday, ...".)
  const inPassing = (e: DraftEngagement): boolean => !!sentences[e.sentence] && insideRelativeClause(sentences[e.sentence].sentence.tokens, e.trigger, sentences[e.sentence].sentence.tokens.length);
  const told = [...found].reverse().find((e) => e.date?.date && e.status === 'reported' && !inPassing(e));
  const announced = [...umbrellas].reverse().find((u) => u.date?.date && !u.inPassing && (!told || u.sentence > told.sentence));
  const day = (announced ?? told)?.date?.date ?? null;
  if (!day) return { ...d, latest: null };
  return { ...d, date: day, earliest: day, latest: day, tense: tenseOf(day, d.latest) };
}

/**
 * The state each sentence says someone is visiting, worked out once per sentence when first asked.
 * A visit an engagement of the story already stands for is that engagement's, not a place for others.
 */
function statesVisitedBySentence(drafts: DraftEngagement[], sentences: ResolvedSentence[], lexicon: Lexicon): (sentence: number) => string | null {
  const known = new Map<number, string | null>();
  return (sentence) => {
    let state = known.get(sentence);
    if (state === undefined) {
      const taken = (k: number): boolean => drafts.some((d) => d.sentence === sentence && d.trigger.first <= k && k <= d.trigger.last);
      state = stateBeingVisited(sentences[sentence]?.sentence, lexicon, taken);
      known.set(sentence, state);
    }
    return state;
  };
}

/**
 * The state a meeting took place in: its own location; else the country a participant is reported
 * visiting elsewhere in the story ("Hayashi, who is visiting China"); else, for news of the day,
 * the state of the report's dateline.
 */
function placeStateOf(
  e: DraftEngagement,
  all: DraftEngagement[],
  context: EngagementContext,
  sentences: ResolvedSentence[],
  visitedIn: (sentence: number) => string | null,
): string | null {
  if (e.location?.of) return e.location.of;
  const visiting = visitedIn(e.sentence);
  if (visiting) return visiting;
  // "held talks on Thursday, the second day of an official visit that Lula made at Ali's
  // invitation": a visit made at a party's invitation is to that party's state.
  const host = invitingParty(sentences[e.sentence], e, context.entities);
  if (host) return host;
  if (e.status !== 'reported') return null;
  // "Hayashi, who is visiting China, ..." earlier in the story: where that participant's talks are.
  for (const rs of sentences) {
    if (rs.sentence.index === e.sentence) continue;
    if (!rs.references.some((r) => r.entities.some((id) => e.participants.includes(id) && !context.entities.get(id)?.collective))) continue;
    const state = visitedIn(rs.sentence.index);
    if (state && e.participants.some((id) => context.entities.get(id)?.affiliation === state)) return state;
  }
  const trip = all.find((v) => v !== e && v.kind === 'visit' && v.host && v.status === 'reported' && v.participants.some((p) => e.participants.includes(p) && context.entities.get(p)?.affiliation !== v.host));
  if (trip?.host) return trip.host;
  return context.homeState ?? null;
}

/** The state of the party of `e` at whose invitation the sentence says a visit was made ("a visit ... at Ali's invitation", "at the invitation of X"). */
function invitingParty(rs: ResolvedSentence | undefined, e: DraftEngagement, entities: Map<string, Entity>): string | null {
  if (!rs) return null;
  const tokens = rs.sentence.tokens;
  const visitAt = rs.mentions.find((m): m is TriggerMention => m.type === 'trigger' && m.kind === 'visit' && m.form === 'noun');
  if (!visitAt) return null;
  for (let k = visitAt.last + 1; k < Math.min(tokens.length, visitAt.last + 10); k++) {
    if (tokens[k].lower !== 'at') continue;
    // "at Ali's invitation", "at the invitation of Ali".
    const possessor = rs.references.find((r) => {
      if (r.first !== k + 1) return false;
      const after = /^['’]s?$/.test(tokens[r.last + 1]?.text ?? '') ? r.last + 2 : r.possessive ? r.last + 1 : -1;
      return after > 0 && tokens[after]?.lower === 'invitation';
    });
    const ofWhom = tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'invitation' && tokens[k + 3]?.lower === 'of' ? rs.references.find((r) => r.first === k + 4) : undefined;
    const who = possessor ?? ofWhom;
    if (!who || who.entities.length !== 1 || !e.participants.includes(who.entities[0])) return null;
    return entities.get(who.entities[0])?.affiliation ?? null;
  }
  return null;
}

/** "X, who is visiting China, ...", "during his visit to Japan": the state a sentence says someone is visiting. */
function stateBeingVisited(sentence: Sentence | undefined, lexicon: Lexicon, taken: (k: number) => boolean): string | null {
  if (!sentence) return null;
  const tokens = sentence.tokens;
  for (let k = 0; k < tokens.length - 1; k++) {
    const w = tokens[k].lower;
    if (taken(k)) continue;
    let at = -1;
    if (w === 'visiting') at = k + 1;
    else if ((w === 'visit' || w === 'trip') && tokens[k + 1]?.lower === 'to') at = k + 2;
    // "who is visiting the Republic of Korea".
    if (at > 0 && tokens[at]?.lower === 'the') at++;
    // "wraps up Georgetown visit", "his Moscow trip": a capital or place named right before the trip.
    if (at < 0 && (w === 'visit' || w === 'trip') && k > 0 && /^\p{Lu}/u.test(tokens[k - 1].text)) {
      for (let j = Math.max(0, k - 4); j < k; j++) {
        const place = /^\p{Lu}/u.test(tokens[j].text) ? lexicon.places.matchAt(tokens, j) : null;
        if (place && place.last === k - 1) return place.value.of;
      }
    }
    if (at < 0 || !tokens[at] || !/^\p{Lu}/u.test(tokens[at].text)) continue;
    const form = lexicon.partyForms.matchAt(tokens, at);
    const info = form ? lexicon.parties.get(form.value.code) : null;
    if (form && info?.kind === 'state' && (form.value.form === 'name' || form.value.form === 'capital')) return info.code;
    // "who is visiting Perth".
    const place = lexicon.places.matchAt(tokens, at);
    if (place) return place.value.of;
  }
  return null;
}

/**
 * A meeting of two parties held in one party's own country is that party hosting a visit (CAMEO
 * 042/043, PLOVER mode visit): the kind says so, and the host is the state met in. A meeting at a
 * third place, or of three or more parties, stays a meeting.
 */
function visitWhenAtHome(e: DraftEngagement, entities: Map<string, Entity>, placeState: string | null): DraftEngagement {
  if (e.kind !== 'meeting' || !placeState) return e;
  const affiliations = e.participants.map((id) => entities.get(id)?.affiliation ?? null);
  if (affiliations.some((a) => a === null)) return e;
  const distinct = new Set(affiliations);
  if (distinct.size !== 2 || !distinct.has(placeState)) return e;
  return { ...e, kind: 'visit', host: placeState };
}

/**
 * "Harris met López Obrador in Mexico City on Tuesday ... On Monday in Guatemala City, Harris held
 * talks with Giammattei": an earlier stop of the lead's trip, told below it, is background to it.
 */
function earlierStops(drafts: DraftEngagement[], sentences: ResolvedSentence[]): void {
  const reported = drafts.filter((e) => e.status === 'reported');
  const lead = reported.reduce<DraftEngagement | null>((a, e) => (!a || e.sentence < a.sentence ? e : a), null);
  const day = lead?.date?.date;
  if (!lead || !day) return;
  const placeOf = (e: DraftEngagement): string | null => e.host ?? e.location?.of ?? null;
  for (const e of reported) {
    if (e === lead || e.sentence <= lead.sentence || !e.date?.date || e.date.date >= day) continue;
    if (!e.participants.some((p) => lead.participants.includes(p))) continue;
    const here = placeOf(e);
    // ("Foreign Minister X welcomed the Secretary at the airport on his arrival" the evening before
    // the talks: the arrival of the visit in hand, behind the news.)
    const atArrival = e.evidence.some((ev) => ARRIVAL.test(sentences.find((rs) => rs.sentence.index === ev.sentence)?.sentence.text ?? ''));
    if ((here && placeOf(lead) && here !== placeOf(lead)) || atArrival) e.status = 'background';
  }
}

/**
 * A state visit told day by day ("arrived yesterday and was welcomed ...", "this morning the two
 * leaders held talks") is one visit; when its days differ, its date is the range they span.
 */
function oneVisitPerTrip(drafts: DraftEngagement[]): DraftEngagement[] {
  const out: DraftEngagement[] = [];
  for (const e of drafts) {
    // (Compared on the principals: those who sat in, "Cai Qi and Wang Yi were present", came on the one trip.)
    const principals = (x: DraftEngagement): string[] => x.participants.filter((p) => !x.joinedBy?.includes(p));
    const mine = principals(e);
    const trip = e.kind === 'visit' && e.status === 'reported' ? out.find((v) => v.kind === 'visit' && v.status === 'reported' && (v.host === e.host || !v.host || !e.host) && principals(v).length === mine.length && principals(v).every((p) => mine.includes(p))) : undefined;
    if (!trip) {
      out.push(e);
      continue;
    }
    const days = [trip.date?.date, e.date?.date].filter((d): d is string => !!d).sort();
    for (const id of e.participants) {
      if (trip.participants.includes(id)) continue;
      trip.participants.push(id);
      (trip.joinedBy ??= []).push(id);
    }
    absorb(trip, e);
    trip.host = trip.host ?? e.host;
    if (days.length === 2 && days[0] !== days[1] && trip.date) trip.date = { ...trip.date, date: null, earliest: days[0], latest: days[1] };
  }
  return out;
}

/** Three or more parties meeting at once is a meeting (CAMEO 044), wherever it is held and whoever hosts it. */
function summitOfThree(e: DraftEngagement, entities: Map<string, Entity>): DraftEngagement {
  if (e.kind !== 'visit') return e;
  const states = new Set(e.participants.map((id) => entities.get(id)?.affiliation ?? id));
  return states.size >= 3 ? { ...e, kind: 'meeting', host: null } : e;
}

/**
 * Triggers that describe rather than report: a plural noun no verb governs ("contacts and
 * meetings"), a habit ("has visited Moscow several times"), a relative clause ("X, who is visiting
 * China, held talks": the main clause reports), a possibility ("officials may hold talks").
 */
function describesOnly(sentence: Sentence, trigger: TriggerMention, mentions: Mention[]): boolean {
  if (trigger.plural && trigger.form === 'noun' && !governed(sentence, trigger) && !possessed(sentence, trigger)) return true;
  if (HABITUAL.test(sentence.text.slice(trigger.end - sentence.start, trigger.end - sentence.start + 40))) return true;
  const [two, one] = [sentence.tokens[trigger.first - 2]?.lower ?? '', sentence.tokens[trigger.first - 1]?.lower ?? ''];
  // (A trip in a relative clause, "X, who arrived in Riyadh on Wednesday, was received by Y", still
  // says what kind of exchange the main clause reports, so it is kept to be folded in.)
  // ("Pompeo, who met Kim in Pyongyang on May 9, told senators ...": a relative clause that dates
  // an exchange of its own tells that exchange.)
  const closing = sentence.tokens.findIndex((t, k) => k > trigger.last && [',', ';', '.'].includes(t.text));
  const datedHere = trigger.form === 'verb' && mentions.some((m) => m.type === 'date' && !m.vague && m.first > trigger.last && (closing < 0 || m.last < closing));
  if ((['who', 'which'].includes(one) && trigger.kind !== 'visit' && !datedHere) || (['who', 'which'].includes(two) && ['is', 'was', 'are', 'were'].includes(one))) return true;
  // "may hold talks", "could call": a possibility, not an exchange.
  // (The month is no modal: "DOHA, 9 May 2024 -- The President met ...".)
  const from = Math.max(0, trigger.first - 8);
  const month = (k: number): boolean => sentence.tokens[k].text === 'May' && (k > 0 || /^\d/.test(sentence.tokens[k + 1]?.text ?? ''));
  const before = sentence.tokens.slice(from, trigger.first).map((t, n) => (month(from + n) ? '' : t.lower));
  return before.slice(before.lastIndexOf(',') + 1).some((w) => HYPOTHETICAL.has(w));
}

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** The words between a noun and its determiner ("their first face-to-face meeting": first, face, -, to, -, face). */
function modifiersOf(sentence: Sentence, trigger: TriggerMention): string[] {
  const out: string[] = [];
  for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - 8) && !DETERMINERS_OF_NOUNS.has(sentence.tokens[k].lower); k--) out.push(sentence.tokens[k].lower);
  return out;
}

/** Whether tokens [from, to) hold "since" followed by a verb: a clause of its own, with its own day. */
function sinceClauseVerb(tokens: Sentence['tokens'], from: number, to: number): boolean {
  let since = false;
  for (let k = from; k < to; k++) {
    if (tokens[k].lower === 'since') since = true;
    else if (since && tokens[k].pos === 'VERB') return true;
  }
  return false;
}

/** Where "since" follows "the first meeting between A and B" (its token index), else -1. */
function sinceTheLast(sentence: Sentence, trigger: TriggerMention): number {
  const tokens = sentence.tokens;
  if (trigger.form !== 'noun') return -1;
  // ("their first face-to-face meeting": back over the noun's modifiers to its determiner.)
  if (!modifiersOf(sentence, trigger).some((w) => ORDINALS.has(w))) return -1;
  for (let k = trigger.last + 1; k < Math.min(tokens.length, trigger.last + 14); k++) {
    if (tokens[k].lower === 'since') return k;
    if (tokens[k].text === ',' || tokens[k].text === ';') return -1;
  }
  return -1;
}

/** "the Secretary's meetings": a possessor makes a plural noun someone's exchanges. */
function possessed(sentence: Sentence, trigger: TriggerMention): boolean {
  for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - 3); k--) if (sentence.tokens[k].lower === "'s") return true;
  return false;
}

/** A plural noun reports one exchange per party only when a verb such as "held" governs it. */
function governed(sentence: Sentence, trigger: TriggerMention): boolean {
  return supportVerbBefore(sentence.tokens, trigger.first);
}

function determinerOf(sentence: Sentence, trigger: TriggerMention): string | null {
  const tokens = sentence.tokens;
  for (let k = trigger.first - 1, words = 0; k >= 0 && words < 4; k--) {
    const t = tokens[k];
    // Parts of a hyphenated modifier ("face-to-face") count as one word.
    const inCompound = t.text === '-' || tokens[k + 1]?.text === '-' && !tokens[k + 1].spaceBefore;
    if (inCompound) continue;
    words++;
    if (DEFINITE.has(t.lower) || t.lower === 'a' || t.lower === 'an') return t.lower;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADV') return null;
  }
  return null;
}

function definite(sentence: Sentence, trigger: TriggerMention): boolean {
  const d = determinerOf(sentence, trigger);
  return d !== null && DEFINITE.has(d);
}

function indefinite(sentence: Sentence, trigger: TriggerMention): boolean {
  const d = determinerOf(sentence, trigger);
  return d === null || d === 'a' || d === 'an';
}

const DETERMINERS_OF_NOUNS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an', 'our', 'my', 'your']);
const OFFICE_HEADS = new Set(['minister', 'secretary', 'director', 'chief', 'head', 'ambassador', 'adviser', 'advisor', 'president', 'governor', 'chairman', 'chairperson', 'chair', 'deputy', 'vice', 'speaker', 'commissioner', 'envoy', 'mr', 'ms', 'mrs', 'dr', 'general', 'special']);
const TITLE_GLUE = new Set(['of', 'and', 'the', 'for', ',', '&', '(', ')', 'on']);

/** Connectors with an office written out before the next name cut off: ", and the Minister of X, " becomes ", and". */
function withoutTitleBefore(between: Token[]): Token[] {
  if (between.length <= 4) return between;
  const cut = between.findIndex((t) => t.lower === 'and' || t.text === ',');
  if (cut < 0) return between;
  let k = cut + 1;
  while (k < between.length && CONNECTORS.has(between[k].lower) && !OFFICE_HEADS.has(between[k].lower)) k++;
  if (between[k]?.lower === 'the') k++;
  // ("and with National People's Congress chairman Li Zhanshu": a body's name before the title.)
  const body = between.slice(k);
  if (body.length > 0 && body.length <= 6 && /^\p{Lu}/u.test(body[0].text) && body.every((t) => /^\p{Lu}/u.test(t.text) || t.lower === "'s" || t.lower === 'of')) return between.slice(0, k);
  if (!OFFICE_HEADS.has(between[k]?.lower ?? '') || !/^\p{Lu}/u.test(between[k].text)) return between;
  const title = between.slice(k);
  if (title.length > 14 || !title.every((t) => /^\p{Lu}/u.test(t.text) || TITLE_GLUE.has(t.lower))) return between;
  return between.slice(0, k > cut + 1 && between[k - 1].lower === 'the' ? k - 1 : k);
}

/**
 * The references joined to `ref` by commas and "and", walking in one direction. A bare comma joins
 * only inside a list that "and" closes ("A, B and C"), so "with B, A stressed" is no list.
 */
function chainFrom(sentence: Sentence, refs: ActorReference[], index: number, step: 1 | -1): ActorReference[] {
  const chain = [refs[index]];
  const joinedByAnd: boolean[] = [];
  // "with Macron in Paris and with Scholz in Berlin": a place after an item belongs to it.
  let tail = refs[index].last;
  for (let n = index + step; n >= 0 && n < refs.length; n += step) {
    if (step === 1 && refs[n].place && ['in', 'at'].includes(sentence.tokens[tail + 1]?.lower ?? '') && refs[n].first === tail + 2) {
      tail = refs[n].last;
      continue;
    }
    const a = step === 1 ? chain[chain.length - 1] : refs[n];
    const b = step === 1 ? refs[n] : chain[chain.length - 1];
    let between = sentence.tokens.slice(step === 1 ? tail + 1 : a.last + 1, b.first);
    // "B, who chaired the meeting, and C": a relative clause inside a list is the item's own.
    if (between[0]?.text === ',' && ['who', 'which'].includes(between[1]?.lower ?? '') && between.length <= 14) {
      const close = between.findIndex((t, j) => j > 1 && t.text === ',');
      if (close > 0) between = [between[0], ...between.slice(close + 1)];
    }
    // "A, Chairman of the National Transitional Council (NTC), and B, head of ...": a title set after
    // an item, between commas, is the item's own.
    if (step === 1 && between[0]?.text === ',' && OFFICE_HEADS.has(between[1]?.lower ?? '')) {
      const close = between.findIndex((t, j) => j > 1 && t.text === ',' && between[j + 1]?.lower === 'and');
      if (close > 0 && close <= 16 && between.slice(1, close).every((t) => /^\p{Lu}/u.test(t.text) || TITLE_GLUE.has(t.lower) || OFFICE_HEADS.has(t.lower) || t.lower === "'s")) between = [between[0], ...between.slice(close + 1)];
    }
    // "Iran and the United States": an article after "and" still joins; so does a possessor
    // naming the item's body ("Borrell and the bloc's special envoy ...").
    const n2 = between.length;
    if (n2 >= 4 && between[n2 - 1].lower === "'s" && /^\p{Ll}+$/u.test(between[n2 - 2].text) && between[n2 - 3].lower === 'the' && between[n2 - 4].lower === 'and') between = between.slice(0, -3);
    else if (n2 >= 2 && between[n2 - 1].lower === 'the' && between[n2 - 2].lower === 'and') between = between.slice(0, -1);
    // "King Salman and His Royal Highness Crown Prince Mohammed": a style of address joins too.
    const style = between.findIndex((t) => t.lower === 'his' || t.lower === 'her');
    if (style > 0 && CONNECTORS.has(between[style - 1].lower) && between.length - style <= 4 && between.slice(style + 1).every((t) => /^\p{Lu}/u.test(t.text))) between = between.slice(0, style);
    // "A, and the Minister of the Environment and Climate Change, Marina Silva": a title set before
    // the next name, with commas or brackets, still lists.
    if (step === 1) between = withoutTitleBefore(between);
    if (between.length === 0 || between.length > 4 || !between.every((t) => CONNECTORS.has(t.lower))) break;
    const and = between.some((t) => t.lower === 'and' || t.text === '&');
    if (!and && !between.some((t) => t.text === ',')) break;
    // Walking left from the anchor, a comma continues a list only after an "and" was seen.
    if (step === -1 && !and && !joinedByAnd.includes(true)) break;
    chain.push(refs[n]);
    joinedByAnd.push(and);
    tail = refs[n].last;
  }
  if (step === 1) {
    // Walking right, drop a tail that no "and" closes.
    const lastAnd = joinedByAnd.lastIndexOf(true);
    chain.length = lastAnd + 2;
    return chain;
  }
  return chain.reverse();
}

/**
 * The parties named after a two-word cue that follows a trigger ("together with B and C", "hosted by
 * A and B"): the first reference within `reach` tokens of the cue and those listed with it.
 */
function partiesAfterCue(
  sentence: Sentence,
  refs: ActorReference[],
  trigger: TriggerMention,
  span: number,
  reach: number,
  cue: (word: string, next: string) => boolean,
  stopAtVerb: boolean,
): ActorReference[] | null {
  const tokens = sentence.tokens;
  for (let k = trigger.last + 1; k < Math.min(tokens.length - 2, trigger.last + span); k++) {
    const w = tokens[k].lower;
    // (", held in virtual format, along with ...": a participle set off by commas is no new clause.)
    if (w === ';' || w === '.' || (stopAtVerb && tokens[k].pos === 'VERB' && tokens[k - 1].text !== ',')) return null;
    if (!cue(w, tokens[k + 1].lower)) continue;
    const first = refs.findIndex((r) => r.first > k + 1 && r.first <= k + reach && !r.place);
    return first < 0 ? null : chainFrom(sentence, refs, first, 1);
  }
  return null;
}

const HOSTED = new Set(['hosted', 'chaired', 'mediated', 'brokered', 'convened']);

/** "The summit, chaired by Mirziyoyev, brought together ...": who chaired, hosted or convened the exchange the sentence opens with. */
function chairedBefore(sentence: Sentence, refs: ActorReference[], trigger: TriggerMention): ActorReference[] {
  const tokens = sentence.tokens;
  for (let k = 1; k < trigger.first - 2; k++) {
    if (!HOSTED.has(tokens[k].lower) || tokens[k + 1].lower !== 'by' || tokens[k - 1].text !== ',') continue;
    const first = refs.findIndex((r) => r.first > k + 1 && r.first <= k + 4 && r.last < trigger.first && !r.place);
    return first < 0 ? [] : chainFrom(sentence, refs, first, 1).filter((r) => r.last < trigger.first);
  }
  return [];
}

function hostsAfter(sentence: Sentence, refs: ActorReference[], trigger: TriggerMention): ActorReference[] {
  return partiesAfterCue(sentence, refs, trigger, 12, 4, (w, next) => HOSTED.has(w) && next === 'by', false) ?? [];
}

/** "attended the Trilateral Meeting in Busan, together with B and C": those who attended with the subject. */
function togetherWith(sentence: Sentence, refs: ActorReference[], trigger: TriggerMention): Objects | null {
  const parties = partiesAfterCue(sentence, refs, trigger, 14, 3, (w, next) => (w === 'together' || w === 'along') && next === 'with', true);
  return parties ? { refs: parties, via: 'with', jointly: true } : null;
}

/**
 * "took part, alongside El-Sisi and King Abdullah II, in a trilateral summit": those set off
 * before the exchange noun as sitting in it with the subject.
 */
function alongsideBefore(sentence: Sentence, refs: ActorReference[], trigger: TriggerMention): Objects | null {
  const tokens = sentence.tokens;
  if (tokens[trigger.first - 1]?.text === ',' || !tokens.slice(Math.max(0, trigger.first - 4), trigger.first).some((t) => t.text === ',')) return null;
  for (let c = trigger.first - 2; c >= Math.max(1, trigger.first - 24); c--) {
    if (['.', ';'].includes(tokens[c].text)) return null;
    const w = tokens[c].lower;
    const cue = w === 'alongside' ? 1 : (w === 'together' || w === 'along') && tokens[c + 1]?.lower === 'with' ? 2 : 0;
    if (!cue || tokens[c - 1].text !== ',') continue;
    const first = refs.findIndex((r) => r.first >= c + cue && r.first <= c + cue + 2 && r.last < trigger.first && !r.place);
    return first < 0 ? null : { refs: chainFrom(sentence, refs, first, 1).filter((r) => r.last < trigger.first), via: 'with', jointly: true };
  }
  return null;
}

function leaderOf(sentence: Sentence, refs: ActorReference[], group: ActorReference, entities: Map<string, Entity>): ActorReference | null {
  const tokens = sentence.tokens;
  let k = group.last + 1;
  // "a delegation of the Afghan Taliban led by", with the movement as a reference of its own.
  const movement = refs.find((r) => r.first === k);
  if (movement && movement.entities.every((id) => entities.get(id)?.collective)) k = movement.last + 1;
  if (!['led', 'headed'].includes(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'by') return null;
  if (!group.entities.every((id) => entities.get(id)?.collective) && !group.group) return null;
  return refs.find((r) => r.first > k + 1 && r.first <= k + 3 && r.entities.some((id) => !entities.get(id)?.collective)) ?? null;
}

interface Objects {
  refs: ActorReference[];
  /** The preposition that introduced them ("with", "of", "between"), or null for a verb's object. */
  via: string | null;
  /** "together with B and C": all of them at once. */
  jointly?: boolean;
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are']);
const HOLDING_PASSIVE = new Set(['held', 'conducted', 'convened', 'organised', 'organized']);

function objectChain(sentence: Sentence, refs: ActorReference[], trigger: TriggerMention, triggerAt: (k: number) => boolean, entities: Map<string, Entity>): Objects {
  const tokens = sentence.tokens;
  let k = trigger.last + 1;
  let preposition = false;
  let via: string | null = null;
  let adjunct = false;
  const none: Objects = { refs: [], via: null };
  for (let steps = 0; k < tokens.length && steps < MAX_OBJECT_GAP + 4; steps++, k++) {
    const refIndex = refs.findIndex((r) => r.first === k);
    const t = tokens[k];
    if (refIndex >= 0) {
      // "met in Astana", "the resort of Antalya": a place after "in" is where, not whom; only a
      // visit has a place for its party.
      const ref = refs[refIndex];
      const placeLike = ref.place || (ref.entities.length > 0 && ref.entities.every((id) => entities.get(id)?.collective));
      if ((adjunct && placeLike) || (ref.place && trigger.kind !== 'visit')) {
        k = refs[refIndex].last;
        continue;
      }
      if (!preposition && trigger.form === 'noun') {
        // "A letter Trump sent to Erdoğan": the sender, then the recipient after "to".
        const verb = tokens[ref.last + 1]?.lower ?? '';
        const recipient = refs[refIndex + 1];
        // "telephone calls that Trump made to Hun Manet and Phumtham": the caller and those called.
        const relativeThat = k === trigger.last + 2 && ['that', 'which'].includes(tokens[trigger.last + 1].lower);
        if ((trigger.kind === 'phone_call' || trigger.kind === 'message') && relativeThat && ['made', 'placed', 'sent', 'wrote'].includes(verb) && tokens[ref.last + 2]?.lower === 'to' && recipient?.first === ref.last + 3) {
          return { refs: [ref, ...chainFrom(sentence, refs, refIndex + 1, 1)], via: 'from' };
        }
        if (trigger.kind === 'message' && k === trigger.last + 1 && SENDING.has(verb) && tokens[ref.last + 2]?.lower === 'to' && recipient?.first === ref.last + 3) {
          return { refs: [ref, recipient], via: 'from' };
        }
        // "a virtual meeting she held with López Obrador": the one who held it and the other.
        if (k === trigger.last + 1 && HOLDING.has(verb) && tokens[ref.last + 2]?.lower === 'with' && recipient && recipient.first <= ref.last + 4) {
          // ("the video conference Erdoğan held with Michel and von der Leyen": all of them.)
          return { refs: [ref, ...chainFrom(sentence, refs, refIndex + 1, 1)], via: 'between' };
        }
        return none;
      }
      // "met Li's predecessor Wei Fenghe": the possessor is not the one met.
      // ("Mali's transitional leader": a party form may hold its own "'s".)
      const possessive = ref.possessive || (placeLike && tokens[ref.last].lower === "'s");
      if (possessive && trigger.form === 'verb') {
        // "hosted a luncheon in Xi's honour": the one honoured.
        if (/^hono(?:u)?r$/.test(tokens[ref.last + (tokens[ref.last].lower === "'s" ? 1 : 2)]?.lower ?? '')) return { refs: [ref], via };
        const next = refs[refIndex + 1];
        if (next && next.first <= ref.last + 4 && !next.place) {
          k = next.first - 1;
          continue;
        }
        return none;
      }
      // ("talks with Burkina Faso's military leader, Captain Ibrahim Traoré": a state's leader, named
      // after it, is the party.)
      if (possessive && placeLike && preposition) {
        const next = refs[refIndex + 1];
        if (next && next.first <= ref.last + 4 && !next.place && next.entities.some((id) => !entities.get(id)?.collective)) {
          k = next.first - 1;
          continue;
        }
      }
      // "Chairman of the Democratic People's Republic of Korea Kim Jong-un": a state directly
      // before a person's name is part of the person's title, not a party of its own.
      const person = refs[refIndex + 1];
      const start = placeLike && person && person.first === ref.last + 1 && person.entities.some((id) => !entities.get(id)?.collective) ? refIndex + 1 : refIndex;
      const chain = chainFrom(sentence, refs, start, 1);
      // "a meeting of Vucic and Kurti with Borrell and Lajcak": the others they met.
      if (via === 'of') {
        const end = chain[chain.length - 1].last;
        const withAt = tokens[end + 1]?.lower === 'with' ? refs.findIndex((r) => r.first > end + 1 && r.first <= end + 3) : -1;
        if (withAt >= 0) chain.push(...chainFrom(sentence, refs, withAt, 1));
        // "the State visit of Prime Minister Hasina to New Delhi": the place visited, as after "X's visit".
        const place = trigger.kind === 'visit' && withAt < 0 && tokens[end + 1]?.lower === 'to' ? refs.find((r) => r.place && r.first > end + 1 && r.first <= end + 3) : undefined;
        if (place) chain.push(place);
      }
      // "with leaders of the Group of Seven and NATO countries ..., among them Sunak, Scholz and
      // Macron": the people named for the groups.
      if (chain.every((r) => r.group || r.entities.every((id) => entities.get(id)?.collective))) {
        const end = chain[chain.length - 1].last;
        for (let j = end + 1; j < Math.min(tokens.length - 2, end + 12); j++) {
          if (tokens[j].text === ';' || tokens[j].text === '.') break;
          const cue = (tokens[j].lower === 'among' && tokens[j + 1].lower === 'them') || tokens[j].lower === 'including';
          if (!cue || tokens[j - 1].text !== ',') continue;
          const at = refs.findIndex((r) => r.first > j && r.first <= j + 3);
          if (at >= 0) return { refs: chainFrom(sentence, refs, at, 1), via };
          break;
        }
      }
      // "a delegation of the Taliban led by Baradar": the one who leads it is the party met.
      const leader = chain.length === 1 ? leaderOf(sentence, refs, chain[0], entities) : null;
      if (leader) chain[0] = leader;
      // "a letter from X addressed to Y", "a message from X to Y": the sender and the recipient.
      if (via === 'from') {
        const after = chain[chain.length - 1].last;
        const to = tokens.slice(after + 1, after + 4).findIndex((x) => x.lower === 'to');
        const recipient = to >= 0 ? refs.findIndex((r) => r.first > after + 1 + to && r.first <= after + 10 + to) : -1;
        if (recipient >= 0) chain.push(...chainFrom(sentence, refs, recipient, 1));
      }
      return { refs: chain, via };
    }
    // "welcomed Chairman of State Affairs of the DPRK Kim Jong-un": an "of" inside a verb's object
    // phrase belongs to the phrase.
    if (t.lower === 'of' && trigger.form === 'verb' && !preposition && k > trigger.last + 1 && /^\p{Lu}/u.test(tokens[k - 1].text)) continue;
    // "paid a courtesy call on Premier Li Qiang".
    if (PARTY_PREPOSITIONS.has(t.lower) || (t.lower === 'on' && trigger.lemma.startsWith('courtesy call'))) {
      // "in the resort of Antalya": an "of" inside a place phrase introduces no party.
      if (adjunct && t.lower === 'of') continue;
      const fresh = t.lower === 'with' || t.lower === 'between';
      // "a message of congratulations to Pezeshkian": the recipient after the message's kind.
      if (preposition && via === 'of' && t.lower === 'to' && trigger.kind === 'message') {
        via = 'to';
        continue;
      }
      // "was welcomed with military honours by President X": "with" told the manner; "by" names the party.
      if (preposition && via === 'with' && t.lower === 'by' && trigger.form === 'verb') {
        via = 'by';
        continue;
      }
      if (preposition && t.lower !== 'of' && !fresh) return none;
      preposition = true;
      adjunct = false;
      via = fresh ? t.lower : via ?? t.lower;
      continue;
    }
    if (t.pos === 'ADP' && !preposition) adjunct = true;
    if (t.text === ';' || t.text === '.' || t.lower === 'that' || t.lower === 'which' || t.lower === 'who') return none;
    // Before any "with"/"of", a comma or another trigger ends the trigger's own phrase.
    if (!preposition && (triggerAt(k) || (t.text === ',' && trigger.form === 'noun'))) return none;
    // "The Virtual Summit was held today between A and B": the noun's own passive, then its parties.
    if (!preposition && trigger.form === 'noun' && BE_FORMS.has(t.lower) && HOLDING_PASSIVE.has(tokens[k + 1]?.lower ?? '')) {
      k++;
      continue;
    }
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !(preposition && t.lower.endsWith('ing'))) return none;
    // ("held talks today at the Konstantinovsky Palace in St Petersburg with X": a place phrase may run longer.)
    if (!preposition && trigger.form === 'noun' && steps > (adjunct ? 10 : 6)) return none;
  }
  return none;
}

/** Helping verbs of a passive or perfect predicate ("and was welcomed", "and had met"). */
const PASSIVE_HELPERS = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have']);
const SUBORDINATORS = new Set(['while', 'as', 'when', 'after', 'before', 'although', 'though', 'once', 'until', 'since', 'whereas']);

/** "While the presidents met, A and B held talks with C and D": an exchange in an opening clause has no party past its comma. */
function withinOpeningClause(sentence: Sentence, trigger: TriggerMention, objects: Objects): Objects {
  const tokens = sentence.tokens;
  if (!SUBORDINATORS.has(tokens[0]?.lower ?? '') || objects.refs.length === 0) return objects;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 0 || comma < trigger.last) return objects;
  const kept = objects.refs.filter((r) => r.last < comma);
  return kept.length === objects.refs.length ? objects : kept.length > 0 ? { ...objects, refs: kept } : { refs: [], via: null };
}

/** The people a sentence opens with, after any dateline ("BRASÍLIA, February 11 (Agency) - A and B ..."). */
function openingSubject(sentence: Sentence, refs: ActorReference[]): ActorReference[] {
  const tokens = sentence.tokens;
  let start = 0;
  for (let k = 0; k < Math.min(tokens.length, 16); k++) if (['-', '—', '–', '--'].includes(tokens[k].text)) start = k + 1;
  const n = refs.findIndex((r) => !r.place && r.first >= start);
  if (n < 0 || refs[n].first > start + 3 || refs[n].pronoun) return [];
  return chainFrom(sentence, refs, n, 1);
}

/** ", at a White House meeting", ", during talks in Ankara": a noun trigger's phrase set off by a comma. */
function settingOff(tokens: Sentence['tokens'], trigger: TriggerMention): boolean {
  if (trigger.form !== 'noun') return false;
  for (let k = trigger.first - 1; k >= Math.max(1, trigger.first - 5); k--) {
    const w = tokens[k].lower;
    if (['at', 'during', 'in', 'over'].includes(w)) return tokens[k - 1].text === ',';
    if (!['a', 'an', 'the', 'their'].includes(w) && !['ADJ', 'PROPN', 'NOUN'].includes(tokens[k].pos)) return false;
  }
  return false;
}

function occasionOf(tokens: Sentence['tokens'], trigger: TriggerMention): boolean {
  return trigger.form === 'noun' && ['during', 'in', 'over', 'at'].includes(tokens[trigger.first - 2]?.lower ?? '') && ['a', 'an', 'the', 'their'].includes(tokens[trigger.first - 1]?.lower ?? '');
}

/** Whether a reference stands in ", accompanied by ..., " (or "joined by", "together with") set off before the verb. */
function insideCompanionPhrase(tokens: Sentence['tokens'], ref: { first: number; last: number }, before: number): boolean {
  if (!tokens.slice(ref.last + 1, before).some((t) => t.text === ',')) return false;
  for (let c = ref.first - 1; c >= Math.max(1, ref.first - 12); c--) {
    const [w, next] = [tokens[c].lower, tokens[c + 1]?.lower];
    if (setOffBy(tokens, c) && ((['accompanied', 'joined', 'flanked'].includes(w) && next === 'by') || (['together', 'along'].includes(w) && next === 'with') || w === 'alongside')) return true;
    if (['.', ';', 'who', 'which'].includes(w)) return false;
  }
  return false;
}

/**
 * The token of the "-ing" participle that opens a participial clause around a trigger ("...,
 * calling on X", "... and holding talks with Y"), or -1.
 */
function participleClause(tokens: Sentence['tokens'], trigger: TriggerMention): number {
  let g = trigger.first;
  if (trigger.form === 'noun') {
    g = trigger.first - 1;
    while (g > 0 && (DETERMINERS_OF_NOUNS.has(tokens[g].lower) || tokens[g].pos === 'ADJ' || tokens[g].pos === 'NUM')) g--;
  }
  if (!/ing$/.test(tokens[g]?.lower ?? '') || !['VERB', 'AUX'].includes(tokens[g].pos)) return -1;
  return [',', 'and'].includes(tokens[g - 1]?.lower ?? '') ? g : -1;
}

/** The verb just before a noun that it governs ("held talks", "made a brief call"), else -1. */
function governingVerb(tokens: Sentence['tokens'], first: number): number {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) if (tokens[k].pos === 'VERB') return k;
  return -1;
}

function subjectChain(sentence: Sentence, refs: ActorReference[], trigger: TriggerMention, objects: ActorReference[]): ActorReference[] {
  const tokens = sentence.tokens;
  // "Biden spent a day in the capital, calling on A ... and holding talks with B": a participial
  // clause shares the subject the sentence opened with.
  const clauseVerb = participleClause(tokens, trigger);
  if (clauseVerb > 0) {
    const opening = openingSubject(sentence, refs);
    if (opening.length > 0 && opening[opening.length - 1].last < clauseVerb && tokens.slice(opening[opening.length - 1].last + 1, clauseVerb).some((t) => t.pos === 'VERB')) return opening;
  }
  // "Premier Li held a welcoming ceremony for X in the Northern Hall of the Great Hall of the People
  // and held talks with him": a verb joined by "and" to the clause's first shares its subject,
  // however long the first verb's phrase.
  const verbAt = trigger.form === 'verb' ? trigger.first : governingVerb(tokens, trigger.first);
  // ("Zelensky made his first visit to Poland yesterday, and was welcomed by Duda": "and" with a
  // helping verb and no subject of its own joins the main clause's predicate.)
  if (verbAt > 1 && PASSIVE_HELPERS.has(tokens[verbAt - 1].lower) && tokens[verbAt - 2].lower === 'and') {
    const opening = openingSubject(sentence, refs);
    const end = opening[opening.length - 1]?.last ?? -1;
    if (end >= 0 && end < verbAt - 2 && tokens.slice(end + 1, verbAt - 2).some((t) => t.pos === 'VERB') && !tokens.slice(end + 1, verbAt - 2).some((t) => t.text === ';')) return opening;
  }
  if (verbAt > 0 && tokens[verbAt - 1].lower === 'and') {
    const opening = openingSubject(sentence, refs);
    const end = opening[opening.length - 1]?.last ?? -1;
    if (end >= 0 && end < verbAt && tokens.slice(end + 1, verbAt - 1).some((t) => t.pos === 'VERB') && !tokens.slice(end + 1, verbAt).some((t) => t.text === ';' || t.text === ',' || t.pos === 'PRON')) return opening;
    // ("Obama called off his meeting with Duterte after the Philippine leader insulted him, and
    // held talks with Park instead": past a subordinate clause, ", and" joins the main clause's verb.)
    const stretch = end >= 0 && end < verbAt - 2 && tokens[verbAt - 2].text === ',' ? tokens.slice(end + 1, verbAt - 2) : [];
    const subordinate = stretch.findIndex((t) => SUBORDINATORS.has(t.lower) || t.lower === 'because');
    if (subordinate > 0 && stretch.slice(0, subordinate).some((t) => t.pos === 'VERB') && !stretch.some((t) => t.text === ';' || t.text === ',')) return opening;
  }
  let skippedObject: ActorReference | null = null;
  for (let n = refs.length - 1; n >= 0; n--) {
    // A place is where, never who ("Tehran, 13 March (Agency) - A letter from ...").
    if (refs[n].last >= trigger.first || refs[n].place) continue;
    if (trigger.first - refs[n].last - setOffClauseLength(tokens, refs[n].last + 1, trigger.first) > MAX_SUBJECT_GAP) {
      // "Sánchez urged Xi on Friday to speak with ..., telling him at their meeting": a participle
      // after a comma shares the subject the sentence opened with, however far back.
      const participle = tokens.slice(refs[n].last + 1, trigger.first).some((t, k, all) => k > 0 && all[k - 1].text === ',' && t.pos === 'VERB' && /ing$/.test(t.lower));
      const opening = openingSubject(sentence, refs);
      if (participle && skippedObject && opening.length > 0 && opening[opening.length - 1].last < skippedObject.first && occasionOf(tokens, trigger)) return [...opening, skippedObject];
      // "A and B pledged on Friday to stand together ..., at a White House meeting": the occasion
      // of the whole sentence, set off by a comma, is the opening subject's.
      if (opening.length > 1 && !participle && settingOff(tokens, trigger)) return opening;
      break;
    }
    const between = tokens.slice(refs[n].last + 1, trigger.first);
    if (between.some((t) => t.text === ';' || t.lower === 'while' || t.lower === 'whereas')) break;
    // "Anwar, who chairs ASEAN this year, brought together ...": the clause's object is not the subject.
    if (insideRelativeClause(tokens, refs[n], trigger.first)) continue;
    // "The Foreign Secretary, accompanied by the High Commissioner, Shri Pranay Verma, called on X":
    // the companion set off by commas is not the subject.
    if (insideCompanionPhrase(tokens, refs[n], trigger.first)) continue;
    // "Wang Yi's visit": the possessor of the noun is its subject, whatever comes before.
    if (refs[n].possessive && trigger.form === 'noun' && between.length <= 4) return [refs[n]];
    // Someone else's object ("to Moscow", "who is visiting China") is not this trigger's subject:
    // look further left for the clause's subject.
    let before = subjectStart(sentence, refs, n) - 1;
    while (before > 0 && ['the', 'a', 'an'].includes(tokens[before].lower)) before--;
    const prev = tokens[before];
    // ("During his stay the President held ...": a word after "his" is a noun, whatever the tagger says.)
    const verbBefore = prev !== undefined && prev.pos === 'VERB' && !DETERMINERS_OF_NOUNS.has(tokens[before - 1]?.lower ?? '');
    const isObject = prev !== undefined && (OBJECT_PREPOSITIONS.has(prev.lower) || prev.lower === 'in' || verbBefore);
    if (isObject) {
      if (verbBefore && skippedObject === null) skippedObject = refs[n];
      continue;
    }
    // "Macron had invited the Syrian leader to Paris during a telephone conversation": an exchange
    // told as the occasion of the main verb is between its subject and its object.
    const subject = chainFrom(sentence, refs, n, -1);
    // "Macron invited Tebboune to pay a state visit to France": the one invited makes the visit,
    // to the one who invited.
    const invitedTo = skippedObject !== null && INVITING.has(tokens[skippedObject.first - 1]?.lower ?? '') && tokens[skippedObject.last + 1]?.lower === 'to' && trigger.first - skippedObject.last <= 5;
    return (occasionOf(tokens, trigger) || invitedTo) && skippedObject ? [...subject, skippedObject] : subject;
  }
  // "In a phone call with B on Sunday, A stressed...": the main clause's subject after the comma.
  const opensSentence = tokens.slice(0, trigger.first).every((t) => FRONTING.has(t.lower) || DEFINITE.has(t.lower) || t.lower === 'a' || t.lower === 'an' || t.pos === 'ADJ' || t.pos === 'NOUN');
  // ("The visit came a day after ...": a definite noun opening the sentence is its subject, not a fronted phrase.)
  if (!opensSentence || !tokens.slice(0, trigger.first).some((t) => FRONTING.has(t.lower))) return [];
  const after = objects.length ? objects[objects.length - 1].last : trigger.last;
  for (let k = after + 1; k < tokens.length; k++) {
    if (tokens[k].text === ',') {
      const n = refs.findIndex((r) => r.first > k && r.first <= k + 3);
      return n >= 0 ? chainFrom(sentence, refs, n, 1) : [];
    }
  }
  return [];
}

const DELEGATIONS = new Set(['delegation', 'group', 'mission', 'team', 'party', 'contingent']);

/**
 * "The delegation, which also included A, B and C, was received by P": those the clause lists are
 * the subject; "also" says the story has named another of them.
 */
function membersListed(sentence: Sentence, refs: ActorReference[], trigger: TriggerMention): { refs: ActorReference[]; also: boolean } | null {
  const tokens = sentence.tokens;
  for (let k = 1; k < trigger.first - 3; k++) {
    if (tokens[k].text !== ',' || tokens[k + 1].lower !== 'which' || !DELEGATIONS.has(tokens[k - 1].lower)) continue;
    const also = tokens[k + 2].lower === 'also';
    const verb = tokens[k + (also ? 3 : 2)]?.lower ?? '';
    if (verb !== 'included' && verb !== 'includes' && verb !== 'comprised') return null;
    let close = -1;
    for (let j = trigger.first - 1; j > k + 3; j--) if (tokens[j].text === ',') { close = j; break; }
    if (close < 0 || refs.some((r) => r.first > close && r.last < trigger.first)) return null;
    const inside = refs.filter((r) => r.first > k && r.last < close && !r.place);
    return inside.length > 0 ? { refs: inside, also } : null;
  }
  return null;
}

/** Tokens from..to-1 taken by a ", who ... ," clause, which a subject may stand before. */
/** Words that open a clause set off by commas between a subject and its verb: "who", ", accompanied by", ", alongside". */
const SET_OFF_OPENERS = new Set(['who', 'which', 'alongside', 'accompanied', 'joined', 'flanked', 'together', 'along']);

/** Whether the word at `c` opens a phrase set off by a comma, maybe after a word or two: ", accompanied", ", this time accompanied". */
function setOffBy(tokens: Sentence['tokens'], c: number): boolean {
  for (let k = c - 1; k >= Math.max(0, c - 3); k--) {
    if (tokens[k].text === ',') return true;
    if (!['this', 'time', 'again', 'once', 'more', 'also', 'now'].includes(tokens[k].lower)) return false;
  }
  return false;
}

function setOffClauseLength(tokens: Sentence['tokens'], from: number, to: number): number {
  for (let k = from; k < to - 1; k++) {
    const opener = tokens.slice(k + 1, k + 4).findIndex((t) => SET_OFF_OPENERS.has(t.lower));
    if (tokens[k].text !== ',' || opener < 0 || !setOffBy(tokens, k + 1 + opener)) continue;
    // (A companion phrase runs to the last comma before the verb: it may list people with titles
    // set off by commas of their own.)
    if (!['who', 'which'].includes(tokens[k + 1 + opener].lower)) {
      for (let j = to - 1; j > k + 1; j--) if (tokens[j].text === ',') return j - k + 1;
      return 0;
    }
    for (let j = k + 2; j < to; j++) if (tokens[j].text === ',') return j - k + 1;
    return 0;
  }
  return 0;
}

function insideRelativeClause(tokens: Sentence['tokens'], ref: { first: number; last: number }, before: number): boolean {
  let open = -1;
  for (let k = ref.first - 1; k >= Math.max(0, ref.first - 24); k--) {
    if (tokens[k].text === ',' ) {
      if (['who', 'which'].includes(tokens[k + 1]?.lower ?? '')) open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = ref.last + 1; k < before; k++) if (tokens[k].text === ',') return true;
  return false;
}

function subjectStart(sentence: Sentence, refs: ActorReference[], index: number): number {
  return chainFrom(sentence, refs, index, -1)[0].first;
}

function entitiesOf(
  refs: ActorReference[],
  current: DraftEngagement[],
  recentPair: string[] = [],
  sentenceRefs: ActorReference[] = [],
  entities?: Map<string, Entity>,
  lastTwoNamed: string[] = [],
  earlierTwoNamed: string[] = [],
): string[] {
  const out: string[] = [];
  for (const r of refs) {
    // "They", "the two": the parties of the exchange in hand, or else the people last named
    // together; "the two" are two, so a pair named together wins over a larger exchange, and the
    // two people named just before in the same sentence win over both ("At the invitation of Xi,
    // Macron will travel to Guangzhou, where the two heads of state will meet").
    const inHand = current[current.length - 1]?.participants;
    // (Counted in people: a visit to a state with no host named has one.)
    const inHandPeople = inHand?.filter((id) => !entities?.get(id)?.collective);
    const local = r.group && r.pair ? peopleBefore(r, sentenceRefs, entities) : [];
    const noPairInHand = r.pair && inHandPeople?.length !== 2;
    const namedPair = recentPair.length === 2 ? recentPair : lastTwoNamed.length === 2 ? lastTwoNamed : null;
    let ids = r.group ? (local.length === 2 ? local : noPairInHand && namedPair ? namedPair : inHand ?? recentPair) : r.entities;
    // ("the two presidents" after a greeting by a foreign minister: the presidents, whoever was named last.)
    // (First those of that very office, then leaders of either kind: "the two presidents" after a
    // president welcomed a guest whose last host was a prime minister.)
    if (r.group && r.groupOffice && LEVEL.has(r.groupOffice) && entities && !holdOffice(ids, r.groupOffice, entities, true)) {
      const office = r.groupOffice;
      const candidates = [local, inHandPeople ?? [], namedPair ?? [], recentPair, lastTwoNamed];
      const pick = (strict: boolean): string[] | undefined => {
        const fitting = candidates.find((c) => c.length >= 2 && (!r.pair || c.length === 2) && holdOffice(c, office, entities, strict));
        if (fitting) return fitting;
        const holders = [...entities.values()].filter((e) => !e.collective && e.name && holdOffice([e.id], office, entities, strict)).map((e) => e.id);
        return r.pair && holders.length === 2 ? holders : undefined;
      };
      ids = holdOffice(ids, office, entities) ? pick(true) ?? ids : pick(true) ?? pick(false) ?? ids;
    } else if (r.group && r.groupOffice && entities && ids.length > 0 && ids.every((id) => entities.get(id)?.collective)) {
      // ("the two ministers" after "Congo and Rwanda signed": people, the last two named, not the states.)
      // (Not a pair that counts the sentence's own subject.)
      const people = [local, inHandPeople ?? [], lastTwoNamed, earlierTwoNamed].find((c) => c.length >= 2 && (!r.pair || c.length === 2) && c.every((id) => entities.get(id)?.collective === false && (c === local || !local.includes(id))));
      if (people) ids = people;
    }
    for (const id of ids) if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** Every one of these holds the office (a head of state or of government counting as a leader of either kind). */
function holdOffice(ids: string[], office: string, entities: Map<string, Entity>, strict = false): boolean {
  return ids.every((id) => {
    const held = entities.get(id)?.office;
    return !!held && sameLevel(held, office) && (held === office || (!strict && office !== 'foreign_minister'));
  });
}

function peopleBefore(ref: ActorReference, refs: ActorReference[], entities?: Map<string, Entity>): string[] {
  const ids = refs.filter((r) => r.last < ref.first && !r.group && !r.place).flatMap((r) => r.entities);
  return [...new Set(ids)].filter((id) => entities?.get(id) && !entities.get(id)!.collective);
}

/**
 * Splits the parties of one trigger into engagements: "A held calls with B and C" is two; "A held
 * talks with B and C" of one delegation is one meeting.
 */
function partition(subjects: string[], objects: string[], sentence: Sentence, trigger: TriggerMention, entities: Map<string, Entity>, onePhrase: boolean, news: boolean): string[][] {
  const between = sentence.tokens[trigger.last + 1]?.lower === 'between';
  if (objects.length === 0) return subjects.length >= 2 ? [subjects] : [];
  if (subjects.length === 0) return objects.length >= 2 ? [objects] : [];
  const oneDelegation = new Set(objects.map((o) => entities.get(o)?.affiliation ?? o)).size === 1;
  // "a trilateral summit with A and B", "joint talks with A and B": one meeting of all.
  // "hosted A and B in Khujand for the trilateral summit": the purpose after the guests says so too.
  const purpose = sentence.tokens.slice(trigger.last + 1, trigger.last + 30);
  const forJoint =
    purpose.some((t, k) => JOINT.has(t.lower) && ['for', 'the', 'a', 'in'].includes(purpose[k - 1]?.lower ?? '') && purpose.slice(0, k).every((x) => x.text !== ';')) ||
    // "hosted Biden and Trudeau for several hours of talks": guests hosted for talks meet together.
    (trigger.hosting && trigger.form === 'verb' && purpose.some((t, k) => t.lower === 'for' && purpose.slice(k + 1, k + 7).some((x) => SITTINGS.has(x.lower)) && purpose.slice(0, k).every((x) => x.text !== ';' && x.text !== '.')));
  // "held talks with Aliyev and Pashinyan", "a virtual summit with Macron and Scholz": one sitting
  // of all (a plural "meetings", or calls and messages, are one each). So is the news told with a
  // verb, "Today in Tallinn, Obama met with the Presidents of Estonia, Latvia and Lithuania"; an
  // earlier trip retold ("in Rome, where he had been received by A, B and C") lists whom it saw,
  // each apart, as does "met separately with".
  // ("with Macron in Paris and with Scholz in Berlin": a "with" for each is a sitting each.)
  // (Up to the clause that follows: "..., before continuing his talks with Macron alone" is another sitting.)
  const rest = sentence.tokens.slice(trigger.last + 1);
  const clauseEnd = rest.findIndex((t, k) => t.text === ';' || (t.text === ',' && ['before', 'after', 'then', 'and', 'while'].includes(rest[k + 1]?.lower ?? '')));
  const withs = rest.slice(0, clauseEnd < 0 ? undefined : clauseEnd).filter((t) => t.lower === 'with').length;
  // ("had separate meetings with A and with B": the adjective says so as the adverb does.)
  const separately = sentence.tokens.slice(Math.max(0, trigger.first - 2), trigger.last + 3).some((t) => t.lower === 'separately' || (t.lower === 'separate' && trigger.plural));
  const oneSitting = (trigger.form === 'noun' || (news && !separately && objects.every((o) => entities.get(o)?.affiliation))) && !trigger.plural && withs <= 1 && (trigger.kind === 'meeting' || trigger.kind === 'video_call') && new Set(objects.map((o) => entities.get(o)?.affiliation ?? o)).size >= 2;
  // "visited Tapa Army Base this afternoon together with A and B": all of them, at once.
  const firstWith = rest.findIndex((t) => t.lower === 'with');
  const togetherWith = firstWith > 0 && (clauseEnd < 0 || firstWith < clauseEnd) && ['together', 'jointly'].includes(rest[firstWith - 1].lower);
  const together = onePhrase || oneSitting || togetherWith || trigger.joint === true || forJoint || sentence.tokens.slice(Math.max(0, trigger.first - 3), trigger.first).some((t) => JOINT.has(t.lower));
  // "A and B sent similar messages to C": one each.
  if (subjects.length > 1 && objects.length >= 1 && trigger.plural && (trigger.kind === 'message' || trigger.kind === 'phone_call')) return subjects.map((s) => [s, ...objects]);
  // "met separately with A and B": two exchanges, even with two officials of one state.
  if (subjects.length === 1 && !between && !together && (separately || !(trigger.kind !== 'phone_call' && trigger.kind !== 'message' && oneDelegation))) {
    return objects.map((o) => [subjects[0], o]);
  }
  return [[...subjects, ...objects]];
}

/**
 * "Rubio, Waltz and Witkoff met Lavrov and Ushakov": one side of a meeting is one delegation, so a
 * member the registry and the text leave stateless is of the state all the others on that side are
 * of. (Fills in the document's entity, which the record then shows.)
 */
function shareDelegationState(side: string[], entities: Map<string, Entity>): void {
  if (side.length < 2) return;
  const members = side.map((id) => entities.get(id));
  const states = new Set(members.map((e) => e?.affiliation).filter((a): a is string => !!a));
  if (states.size !== 1) return;
  const [state] = states;
  for (const e of members) if (e && !e.affiliation && !e.collective && e.name) e.affiliation = state;
}

/**
 * "Prime Minister Kishida and Mrs. KISHIDA Yuko attended a dinner hosted by President Yoon and
 * Mrs. KIM Keon Hee": beside two or more people of known office and state, someone the text gives
 * no office (and the registry does not know) came along and is not a party.
 */
function withoutCompanions(e: DraftEngagement, entities: Map<string, Entity>): DraftEngagement {
  const people = e.participants.map((id) => entities.get(id));
  if (people.filter((p) => p?.role && p.affiliation).length < 2) return e;
  const kept = e.participants.filter((id, n) => { const p = people[n]; return !p || p.collective || p.role || p.registryId || e.joinedBy?.includes(id); });
  return kept.length === e.participants.length ? e : { ...e, participants: kept };
}

/** Drops spokespeople, duplicates and a state standing beside its own official. */
function cleanParticipants(ids: string[], entities: Map<string, Entity>): string[] {
  const people = ids.map((id) => entities.get(id)).filter((e): e is Entity => !!e);
  const kept = people.filter((e) => !(e.role && /spokes/i.test(e.role)));
  const withoutEchoes = kept.filter((e) => !(e.collective && kept.some((o) => !o.collective && o.affiliation === e.affiliation)));
  const affiliations = new Set(withoutEchoes.map((e) => e.affiliation ?? `?${e.id}`));
  // Two officials of one state talking is domestic business, not diplomacy.
  if (affiliations.size < 2) return [];
  return [...new Set(withoutEchoes.map((e) => e.id))];
}

const REQUEST = /\bat the (?:request|initiative|invitation) of\b/i;

function initiatorOf(
  sentence: Sentence,
  trigger: TriggerMention,
  via: string | null,
  subjects: string[],
  objects: string[],
  rs: ResolvedSentence,
  entities: Map<string, Entity>,
): string | null {
  if (trigger.initiating && subjects.length === 1) return subjects[0];
  // "received a phone call (on Sunday) from X".
  const before = sentence.tokens.slice(Math.max(0, trigger.first - 3), trigger.first).map((t) => t.lower);
  if (before.includes('received') && via === 'from' && objects.length === 1) return objects[0];
  // "a letter from X (addressed to Y)": the sender.
  if (trigger.kind === 'message' && via === 'from' && objects.length > 0) return objects[0];
  // "At the request of the German side, ...": the party named after it asked for the exchange.
  const request = REQUEST.exec(sentence.text);
  if (request) {
    const at = sentence.start + request.index + request[0].length;
    const party = rs.mentions.find((m) => m.type === 'party' && m.start >= at);
    const ref = rs.references.find((r) => r.start >= at);
    const code = party && (!ref || party.start <= ref.start) && party.type === 'party' ? party.code : null;
    const candidates = [...subjects, ...objects];
    if (code) return candidates.find((id) => entities.get(id)?.affiliation === code) ?? null;
    if (ref && ref.entities.length === 1 && candidates.includes(ref.entities[0])) return ref.entities[0];
  }
  return null;
}

function hostOf(draft: DraftEngagement, subjects: string[], context: EngagementContext): string | null {
  if (draft.kind !== 'visit' && !draft.hosting) return null;
  if (draft.hosting && subjects.length === 1) return context.entities.get(subjects[0])?.affiliation ?? null;
  if (draft.location) return draft.location.of;
  // "visited Russia": the state visited is a party and the host.
  const visitedState = draft.participants.map((id) => context.entities.get(id)).find((e) => e?.collective);
  return visitedState?.affiliation ?? null;
}

/**
 * "talks with A in Paris and with B in Berlin": each object's own place, written between it and
 * the next object.
 */
function placeAfterObject(sentence: Sentence, objects: { first: number; last: number; entities: string[] }[], group: string[], lexicon: Lexicon): { name: string; of: string } | null {
  const ordered = [...objects].sort((a, b) => a.first - b.first);
  const k = ordered.findIndex((o) => o.entities.some((id) => group.includes(id)));
  if (k < 0) return null;
  const tokens = sentence.tokens;
  const stop = Math.min(ordered[k + 1]?.first ?? tokens.length, ordered[k].last + 8, tokens.length);
  for (let i = ordered[k].last + 1; i < stop - 1; i++) {
    if (tokens[i].lower !== 'in' && tokens[i].lower !== 'at') continue;
    const place = lexicon.places.matchAt(tokens, i + 1);
    if (place) return { name: place.value.name, of: place.value.of };
  }
  return null;
}

function findLocation(sentence: Sentence, trigger: TriggerMention, lexicon: Lexicon, refs: ActorReference[]): { name: string; of: string } | null {
  const tokens = sentence.tokens;
  // "... and to Doha yesterday, where he was received by the Amir".
  // ("to Indonesia, where he and President Prabowo Subianto held the first meeting": further back
  // when nothing sets another clause between.)
  for (let k = trigger.first - 1; k >= Math.max(2, trigger.first - 16); k--) {
    if (k < trigger.first - 8 && (tokens[k].text === ',' || tokens[k].text === ';')) break;
    if (tokens[k].lower !== 'where' || tokens[k - 1].text !== ',') continue;
    for (let j = k - 2; j >= Math.max(0, k - 6); j--) {
      if (!/^\p{Lu}/u.test(tokens[j].text)) continue;
      const place = lexicon.places.matchAt(tokens, j);
      // ("to Doha yesterday, where": a day may stand between the place and the comma.)
      const closes = (last: number): boolean => last === k - 2 || (last >= k - 4 && tokens.slice(last + 1, k - 1).every((t) => !/^\p{Lu}/u.test(t.text) || DAY_NAME.test(t.text)));
      if (place && closes(place.last)) return { name: place.value.name, of: place.value.of };
      const state = lexicon.partyForms.matchAt(tokens, j);
      const info = state ? lexicon.parties.get(state.value.code) : null;
      if (state && closes(state.last) && info?.kind === 'state' && state.value.form === 'name') return { name: info.name, of: info.code };
    }
    break;
  }
  const end = Math.min(tokens.length - 1, trigger.last + 20);
  // "In Bamako, the President was received by ...": a place that opens the sentence is where.
  const opensWithPlace = ['in', 'at'].includes(tokens[0]?.lower ?? '');
  // After the trigger first: "The talks in Ohrid built on a meeting ... in Brussels" places the meeting in Brussels.
  const from = opensWithPlace ? 0 : Math.max(0, trigger.first - 8);
  const order = [...Array.from({ length: end - trigger.first + 1 }, (_, n) => trigger.first + n), ...Array.from({ length: Math.max(0, trigger.first - from) }, (_, n) => from + n)];
  const afterStop = (): number => {
    // (A comma inside a party's reference, "the President-elect of the United States, Donald J. Trump", ends nothing.)
    for (let k = trigger.last + 1; k <= end; k++) if (tokens[k].lower === ',' && !['in', 'at', 'the', 'a'].includes(tokens[k + 1]?.lower ?? '') && !refs.some((r) => r.first < k && k < r.last)) return k;
    return end + 1;
  };
  const stop = afterStop();
  for (const k of order) {
    if (k >= stop) continue;
    const w = tokens[k].lower;
    // (A comma after the trigger that opens another phrase, "..., ahead of the summit in Washington", ends the search: `stop`.)
    if (w !== 'in' && w !== 'to' && w !== 'at' && w !== 'into' && w !== 'arrived') continue;
    if (k < trigger.first && w !== 'in') continue;
    let at = k + 1;
    let throughOf = false;
    if (tokens[at]?.lower === 'the') {
      at++;
      // "in the Turkish resort of Antalya", "in the Saudi city of Jeddah".
      for (let j = at; j < Math.min(tokens.length - 1, at + 5); j++) {
        if (tokens[j].lower === 'of') {
          at = j + 1;
          throughOf = true;
          break;
        }
        if (tokens[j].pos === 'VERB' || tokens[j].pos === 'PUNCT' || tokens[j].pos === 'ADP') break;
      }
    }
    if (!tokens[at] || !/^\p{Lu}/u.test(tokens[at].text)) continue;
    const place = lexicon.places.matchAt(tokens, at);
    if (place) return { name: place.value.name, of: place.value.of };
    const state = lexicon.partyForms.matchAt(tokens, at);
    const info = state ? lexicon.parties.get(state.value.code) : undefined;
    if (!state || info?.kind !== 'state') continue;
    // "met in the Polish capital": that state's capital.
    if (!throughOf && state.value.form === 'adjective' && tokens[state.last + 1]?.lower === 'capital' && info.capital) return { name: info.capital, of: info.code };
    // "to Russia" on a trip; "in the Amur Region of Russia": a region named by its state.
    if (((trigger.kind === 'visit' && (w === 'to' || w === 'into')) || throughOf) && state.value.form === 'name') return { name: info.name, of: info.code };
  }
  return null;
}

/** ", hosted by X", ", chaired by X": a participle that describes the thing named before the comma. */
function hostedByAfterComma(sentence: Sentence, trigger: TriggerMention): boolean {
  const tokens = sentence.tokens;
  return trigger.form === 'verb' && tokens[trigger.first - 1]?.text === ',' && tokens[trigger.last + 1]?.lower === 'by' && /ed$/.test(tokens[trigger.last].lower);
}

/** ", during which he met ...", ", in the course of which ...": a clause told of the exchange before it. */
function duringWhich(sentence: Sentence, trigger: TriggerMention): boolean {
  const tokens = sentence.tokens;
  for (let k = trigger.first - 1; k >= Math.max(1, trigger.first - 8); k--) {
    if (tokens[k].lower === 'which' && ['during', 'at', 'in', 'on'].includes(tokens[k - 1].lower) && tokens[k - 2]?.text === ',') return true;
    if ([',', ';', '.'].includes(tokens[k].text)) return false;
  }
  return false;
}

/** ", when Merz called": the trigger's clause opens on "when" after a comma. */
function whenClause(sentence: Sentence, trigger: TriggerMention): boolean {
  const tokens = sentence.tokens;
  for (let k = trigger.first - 1; k >= Math.max(1, trigger.first - 24); k--) {
    if (tokens[k].lower === 'when' && tokens[k - 1].text === ',') return true;
    if ([';', '.'].includes(tokens[k].text)) return false;
  }
  return false;
}

/** "following the telephone talk held in October": a definite exchange right after an after-word. */
function followingEarlier(sentence: Sentence, trigger: TriggerMention): boolean {
  const before = sentence.tokens.slice(Math.max(0, trigger.first - 4), trigger.first).map((t) => t.lower);
  const at = before.findIndex((w) => w === 'following' || w === 'after' || w === 'since');
  return at >= 0 && ['the', 'their'].includes(before[at + 1] ?? '');
}

/** "talks with A and a meeting with B": an exchange noun joined by "and" to one just before it. */
function coordinatedNoun(sentence: Sentence, trigger: TriggerMention, triggers: TriggerMention[]): boolean {
  if (trigger.form !== 'noun') return false;
  const tokens = sentence.tokens;
  let k = trigger.first - 1;
  if (['a', 'an', 'the'].includes(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower !== 'and') return false;
  const previous = triggers.filter((t) => t.last < k && t.form === 'noun').pop();
  return !!previous && k - previous.last <= 12 && !tokens.slice(previous.last + 1, k).some((t) => [',', ';'].includes(t.text) || t.pos === 'VERB');
}

/**
 * "when Mishustin visited Belarus and held talks with Lukashenko": an exchange verb (or the verb
 * that governs an exchange noun) joined by "and" to an exchange verb before it in the same clause
 * is told with the same standing.
 */
function coordinatedVerb(sentence: Sentence, trigger: TriggerMention, triggers: TriggerMention[]): boolean {
  const tokens = sentence.tokens;
  let k = trigger.first - 1;
  if (trigger.form === 'noun') {
    if (['a', 'an', 'the'].includes(tokens[k]?.lower ?? '')) k--;
    if (!HOLDING.has(tokens[k]?.lower ?? '')) return false;
    k--;
  }
  if (tokens[k]?.lower !== 'and') return false;
  const previous = triggers.filter((t) => t.last < k && t.form === 'verb').pop();
  return !!previous && k - previous.last <= 8 && !tokens.slice(previous.last + 1, k).some((t) => [',', ';'].includes(t.text) || t.pos === 'VERB');
}

/** ", the first visit to ...", ", a rare face-to-face meeting": an exchange noun in apposition to one the sentence told before. */
function appositiveNoun(sentence: Sentence, trigger: TriggerMention, triggers: TriggerMention[]): boolean {
  if (trigger.form !== 'noun') return false;
  const tokens = sentence.tokens;
  let k = trigger.first - 1;
  while (k >= trigger.first - 4 && k >= 0 && !['a', 'an', 'the'].includes(tokens[k].lower)) {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].pos === 'ADP' || tokens[k].text === ',') return false;
    k--;
  }
  if (!['a', 'an', 'the'].includes(tokens[k]?.lower ?? '') || tokens[k - 1]?.text !== ',') return false;
  return triggers.some((t) => t !== trigger && t.last < k - 1);
}

function sameExchange(a: DraftEngagement, b: DraftEngagement): boolean {
  if (a.participants.length !== b.participants.length) return false;
  if (!a.participants.every((p) => b.participants.includes(p))) return false;
  if (a.status !== b.status) return false;
  if (a.kindKnown && b.kindKnown && a.kind !== b.kind) return false;
  if (a.date?.date && b.date?.date && a.date.date !== b.date.date) return false;
  // ("Last May ... he held talks with Zelensky in Kyiv": a span of days that leaves out the day of the other.)
  const outside = (day: string | null | undefined, span: DraftEngagement['date']): boolean =>
    !!day && !!span && !span.date && ((!!span.latest && day > span.latest) || (!!span.earliest && day < span.earliest));
  if (outside(a.date?.date, b.date) || outside(b.date?.date, a.date)) return false;
  return true;
}

/**
 * "Talks" of unknown medium learn it from another report of the same exchange ("in the telephone
 * conversation"). Only how they talked is learnt: a trip mentioned nearby does not make talks a visit.
 */
function learnKind(e: DraftEngagement, kind: EngagementKind): void {
  if (e.kindKnown || (kind !== 'phone_call' && kind !== 'video_call' && kind !== 'meeting')) return;
  e.kind = kind;
  e.kindKnown = true;
}

function absorb(into: DraftEngagement, other: DraftEngagement): void {
  for (const e of other.evidence) if (!into.evidence.some((x) => x.sentence === e.sentence)) into.evidence.push(e);
  if (other.kindKnown) learnKind(into, other.kind);
  if (!into.date && other.date) into.date = other.date;
  // ("is visiting Egypt from 6 to 8 April ... This morning, the two Presidents held talks": the day
  // of the talks, within a visit that goes on after it, is the exchange told; a visit whose days
  // are all told keeps their span.)
  else if (into.date && !into.date.date && into.date.earliest && into.date.latest && other.date?.date && into.date.earliest <= other.date.date && other.date.date < into.date.latest) into.date = other.date;
  if (!into.location && other.location) into.location = other.location;
  if (!into.initiator && other.initiator) into.initiator = other.initiator;
}

/** The exchange a one-party reference points back to: the latest that includes that party. */
function antecedent(found: DraftEngagement[], current: DraftEngagement[], parties: string[]): DraftEngagement | null {
  const pool = [...current].reverse().concat([...found].reverse());
  if (parties.length === 0) return pool[0] ?? null;
  return pool.find((e) => parties.every((p) => e.participants.includes(p))) ?? null;
}

/**
 * An exchange said to have happened "recently" or "last month", in a story that leads with another
 * exchange, is background to that story, not news of its own.
 */
function demoteAsides(found: DraftEngagement[], published: string | null, opening: number, openingSpans: DateMention[] = []): void {
  const told = found.filter((e) => e.status === 'reported' || e.status === 'denied');
  const lead = Math.min(...told.map((e) => e.sentence));
  for (const e of told) {
    if (e.status !== 'reported' || e.sentence === lead) continue;
    if (e.date?.vague && e.date.tense !== 'future') e.status = 'background';
  }
  // News is of the last few days: an exchange dated a week back and told below the story's opening
  // sentence is background to whatever the story is about ("Trump spoke to Zelenskiy last Wednesday").
  for (const e of told) {
    // ("when the two met on the sidelines of the summit on Sept. 5-6", told two weeks on: a span of days wholly past counts by its last.)
    const day = e.date?.date ?? (e.date?.earliest && e.date.latest && !e.date.vague ? e.date.latest : null);
    if (e.status !== 'reported' || e.sentence <= opening || !day || !published || daysBetween(day, published) <= STALE_DAYS) continue;
    // (Unless it is the first exchange told and the opening says the news is of its days: "signed in Washington last week".)
    if (e.sentence === lead && openingSpans.some((d) => d.earliest! <= day && day <= d.latest!)) continue;
    e.status = 'background';
  }
}

/** How many days before publication a dated exchange may be and still be the news. */
const STALE_DAYS = 3;

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/**
 * "In Bamako, X was received by the President of the Transition, Colonel Assimi Goïta": whoever
 * receives a visitor in a state's capital is of that state, when the text had not said so.
 */
function placeTheHost(draft: DraftEngagement, trigger: TriggerMention, via: string | null, subjects: string[], objects: string[], entities: Map<string, Entity>): void {
  if (!trigger.hosting || !draft.location) return;
  const hosts = via === 'by' ? objects : subjects;
  for (const id of hosts) {
    const e = entities.get(id);
    if (e && !e.collective && e.affiliation === null) e.affiliation = draft.location.of;
  }
}

/**
 * "Sharif received Modi", "Modi was received at the airport by Sharif": one who receives a guest
 * of another state hosts a visit (CAMEO 043), unless the text puts the reception in a third
 * country ("received him on the sidelines of the summit in Ufa").
 */
function receivedAsGuest(draft: DraftEngagement, entities: Map<string, Entity>): DraftEngagement {
  const receivers = draft.receivers?.filter((id) => draft.participants.includes(id)) ?? [];
  if (draft.kind !== 'meeting' || receivers.length === 0) return draft;
  const hosts = new Set(receivers.map((id) => entities.get(id)?.affiliation ?? null));
  const host = hosts.size === 1 ? [...hosts][0] : null;
  if (!host) return draft;
  // (The host's own ministers at the table are no guests.)
  const guests = new Set(draft.participants.filter((id) => !receivers.includes(id)).map((id) => entities.get(id)?.affiliation ?? null).filter((a) => a !== host));
  if (guests.size !== 1 || guests.has(null) || guests.has(host)) return draft;
  if (draft.location && draft.location.of !== host) return draft;
  return { ...draft, kind: 'visit', host };
}

/** "visiting U.S. Secretary of State Antony Blinken", "the visiting Blinken": a reference marked as the guest. */
function visitorNamed(sentence: Sentence, ref: ActorReference): boolean {
  return sentence.tokens[ref.first]?.lower === 'visiting' || sentence.tokens[ref.first - 1]?.lower === 'visiting';
}

/** A reception at the visitor's arrival. */
const ARRIVAL = /\b(?:at|to) the airport\b|\bon (?:his|her|their) arrival\b|\bupon (?:his|her|their) arrival\b|\b(?:arrived|landed)\b[^.;]{0,100}?\b(?:and|where) (?:he |she |they )?(?:was |were )?(?:greeted|welcomed|received)\b/i;

/** How many sentences after a trip its talks or reception may be reported and still be the same visit. */
const FOLD_SENTENCES = 3;

/**
 * "X travelled to Berlin for talks with Y", "X arrived in Ankara ... He was received by Y": one
 * visit, with Y as the host's party, rather than a visit to a city and a separate meeting.
 */
export function foldVisits(drafts: DraftEngagement[], entities: Map<string, Entity>, sentences: ResolvedSentence[], registry?: Registry): DraftEngagement[] {
  const drop = new Set<DraftEngagement>();
  for (const visit of drafts) {
    if (visit.kind !== 'visit' || visit.hosting) continue;
    const place = visit.participants.map((id) => entities.get(id)).find((e) => e?.collective);
    const host = place?.affiliation ?? visit.host;
    if (!host) continue;
    const visitors = visit.participants.filter((id) => !entities.get(id)?.collective);
    if (!place) continue;
    // "travelled to Tripoli, accompanied by A and B": those who came along on the trip sit in on
    // each of its talks with the hosts, not only the first.
    const along = visitors.filter((id) => visit.cameAlong?.includes(id));
    const principals = visitors.filter((id) => !along.includes(id));
    if (along.length > 0 && principals.length > 0) {
      for (const talks of drafts) {
        if (talks === visit || drop.has(talks) || talks.status !== visit.status || talks.sentence < visit.sentence) continue;
        if (!principals.every((v) => talks.participants.includes(v))) continue;
        if (!talks.participants.some((id) => entities.get(id)?.affiliation === host && !entities.get(id)?.collective)) continue;
        if (talks.date?.date && visit.date?.date && talks.date.date !== visit.date.date) continue;
        if (talks.location && talks.location.of !== host) continue;
        for (const id of along) {
          if (talks.participants.includes(id)) continue;
          talks.participants.push(id);
          (talks.joinedBy ??= []).push(id);
        }
      }
    }
    // The talks the trip was for, or the reception by the host, reported in the same or a nearby
    // sentence; else told earlier in the story ("Sisi received Blinken ... The Secretary arrived in
    // Cairo from Riyadh").
    const near = (other: DraftEngagement): boolean => other.sentence >= visit.sentence && other.sentence <= visit.sentence + FOLD_SENTENCES;
    const earlier = (o: DraftEngagement): boolean =>
      o.sentence < visit.sentence &&
      o.status === 'reported' &&
      (o.kind === 'meeting' || o.kind === 'visit') &&
      (!o.location || o.location.of === host) &&
      (!o.date?.date || !visit.date?.date || o.date.date === visit.date.date);
    const candidates = [...drafts.filter(near), ...drafts.filter(earlier).reverse()];
    for (const other of candidates) {
      if (other === visit || drop.has(other) || other.status !== visit.status) continue;
      // ("the State visit of Hasina to New Delhi, and the visit of the Indian minister to Dhaka, during
      // which he called on Hasina": talks held in the visitor's own state are not that trip's.)
      if (other.location && visitors.some((v) => entities.get(v)?.affiliation === other.location!.of)) continue;
      // (Nor are talks told after someone else's trip in the same sentence: "..., and on the visit
      // of the minister to Dhaka, during which he called on X" are that visit's.)
      if (other.sentence === visit.sentence && drafts.some((v) => v !== visit && v.kind === 'visit' && v.sentence === visit.sentence && v.trigger.first > visit.trigger.first && v.trigger.first < other.trigger.first && !visitors.every((id) => v.participants.includes(id)))) continue;
      const hosts = other.participants.filter((id) => entities.get(id)?.affiliation === host && !entities.get(id)?.collective);
      if (hosts.length === 0 || !visitors.every((v) => other.participants.includes(v))) continue;
      // (With those who came along or sat in: "accompanied by the Minister of Agriculture".)
      const others = other.participants.filter((id) => !entities.get(id)?.collective && !visitors.includes(id) && !hosts.includes(id));
      visit.participants = [...visitors, ...hosts, ...others];
      if (other.joinedBy) visit.joinedBy = [...(visit.joinedBy ?? []), ...other.joinedBy];
      visit.host = host;
      // The exchange told first is dated by its own sentence; talks on another day than the
      // arrival ("arrived on Saturday night and on Sunday held talks") are dated by their own day.
      if ((other.sentence < visit.sentence && other.date) || (other.date?.date && visit.date?.date && other.date.date !== visit.date.date)) visit.date = other.date;
      visit.hosting = visit.hosting || other.hosting;
      absorb(visit, other);
      drop.add(other);
      break;
    }
    // No talks reported, but the sentence names the host's leader ("at the invitation of
    // President Erdoğan"): the visit is to them.
    if (visit.participants.includes(place.id)) {
      const named = sentences[visit.sentence]?.references.flatMap((r) => r.entities).map((id) => entities.get(id));
      // (Not one who is a party of another exchange the sentence tells: "the visit of Aliyev to
      // Ankara in March, and the visit of the Turkish minister to Baku in May".)
      const elsewhere = new Set(drafts.filter((d) => d !== visit && !drop.has(d) && d.sentence === visit.sentence).flatMap((d) => d.participants));
      const hostLeader = named?.find((e) => e && !e.collective && e.affiliation === host && !visitors.includes(e.id) && !elsewhere.has(e.id));
      // Else the host's counterpart named anywhere in the story: the leader a leader visits, the
      // minister a minister visits ("Erdoğan's visit to Cairo" in a story about Sisi).
      // (One who held that office on the visit's day: "Erdoğan's last visit to Pakistan was in
      // February 2020" was not to the premier the story names today.)
      const visitorOffice = visitors.length === 1 ? entities.get(visitors[0])?.office ?? null : null;
      const day = visit.date?.date ?? visit.date?.latest ?? null;
      const inOfficeThen = (e: Entity): boolean => !day || !e.registryId || !registry || registry.servedOn(e.registryId, host, day) !== false;
      const counterpart =
        hostLeader ??
        (visitorOffice && LEVEL.has(visitorOffice)
          ? [...entities.values()].find((e) => !e.collective && e.affiliation === host && e.office !== null && sameLevel(e.office, visitorOffice) && inOfficeThen(e))
          : undefined);
      // ("flew to China on Wednesday and is scheduled to hold talks with Xi on Friday": the trip is
      // under way, the talks with the counterpart still ahead.)
      const stillAhead = counterpart && drafts.some((d) => d !== visit && d.status === 'planned' && Math.abs(d.sentence - visit.sentence) <= 1 && d.participants.includes(counterpart.id) && visitors.every((v) => d.participants.includes(v)));
      if (counterpart && !stillAhead) {
        visit.participants = [...visitors, counterpart.id];
        visit.host = host;
      }
    }
  }
  // "Macron will travel to Guangzhou, where the two heads of state will hold an informal meeting":
  // a meeting of a visit's own parties told beside it is that visit.
  for (const meeting of drafts) {
    if (meeting.kind !== 'meeting' || drop.has(meeting)) continue;
    const visit = drafts.find(
      (v) =>
        v.kind === 'visit' &&
        !drop.has(v) &&
        v.status === meeting.status &&
        Math.abs(v.sentence - meeting.sentence) <= 1 &&
        v.participants.length === meeting.participants.length &&
        v.participants.every((p) => meeting.participants.includes(p)),
    );
    if (!visit) continue;
    absorb(visit, meeting);
    drop.add(meeting);
  }
  return drafts.filter((d) => !drop.has(d));
}

/** Offices whose holders visit each other as counterparts. */
const LEVEL = new Set(['head_of_state', 'head_of_government', 'foreign_minister']);

function sameLevel(a: string, b: string): boolean {
  const leader = (o: string): boolean => o === 'head_of_state' || o === 'head_of_government';
  return a === b || (leader(a) && leader(b));
}
