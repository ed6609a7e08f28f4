// Words that report an engagement: "held a phone call", "met", "received", "visited", "a letter".
// The kind comes from the word, or for "talks" and "conversation" from the medium named nearby.
import type { EngagementKind, Mention, TriggerMention } from '../types.js';
import { coveredTokens, span, type Recogniser } from './context.js';
import { supportVerbBefore } from '../lexicon/grammar.js';

/** How far from "talks" a medium ("on the phone") may stand and still say how they talked. */
const MEDIUM_WINDOW = 6;

export const recogniseTriggers: Recogniser = (sentence, found, { lexicon }) => {
  const tokens = sentence.tokens;
  // Names, titles and parties own their words ("Secretary of State" is no visit; "Call" may be a name).
  const covered = coveredTokens(sentence, found, ['name', 'title', 'party']);
  const out: TriggerMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const m = lexicon.triggers.matchAt(tokens, i);
    if (!m) continue;
    const entry = m.value;
    const single = m.first === m.last;
    let form = entry.form;
    const pos = tokens[i].pos;
    // One word can be noun or verb ("call", "visit"); the tagger decides, the determiner confirms.
    if (single) {
      const prev = tokens[i - 1]?.lower ?? '';
      const nounish = ['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'phone', 'telephone', 'official', 'state', 'working'].includes(prev) || /^\d/.test(prev);
      // "the Trilateral Foreign Ministers' Meeting": a capitalised "Meeting" inside a sentence names an event.
      const eventName = entry.lemma === 'meeting' && i > 0 && /^\p{Lu}/u.test(tokens[i].text);
      if (eventName) form = 'noun';
      else if (pos === 'VERB' && !nounish) form = 'verb';
      else if (nounish && entry.form === 'verb') form = 'noun';
    }
    // "the visiting Indian Prime Minister", "met with visiting Secretary X": who is the guest of the
    // exchange the sentence tells, not an exchange of its own (nor a rival for its date).
    if (entry.lemma === 'visiting' && ['the', 'a', 'his', 'her', 'their', 'with', 'by', 'for', 'and', 'of'].includes(tokens[i - 1]?.lower ?? '')) continue;
    // "call for", "called on X to act": appeals, not calls. "Called on the Crown Prince" with no
    // "to" + verb after it is a courtesy call: a meeting.
    let courtesy = false;
    if ((CALLING.has(entry.lemma) || entry.lemma === 'calls') && ['for', 'on', 'upon'].includes(tokens[i + 1]?.lower ?? '')) {
      if (tokens[i + 1].lower === 'for' || appealFollows(tokens, i + 2)) continue;
      courtesy = true;
    }
    if (entry.lemma === 'calls' && form === 'verb' && pos !== 'VERB') continue;
    // "called Abe a steadfast friend": naming someone, not calling them.
    if (CALLING.has(entry.lemma) && namesWhat(tokens, found, m.last + 1)) continue;
    // "a joint statement called the Spirit of Camp David": a noun named, not a call.
    if (entry.lemma === 'called' && tokens[i - 1]?.pos === 'NOUN' && !found.some((f) => f.first <= i - 1 && f.last >= i - 1)) continue;
    // ("Under what they called the Ankara Declaration": what is named, not who is called.)
    // ("what the agreement calls its defensive measures".)
    if ((CALLING.has(entry.lemma) || entry.lemma === 'calls') && tokens.slice(Math.max(0, i - 3), i).some((t) => t.lower === 'what')) continue;
    if (entry.lemma === 'call' && form === 'verb' && pos !== 'VERB') form = 'noun';
    // "urged Xi to speak directly with Zelensky", "its willingness to enter into negotiations":
    // an appeal or a readiness, not an exchange.
    if (appealedFor(tokens, m.first)) continue;
    // A bare "talk"/"summit"/"call" noun is too loose unless a supporting verb or "with" is close by.
    if (entry.weak && form === 'noun' && !nearSupport(tokens, i, m.last)) continue;
    let kind: EngagementKind | null = courtesy ? 'meeting' : entry.kind;
    if (kind === null) kind = mediumNear(sentence.tokens, i, m.last, lexicon);
    // "a Japan-U.S. Summit Video Teleconference Meeting", "an online summit meeting": the medium
    // right before a meeting noun says how they met.
    // ("their first meeting by video": right after it, too.)
    else if (kind === 'meeting' && form === 'noun') kind = mediumBefore(sentence.tokens, m.first, lexicon) ?? mediumAfter(sentence.tokens, m.last, lexicon) ?? kind;
    out.push({
      type: 'trigger',
      ...span(sentence, m.first, m.last),
      kind: (kind ?? 'meeting') as EngagementKind,
      form,
      hosting: entry.hosting,
      initiating: entry.initiating,
      plural: entry.plural,
      needsObject: entry.needsObject,
      needsWith: entry.needsWith,
      ...(entry.withReach ? { withReach: entry.withReach } : {}),
      ...(entry.inPersonWhenPlaced ? { inPersonWhenPlaced: true } : {}),
      joint: entry.joint,
      kindKnown: kind !== null,
      lemma: entry.lemma,
    });
    i = m.last;
  }
  return dropGovernedVerbs(out);
};

