// States, intergovernmental organisations and movements, by name ("Iran", "the OIC"), nationality
// adjective ("Iranian"), capital used for the government ("Tehran and Ankara") or possessive ("Iran's").
import type { PartyMention } from '../types.js';
import { isCapitalised, span, type Recogniser } from './context.js';

export const recogniseParties: Recogniser = (sentence, _found, { lexicon }) => {
  const tokens = sentence.tokens;
  const out: PartyMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i])) continue;
    const sea = lexicon.notParties.matchAt(tokens, i);
    if (sea) {
      i = sea.last;
      continue;
    }
    const m = lexicon.partyForms.matchAt(tokens, i);
    if (!m) continue;
    if (m.value.exact && m.first === m.last && tokens[i].text !== m.value.exact) continue;
    // "the Taiwan Affairs Office", "China Development Bank": a state's name inside a body's name.
    const next = tokens[m.last + 1];
    if (m.value.form === 'name' && next && isCapitalised(next) && lexicon.bodyWords.has(next.lower)) {
      i = m.last + 1;
      continue;
    }
    let last = m.last;
    let form: PartyMention['form'] = m.value.form;
    if (tokens[last + 1]?.lower === "'s" || tokens[last + 1]?.lower === "'") {
      form = 'possessive';
      last++;
    }
    const info = lexicon.parties.get(m.value.code);
    out.push({
      type: 'party',
      ...span(sentence, i, last),
      code: m.value.code,
      partyKind: info?.kind ?? 'state',
      form,
    });
    i = last;
  }
  return out;
};
