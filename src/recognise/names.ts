// Person names. English-language news gives no name types, so a capitalised run is a person when
// the registry knows it, when a title, honorific or "of <party>" frames it, when it stands as the
// subject of a verb, or when it repeats part of a name already seen in the document. Particles
// (al-, el-, bin, Abdel, Bou) and hyphens stay inside names.
import type { Mention, PersonNameMention, Sentence, Token } from '../types.js';
import { nameParts, stripAccents } from '../resolve/name-key.js';
import { coveredTokens, isCapitalised, span, type RecogniseContext, type Recogniser } from './context.js';

const INITIAL = /^\p{Lu}\.$/u;
const FUNCTION_TAGS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PRON', 'ADV', 'PART']);

export const recogniseNames: Recogniser = (sentence, found, context) => {
  const tokens = sentence.tokens;
  const { lexicon } = context;
  const blocked = coveredTokens(sentence, found, ['title', 'pronoun']);
  const parties = coveredTokens(sentence, found, ['party']);
  const titleEnds = new Set(found.filter((m) => m.type === 'title').map((m) => m.last));
  const titleStarts = new Set(found.filter((m) => m.type === 'title').map((m) => m.first));
  const out: PersonNameMention[] = [];
  const rejected: [number, number][] = [];

  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i]) continue;
    let honorific: string | null = null;
    let start = i;
    const cased = lexicon.casedHonorifics.has(tokens[i].text) ? { last: i } : null;
    const h = cased ?? lexicon.honorifics.matchAt(tokens, i);
    if (h && h.last + 1 < tokens.length && isCapitalised(tokens[h.last + 1]) && !blocked[h.last + 1]) {
      honorific = sentence.text.slice(tokens[i].start - sentence.start, tokens[h.last].end - sentence.start);
      start = h.last + 1;
      // "H.E. Mr. HAYASHI": several honorifics in a row.
      for (let g = lexicon.honorifics.matchAt(tokens, start); g && g.last + 1 < tokens.length; g = lexicon.honorifics.matchAt(tokens, start)) {
        start = g.last + 1;
      }
    }
    if (honorific === null && !isCapitalised(tokens[i])) {
      const particleLed = particleLedName(sentence, i, blocked, context);
      if (particleLed) {
        out.push(particleLed);
        i = particleLed.last;
      }
      continue;
    }
    if (!isCapitalised(tokens[start]) || blocked[start]) continue;
    const end = runEnd(tokens, start, blocked, context);
    if (end < start) continue;

    const accepted = acceptRun(sentence, start, end, honorific !== null, titleEnds, titleStarts, parties, context);
    if (!accepted) {
      rejected.push([start, end]);
      continue;
    }
    const [first, last] = accepted;
    const name = tokensText(sentence, first, last);
    const frame = lexicon.nameFrames.has(tokens[first - 1]?.lower ?? '') ? tokens[first - 1].lower : undefined;
    const spanFirst = honorific !== null && first === start ? i : first;
    const spouse = introducedAsSpouse(tokens, spanFirst, first, last, context);
    out.push({
      type: 'name',
      ...span(sentence, spanFirst, last),
      name,
      honorific: first === start ? honorific : null,
      ...(frame ? { frame } : {}),
      ...(spouse ? { spouse } : {}),
    });
    for (const part of nameParts(name)) context.documentNames.add(plainWord(part));
    i = last;
  }
  out.push(...listedWithNames(sentence, rejected, out, parties, context));
  return out.sort((x, y) => x.first - y.first);
};

const POSSESSOR_WORDS = new Set(['his', 'her', 'their', 'the', "'s", '’s']);

/**
 * "his wife, Michal Herzog", "Chinese First Lady Peng Liyuan", "Sara Netanyahu, the wife of the
 * prime minister", "Peng Liyuan, Xi's wife": a leader's spouse, whom the text names but who is no
 * party to the exchanges. `spanFirst` is where the name's honorifics start, `first` the name itself.
 */