/** Whether a person named from token `at` on is followed by "a"/"an": "called him a friend". */
function namesWhat(tokens: { lower: string }[], found: Mention[], at: number): boolean {
  let k = at;
  for (let m = found.find((f) => f.first === k); m && ['name', 'title', 'pronoun', 'party'].includes(m.type); m = found.find((f) => f.first === k)) k = m.last + 1;
  // ("called France Kazakhstan's key partner", "called him one of the region's leaders".)
  return k > at && (['a', 'an', "'s", 'one', 'our', 'its'].includes(tokens[k]?.lower ?? '') || (k - 1 > at && tokens[k - 1].lower === "'s"));
}

/** "called on the OIC to launch a probe": an appeal names what is to be done with "to" and a verb. */
function appealFollows(tokens: { lower: string; pos: string }[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length - 1, from + 12); k++) {
    if (tokens[k].lower === 'to' && (tokens[k + 1].pos === 'VERB' || tokens[k + 1].pos === 'AUX')) return true;
    if (tokens[k].lower === ',' || tokens[k].lower === ';') break;
  }
  return false;
}

const APPEALS = new Set(['urged', 'urges', 'urging', 'pressed', 'presses', 'encouraged', 'encourages', 'encouraging', 'appealed', 'appeals', 'asked', 'asks', 'willingness', 'readiness', 'ready', 'willing']);

/** Whether the word at `first` is the infinitive (or its object: "to hold talks") of an appeal in its clause. */
function appealedFor(tokens: { lower: string }[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const w = tokens[k].lower;
    if ([',', ';', ':', '.', 'and', 'but'].includes(w)) return false;
    if (w !== 'to') continue;
    for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
      const v = tokens[j].lower;
      if ([',', ';', ':', '.', 'but', 'while', 'after', 'during'].includes(v)) return false;
      if (APPEALS.has(v)) return true;
    }
    return false;
  }
  return false;
}

/** "received a phone call", "sent a letter": the noun carries the engagement, not the verb before it. */
function dropGovernedVerbs(triggers: TriggerMention[]): TriggerMention[] {
  return triggers.filter((t, n) => {
    const next = triggers[n + 1];
    return !(t.form === 'verb' && t.hosting && next && next.form === 'noun' && next.first - t.last <= 4 && next.kind !== 'meeting');
  });
}

/** The forms of "call" that may name or appeal rather than telephone ("called Abe a friend", "calling for calm"). */
const CALLING = new Set(['call', 'called', 'calling']);
const PARTICIPATING = new Set(['participated', 'participates', 'participate', 'participating', 'took', 'takes', 'take', 'taking']);

const JOINT_MODIFIERS = new Set(['trilateral', 'tripartite', 'quadrilateral', 'quadripartite', 'bilateral']);

