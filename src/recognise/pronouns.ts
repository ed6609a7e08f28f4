// References to people already named: personal pronouns and group phrases ("the two sides").
import type { PronounMention } from '../types.js';
import { loadJson } from '../lexicon/load.js';
import { PhraseMatcher } from '../lexicon/phrases.js';
import { coveredTokens, span, type Recogniser } from './context.js';

type Reference = 'group' | 'personal' | 'first';
let matcher: PhraseMatcher<Reference> | null = null;

function references(): PhraseMatcher<Reference> {
  if (!matcher) {
    const data = loadJson<{ group: string[]; personal: string[]; first_person?: string[] }>('lexicon/references.json');
    matcher = new PhraseMatcher<Reference>();
    for (const g of data.group) matcher.add(g, 'group');
    for (const p of data.personal) matcher.add(p, 'personal');
    for (const p of data.first_person ?? []) matcher.add(p, 'first');
  }
  return matcher;
}

export const recognisePronouns: Recogniser = (sentence, found, { lexicon }) => {
  const tokens = sentence.tokens;
  const covered = coveredTokens(sentence, found);
  const out: PronounMention[] = [];
  const phrases = references();
  for (let i = 0; i < tokens.length; i++) {
    // "HE Paul Kagame": His Excellency, not a pronoun.
    if (covered[i] || lexicon.casedHonorifics.has(tokens[i].text)) continue;
    const m = phrases.matchAt(tokens, i);
    if (!m) continue;
    // ("and His Highness Sheikh Mansour": a style of address that opens a name, not a pronoun.)
    const style = lexicon.honorifics.matchAt(tokens, i);
    if (style && style.last > m.last) continue;
    // ("World War I", "Juan Carlos I": a capital I after a capitalised word is a numeral.)
    if (tokens[i].text === 'I' && i > 0 && /^\p{Lu}/u.test(tokens[i - 1].text) && tokens[i - 1].pos !== 'PUNCT') continue;
    // "the two" are people only when a verb follows ("the two also met"), not in "the two countries".
    if (tokens[m.last].lower === 'two' && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[m.last + 1]?.pos ?? '')) continue;
    out.push({ type: 'pronoun', ...span(sentence, i, m.last), pronoun: tokens[i].lower, group: m.value === 'group', ...(m.value === 'first' ? { firstPerson: true } : {}) });
    i = m.last;
  }
  return out;
};