function introducedAsSpouse(tokens: Token[], spanFirst: number, first: number, last: number, { lexicon }: RecogniseContext): boolean {
  // Before: the spouse word ends just before the name, runs into its honorific, or opens the
  // capitalised run itself ("First Lady Iriana").
  if (lexicon.spouseWords.matchAt(tokens, spanFirst)) return true;
  const end = tokens[spanFirst - 1]?.text === ',' ? spanFirst - 2 : spanFirst - 1;
  for (let k = Math.max(0, end - 2); k <= end; k++) {
    const m = lexicon.spouseWords.matchAt(tokens, k);
    if (m && m.last >= end && m.last < first) return true;
  }
  // A consort's title after the monarch's and "and": "The King and Queen Camilla", "King Felipe
  // VI and Queen Letizia".
  const monarch = lexicon.consortTitles.get(tokens[spanFirst - 1]?.lower ?? '');
  if (monarch && tokens[spanFirst - 2]?.lower === 'and') {
    for (let k = spanFirst - 3; k >= Math.max(0, spanFirst - 7); k--) if (tokens[k].lower === monarch) return true;
  }
  // After, as an appositive: ", his wife", ", the wife of ...", ", Xi's wife".
  if (tokens[last + 1]?.text !== ',') return false;
  for (let k = last + 2; k <= last + 5 && k < tokens.length; k++) {
    if (lexicon.spouseWords.matchAt(tokens, k)) return true;
    if (!POSSESSOR_WORDS.has(tokens[k].lower) && !isCapitalised(tokens[k])) return false;
  }
  return false;
}

/**
 * "Cai Qi, Wang Yi and others were present": a run of two or more words listed next to a name is
 * a name too, though nothing else frames it.
 */
function listedWithNames(sentence: Sentence, runs: [number, number][], names: PersonNameMention[], parties: Uint8Array, context: RecogniseContext): PersonNameMention[] {
  const tokens = sentence.tokens;
  const { lexicon } = context;
  const out: PersonNameMention[] = [];
  const joins = (k: number): boolean => tokens[k]?.text === ',' || tokens[k]?.lower === 'and';
  for (const [a, b] of runs) {
    if (countWords(tokens, a, b) < 2 || lexicon.places.matchAt(tokens, a)) continue;
    let clean = true;
    for (let k = a; k <= b; k++) if (parties[k] || lexicon.notNames.has(tokens[k].lower)) clean = false;
    if (!clean) continue;
    const after = joins(b + 1) ? (tokens[b + 2]?.lower === 'and' ? b + 3 : b + 2) : -1;
    const before = joins(a - 1) ? (tokens[a - 2]?.text === ',' ? a - 3 : a - 2) : -1;
    if (!names.some((n) => n.first === after || n.last === before)) continue;
    const name = tokensText(sentence, a, b);
    out.push({ type: 'name', ...span(sentence, a, b), name, honorific: null });
    for (const part of nameParts(name)) context.documentNames.add(plainWord(part));
  }
  return out;
}

/**
 * "met separately with von der Leyen", "bin Salman said": a name written from its particles on
 * counts when the registry knows it or the document has already used its words in a name.
 */
function particleLedName(sentence: Sentence, i: number, blocked: Uint8Array, context: RecogniseContext): PersonNameMention | null {
  const tokens = sentence.tokens;
  const { lexicon, registry } = context;
  if (!lexicon.particles.has(tokens[i].lower) || lexicon.hyphenOnlyParticles.has(tokens[i].lower)) return null;
  let j = i;
  while (j < i + 3 && j < tokens.length && lexicon.particles.has(tokens[j].lower)) j++;
  if (!tokens[j] || !isCapitalised(tokens[j]) || blocked[j]) return null;
  const end = runEnd(tokens, j, blocked, context);
  if (end < j) return null;
  const name = tokensText(sentence, i, end);
  const seen = nameParts(name).every((p) => context.documentNames.has(plainWord(p)));
  if (!seen && registry.lookup(name).length === 0) return null;
  return { type: 'name', ...span(sentence, i, end), name, honorific: null };
}

/** The last token of a capitalised run that could be a name, starting at `start`. */
function runEnd(tokens: Token[], start: number, blocked: Uint8Array, { lexicon }: RecogniseContext): number {
  let end = start - 1;
  for (let k = start; k < tokens.length; k++) {
    const t = tokens[k];
    if (blocked[k]) break;
    if (isCapitalised(t) && /[\p{L}]/u.test(t.text)) {
      if (k > start && !t.spaceBefore && tokens[k - 1].text !== '-') break;
      end = k;
      continue;
    }
    if (INITIAL.test(t.text)) {
      end = k;
      continue;
    }
    // A hyphen inside a word: "Amir-Abdollahian", "al-Sabah", "Dlamini-Zuma".
    if (t.text === '-' && !t.spaceBefore && k > start && tokens[k + 1] && !tokens[k + 1].spaceBefore && /^\p{L}/u.test(tokens[k + 1].text)) {
      continue;
    }
    if (koreanGivenSyllable(tokens, start, k)) {
      end = k;
      continue;
    }
    const particle = lexicon.particles.has(t.lower) && !lexicon.hyphenOnlyParticles.has(t.lower);
    const hyphenParticle = lexicon.hyphenOnlyParticles.has(t.lower) || lexicon.particles.has(t.lower);
    const next = tokens[k + 1];
    // ("Ursula von der Leyen": particles in a row before the capital.)
    const afterParticles = particle && next && !isCapitalised(next) && lexicon.particles.has(next.lower) && !lexicon.hyphenOnlyParticles.has(next.lower) ? tokens[k + 2] : next;
    if (next && ((particle && afterParticles && isCapitalised(afterParticles)) || (hyphenParticle && next.text === '-' && !next.spaceBefore))) {
      // A lower-case word after a hyphen ("Al-Mohammad" written "al-mohammad") is rare; particles need a capital after.
      if (next.text === '-') {
        const after = tokens[k + 2];
        if (after && isCapitalised(after)) {
          k += 1;
          continue;
        }
        break;
      }
      continue;
    }
    break;
  }
  // A run never ends on a particle or hyphen.
  while (end >= start && !isCapitalised(tokens[end]) && !INITIAL.test(tokens[end].text) && !koreanGivenSyllable(tokens, start, end)) end--;
  return end;
}