function nearSupport(tokens: { lower: string }[], first: number, last: number): boolean {
  if (supportVerbBefore(tokens, first)) return true;
  // "participated today in the first Leaders' Summit".
  for (let k = first - 1; k >= Math.max(1, first - 8); k--) {
    if ([',', '.', ';'].includes(tokens[k].lower)) break;
    if (tokens[k].lower === 'in' && tokens.slice(Math.max(0, k - 3), k).some((t) => PARTICIPATING.has(t.lower))) return true;
  }
  // "a trilateral summit": a meeting of named sides, not a conference of many.
  if (JOINT_MODIFIERS.has(tokens[first - 1]?.lower ?? '')) return true;
  // "their first Informal Summit": the exchange of the two the sentence is about.
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    if (tokens[k].lower === 'their') return true;
    if ([',', '.', ';', 'the', 'a', 'an'].includes(tokens[k].lower)) break;
  }
  const after = tokens[last + 1]?.lower;
  // "That call, on January 9, was when ...": a sentence that opens on the exchange told before.
  if (first === 1 && ['that', 'this', 'the'].includes(tokens[0].lower)) return true;
  return after === 'with' || after === 'between';
}

/** A call's medium, or null for anything else the media list names. */
function remote(kind: EngagementKind | undefined): EngagementKind | null {
  return kind === 'phone_call' || kind === 'video_call' ? kind : null;
}

function mediumBefore(tokens: Parameters<Recogniser>[0]['tokens'], first: number, lexicon: Parameters<Recogniser>[2]['lexicon']): EngagementKind | null {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (!/^[\p{L}-]+$/u.test(tokens[k].text)) return null;
    const m = lexicon.media.matchAt(tokens, k);
    if (m && m.last < first) return remote(m.value);
  }
  return null;
}

function mediumAfter(tokens: Parameters<Recogniser>[0]['tokens'], last: number, lexicon: Parameters<Recogniser>[2]['lexicon']): EngagementKind | null {
  // "the first Leaders' Summit of the Quad, held in virtual format,": the participle says how.
  const held = tokens.findIndex((t, k) => k > last && k <= last + 8 && t.lower === 'held' && tokens[k - 1].text === ',');
  if (held > 0 && !tokens.slice(last + 1, held).some((t) => ['.', ';'].includes(t.text))) {
    for (let k = held + 1; k <= held + 3 && k < tokens.length; k++) {
      const m = lexicon.media.matchAt(tokens, k);
      if (m) return remote(m.value);
    }
  }
  if (!['by', 'via', 'over'].includes(tokens[last + 1]?.lower ?? '')) return null;
  const m = lexicon.media.matchAt(tokens, last + 1) ?? lexicon.media.matchAt(tokens, last + 2) ?? (tokens[last + 2]?.lower === 'a' ? lexicon.media.matchAt(tokens, last + 3) : null);
  return remote(m?.value);
}

function mediumNear(
  tokens: Parameters<Recogniser>[0]['tokens'],
  first: number,
  last: number,
  lexicon: Parameters<Recogniser>[2]['lexicon'],
): EngagementKind | null {
  const from = Math.max(0, first - MEDIUM_WINDOW);
  // After the noun, the medium may close its whole phrase ("a conversation with President of the
  // People's Republic of China Xi Jinping via videoconference"), up to the end of the clause.
  let to = Math.min(tokens.length - 1, last + MEDIUM_WINDOW);
  for (let k = to + 1; k < Math.min(tokens.length, last + MEDIUM_WINDOW * 3); k++) {
    if ([',', ';', '.', ':'].includes(tokens[k].text)) break;
    to = k;
  }
  for (let k = from; k <= to; k++) {
    if (k >= first && k <= last) continue;
    const m = lexicon.media.matchAt(tokens, k);
    if (m && m.last <= to) return m.value;
  }
  return null;
}

export function isTrigger(m: Mention): m is TriggerMention {
  return m.type === 'trigger';
}