/**
 * Decides whether tokens start..end name a person, trimming words that cannot belong to a name.
 * Returns the accepted token range or null.
 */
function acceptRun(
  sentence: Sentence,
  start: number,
  end: number,
  hasHonorific: boolean,
  titleEnds: Set<number>,
  titleStarts: Set<number>,
  parties: Uint8Array,
  context: RecogniseContext,
): [number, number] | null {
  const tokens = sentence.tokens;
  const { registry, lexicon } = context;
  // "King Khalid International Airport", "Sheikh Zayed Grand Mosque": a place named after a person.
  for (let k = start + 1; k <= end + 1 && k < tokens.length; k++) if (isCapitalised(tokens[k]) && lexicon.namedThings.has(tokens[k].lower)) return null;
  const bad = (k: number): boolean => parties[k] === 1 || lexicon.notNames.has(tokens[k].lower) || lexicon.notNames.has(hyphenWord(tokens, k));
  // A registered name inside the run counts only if what the run has besides it cannot be part of
  // a name ("Israel Amir Abdollahian"): "Mohammed bin Abdulaziz bin Saleh Al Khulaifi" is not the
  // registered "Mohamed Ould Abdel Aziz" with words to spare.
  const onlyJunkOutside = (a: number, b: number): boolean => {
    for (let k = start; k <= end; k++) if ((k < a || k > b) && isCapitalised(tokens[k]) && !bad(k)) return false;
    return true;
  };
  // Registry first, longest span first: it knows "Israel Katz" and "Lula".
  for (let a = start; a <= end; a++) {
    // "In Doha": a function word capitalised only because it opens the sentence starts no name.
    if (a === 0 && FUNCTION_TAGS.has(tokens[0].pos) && lexicon.notNames.has(tokens[0].lower)) continue;
    for (let b = end; b >= a; b--) {
      if (b === a && parties[a]) continue;
      const text = tokensText(sentence, a, b);
      if (b - a >= 1 || text.length >= 6) {
        if (registry.lookup(text).length > 0 && !allParty(parties, a, b) && onlyJunkOutside(a, b)) return [a, b];
      }
    }
  }
  // Otherwise drop party words and words that never name people from the edges.
  let a = start;
  let b = end;
  while (a <= b && bad(a)) a++;
  while (b >= a && bad(b)) b--;
  if (a > b) return null;
  for (let k = a; k <= b; k++) if (isCapitalised(tokens[k]) && bad(k)) return null;
  const words = countWords(tokens, a, b);
  const framed = hasHonorific || titleEnds.has(a - 1) || (tokens[a - 1]?.text === ',' && titleEnds.has(a - 2)) || lexicon.nameFrames.has(tokens[a - 1]?.lower ?? '');
  if (words === 1) {
    if (framed && a === start) return [a, b];
    // Only an exact repeat of a part of a name already seen ("Muttaqi" after "Amir Khan Muttaqi").
    if (context.documentNames.has(plainWord(tokensText(sentence, a, b))) && a === start) return [a, b];
    return null;
  }
  if (framed && a === start) return [a, b];
  // "Speaker of the US House of Representatives Nancy Pelosi": a title whose body runs on to the
  // name, the body's last words trimmed off this run.
  if (words >= 2 && a > start && b === end && titledBody(tokens, start, titleEnds, parties)) return [a, b];
  // "X Y of Hamas", "X Y, the head of ...": an appositive or affiliation frames the name.
  const next = tokens[b + 1];
  if (next?.lower === 'of' && tokens[b + 2] && parties[b + 2]) return [a, b];
  // "Andrii Sybiha, who took up the post": only people are "who".
  if (next?.text === ',' && (['the', 'a', 'an', 'who'].includes(tokens[b + 2]?.lower ?? '') || titleStarts.has(b + 2))) return [a, b];
  // The subject of a verb ("Janan Saiq said").
  if (next && (next.pos === 'VERB' || next.pos === 'AUX') && words >= 2) return [a, b];
  // "members of his administration, including Howard Lutnick, Doug Burgum and Mike Waltz": a list of
  // people that "including" opens, each of two or more words and no place.
  if (words >= 2 && a === start && inPeopleList(tokens, a) && !lexicon.places.matchAt(tokens, a)) return [a, b];
  // Part of a name seen earlier in the document.
  if (words >= 2 && nameParts(tokensText(sentence, a, b)).some((p) => context.documentNames.has(plainWord(p)))) return [a, b];
  return null;
}

/** Words that join the words of a body's name ("House of Representatives", "Office of the Central ... Commission"). */
export const BODY_JOINERS = new Set(['of', 'the', 'and', 'for', 'on']);

/** Whether the words before `start` are a body's name that a title opens ("Speaker of the US House of"). */
function titledBody(tokens: Token[], start: number, titleEnds: Set<number>, parties: Uint8Array): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 12); k--) {
    if (titleEnds.has(k)) return k < start - 1;
    if (!isCapitalised(tokens[k]) && !parties[k] && !BODY_JOINERS.has(tokens[k].lower)) return false;
  }
  return false;
}

/** Whether the run at `a` stands in a list opened by "including" ("including A B, C D and E F"). */
function inPeopleList(tokens: Token[], a: number): boolean {
  for (let k = a - 1; k >= Math.max(0, a - 16); k--) {
    const w = tokens[k].lower;
    if (w === 'including') return k === a - 1 || tokens[k + 1].text !== ',';
    if (w === ',' || w === 'and' || INITIAL.test(tokens[k].text) || isCapitalised(tokens[k])) continue;
    return false;
  }
  return false;
}

function allParty(parties: Uint8Array, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!parties[k]) return false;
  return true;
}

function countWords(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (isCapitalised(tokens[k]) && (tokens[k].spaceBefore || k === a)) n++;
  return n;
}

export function tokensText(sentence: Sentence, a: number, b: number): string {
  return sentence.text.slice(sentence.tokens[a].start - sentence.start, sentence.tokens[b].end - sentence.start);
}

export function isName(m: Mention): m is PersonNameMention {
  return m.type === 'name';
}

/** A name part as written, lower-cased, without hyphens or apostrophes: "Amir-Abdollahian" -> "amirabdollahian". */
function plainWord(part: string): string {
  // Vučić and Vucic are one word to a wire that drops the accents.
  return stripAccents(part.toLowerCase()).replace(/[-'’.]/g, '');
}

/** The hyphenated word a token belongs to ("al-aqsa" for the token "Aqsa"). */
function hyphenWord(tokens: Token[], k: number): string {
  let a = k;
  let b = k;
  while (a > 1 && tokens[a - 1].text === '-' && !tokens[a - 1].spaceBefore && !tokens[a].spaceBefore) a -= 2;
  while (b + 2 < tokens.length && tokens[b + 1].text === '-' && !tokens[b + 1].spaceBefore && !tokens[b + 2].spaceBefore) b += 2;
  if (a === b) return tokens[k].lower;
  return tokens.slice(a, b + 1).map((t) => t.lower).join('');
}

/**
 * The lower-case second syllable of a Korean given name written with a hyphen ("Moon Jae-in",
 * "Ban Ki-moon", "Kim Jong-un"): a short capitalised syllable joined by a hyphen, after a short
 * capitalised family name. Requiring both keeps "Biden-era" and "Saudi-led" out.
 */
function koreanGivenSyllable(tokens: Token[], start: number, k: number): boolean {
  const t = tokens[k];
  if (k - 3 < start || t.spaceBefore || !/^\p{Ll}{1,6}$/u.test(t.text)) return false;
  const hyphen = tokens[k - 1];
  const syllable = tokens[k - 2];
  const family = tokens[k - 3];
  return (
    hyphen.text === '-' &&
    !hyphen.spaceBefore &&
    isCapitalised(syllable) &&
    /^\p{L}{1,5}$/u.test(syllable.text) &&
    syllable.spaceBefore &&
    isCapitalised(family) &&
    /^\p{L}{2,5}$/u.test(family.text)
  );
}
