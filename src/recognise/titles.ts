// Offices and titles: "Iran's Foreign Minister", "the top Kuwaiti diplomat", "his Egyptian
// counterpart", "Secretary General of the Organization of Islamic Cooperation (OIC)", "the
// presidents of Iran and Egypt", "Taliban Acting Foreign Minister". The party a title belongs to
// comes from an adjective or possessive before it or an "of ..." after it.
import type { Mention, PartyMention, TitleMention } from '../types.js';
import { coveredTokens, span, type Recogniser } from './context.js';

const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an', 'our']);
/** Titles that a portfolio may precede ("Trade Secretary", "Climate Change Minister"). */
/** Offices whose holders lead a state: two of them joined by "and" are two people. */
const LEADERS = new Set(['head_of_state', 'head_of_government']);
const PORTFOLIO_HEADS = new Set(['minister', 'ministers', 'secretary', 'secretaries', 'commissioner', 'commissioners', 'adviser', 'advisor']);

export const recogniseTitles: Recogniser = (sentence, found, context) => {
  const { lexicon } = context;
  const tokens = sentence.tokens;
  const covered = coveredTokens(sentence, found, ['pronoun']);
  const parties = found.filter((m): m is PartyMention => m.type === 'party');
  const partyEndingAt = new Map<number, PartyMention>();
  const partyStartingAt = new Map<number, PartyMention>();
  for (const p of parties) {
    partyEndingAt.set(p.last, p);
    partyStartingAt.set(p.first, p);
  }
  const out: TitleMention[] = [];
  /** A capitalised word that can continue a portfolio's name ("Industry and Competition"); an honorific ("Mr") starts the name. */
  const portfolioWord = (at: number): boolean => /^\p{Lu}/u.test(tokens[at]?.text ?? '') && !lexicon.honorifics.matchAt(tokens, at);
  /**
   * Where a portfolio written before the title at `at` begins: capitalised words, listed with
   * commas and one "and" ("Environment, Urbanization and Climate Change"). ("Prime Minister Edi Rama
   * and Environment Minister X": a name before the "and" is a person's, not the portfolio's.)
   */
  const portfolioBefore = (at: number): number => {
    let start = at;
    let andSeen = false;
    let comma = -1;
    for (let j = at - 1; j >= 0; j--) {
      if (inPortfolio(j)) {
        start = j;
        continue;
      }
      if (start !== j + 1 || j === 0 || !inPortfolio(j - 1)) break;
      if (tokens[j].text === ',' && andSeen) {
        comma = j;
        continue;
      }
      if (tokens[j].lower !== 'and' || andSeen) break;
      // The item before "and" is one word, no registered surname, opening the sentence or after a
      // word that is no name's (of two capitalised words there, one may be a person's).
      if ((j >= 2 && /^\p{Lu}/u.test(tokens[j - 2].text) && !partyEndingAt.has(j - 2)) || context.registry.bySurname(tokens[j - 1].text).length > 0) break;
      andSeen = true;
    }
    // ("National Defense Minister Hulusi Akar, Energy and Natural Resources Minister X": words
    // right after another title, before the list's comma, are that title's holder.)
    if (comma > start && start > 0 && (covered[start - 1] || out.some((t) => t.last === start - 1))) return comma + 1;
    return start;
  };
  /** A word a portfolio may hold: a capitalised noun that is no party, modifier or word of time. */
  const inPortfolio = (j: number): boolean =>
    portfolioWord(j) && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[j].pos) && !partyEndingAt.has(j) && !covered[j] && !lexicon.modifiers.has(tokens[j].lower) && !lexicon.notNames.has(tokens[j].lower);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    let match = lexicon.titles.matchAt(tokens, i);
    if (!match) continue;
    // ("President of the Republic of Korea": the republic is named, so it is no home title.)
    if (match.value.home && tokens[match.last + 1]?.lower === 'of') match = lexicon.titles.matchAt(tokens.slice(0, i + 1), i);
    if (!match) continue;
    let entry = match.value;
    let last = match.last;
    let role = entry.role;
    // "Deputy Prime Minister and Foreign Minister", "State Councilor and Foreign Minister": one person.
    if (tokens[last + 1]?.lower === 'and' && !entry.plural) {
      const second = lexicon.titles.matchAt(tokens, last + 2);
      // ("The King and Queen Camilla", "the President and Vice President": one office twice is two people.)
      // ("The Prime Minister and President Sarkozy": a head of government and a head of state are two.)
      const twoHolders = second !== null && ((second.value.office === entry.office && entry.office !== 'other') || (LEADERS.has(entry.office) && LEADERS.has(second.value.office) && !/(?:deputy|vice)/i.test(`${entry.role} ${second.value.role}`)));
      // ("Prime Minister and Ruler of Dubai": a bare title that names what it rules joins too.)
      const weakOf = second?.value.weak === true && tokens[second.last + 1]?.lower === 'of';
      if (second && !second.value.plural && !second.value.counterpart && (!second.value.weak || weakOf) && !twoHolders) {
        if (entry.office === 'other' || second.value.office === 'foreign_minister') entry = { ...second.value };
        role = `${role} and ${second.value.role}`;
        last = second.last;
      }
    }
    // Look left over modifiers, party adjectives/possessives and a determiner.
    let first = i;
    // "Environment, Urbanization and Climate Change Minister", "Commerce and Industry Minister": a
    // portfolio named before a bare title is the title's.
    // (A head of state or government, or a deputy, has no portfolio: "First Deputy Prime Minister" is a rank.)
    const portfolio = PORTFOLIO_HEADS.has(tokens[match.last].lower) && !/head_of_|deputy_head/.test(entry.office) ? portfolioBefore(i) : i;
    if (portfolio < i) {
      role = `${sentence.text.slice(tokens[portfolio].start - sentence.start, tokens[i].start - sentence.start)}${role}`;
      first = portfolio;
    }
    const affiliations: string[] = [];
    let prefix: string | null = null;
    let former = false;
    let determiner: string | null = null;
    const seenModifiers: string[] = [];
    for (let j = first - 1; j >= 0 && j >= first - 8; j--) {
      let t = tokens[j];
      // "then-Chancellor", "ex-President": a modifier joined by a hyphen.
      if (t.text === '-' && !t.spaceBefore && j > 0 && lexicon.modifiers.has(tokens[j - 1].lower)) t = tokens[--j];
      const modifier = lexicon.modifiers.get(t.lower);
      const party = partyEndingAt.get(j);
      // "his French and German counterparts", "the Egyptian, Jordanian and Saudi foreign ministers".
      const listed = (t.lower === 'and' || t.text === ',') && affiliations.length > 0 && partyEndingAt.get(j - 1)?.form === 'adjective';
      if (listed) continue;
      if (modifier) {
        seenModifiers.push(t.lower);
        if (modifier.rolePrefix) prefix = modifier.rolePrefix;
        if (modifier.former) former = true;
        first = j;
      } else if (party && party.form !== 'capital') {
        if (!affiliations.includes(party.code)) affiliations.unshift(party.code);
        first = party.first;
        j = party.first;
      } else if (DETERMINERS.has(t.lower)) {
        determiner = t.lower;
        first = j;
        break;
      } else if (lexicon.casedHonorifics.has(t.text)) {
        // "HE President of the United States": the honorific belongs to the title's phrase.
        first = j;
        break;
      } else if (t.lower === 'two' || t.lower === 'both') {
        first = j;
      } else if (t.pos === 'ADJ' && DETERMINERS.has(tokens[j - 1]?.lower ?? '')) {
        // "an African head of state": a description between the determiner and the title.
        continue;
      } else break;
    }
    if (entry.requires && !entry.requires.some((w) => seenModifiers.includes(w) || determiner === w)) continue;
    // "the President-elect": chosen, not yet in office, so never the holder of the day.
    if (tokens[last + 1]?.text === '-' && !tokens[last + 1].spaceBefore && tokens[last + 2]?.lower === 'elect') {
      last += 2;
      role = `${role}-elect`;
      former = true;
    }
    // Look right for "of [the] PARTY [(ABBR)] [and [of] [the] PARTY]".
    let k = last + 1;
    // ("Diplomatic Adviser to the UAE President": an adviser is of the state whose leader they advise.)
    const adviserTo = tokens[k]?.lower === 'to' && /advis/i.test(entry.role);
    if (tokens[k]?.lower === 'of' || (tokens[k]?.lower === 'for' && entry.office !== 'foreign_minister') || adviserTo) {
      let m = k + 1;
      const taken: string[] = [];
      for (;;) {
        if (tokens[m]?.lower === 'the') m++;
        let party = partyStartingAt.get(m);
        if (!party) {
          // ("Ruler of Dubai": a place that is no state names the state a bare title serves.)
          const place = taken.length === 0 && entry.weak ? lexicon.places.matchAt(tokens, m) : null;
          if (place) {
            taken.push(place.value.of);
            m = place.last + 1;
          }
          break;
        }
        // "for the Belgrade-Pristina dialogue": a place in a compound names a topic, not whose the title is.
        if (tokens[party.last + 1]?.text === '-' && !tokens[party.last + 1].spaceBefore) break;
        // "a delegation of the Afghan Taliban": the adjective qualifies the movement after it.
        const qualified = party.form === 'adjective' ? partyStartingAt.get(party.last + 1) : undefined;
        if (qualified) party = qualified;
        taken.push(party.code);
        m = party.last + 1;
        // "(OIC)" after the full name.
        if (tokens[m]?.text === '(' && tokens[m + 2]?.text === ')') m += 3;
        // ("chairperson of the African Union, and Egyptian Prime Minister X": an adjective after the
        // list opens the next person's title.)
        const nextParty = tokens[m + 1]?.lower === 'the' || tokens[m + 1]?.lower === 'and' ? partyStartingAt.get(m + 2) : partyStartingAt.get(m + 1);
        if ((tokens[m]?.lower === 'and' || tokens[m]?.text === ',') && nextParty && nextParty.form !== 'adjective') {
          m++;
          if (tokens[m]?.lower === 'and') m++;
          continue;
        }
        break;
      }
      if (taken.length > 0) {
        for (const c of taken) if (!affiliations.includes(c)) affiliations.push(c);
        // ("the High Commissioner of India to Bangladesh, Shri Pranay Verma": the posting is part of the title.)
        const postedTo = tokens[m]?.lower === 'to' ? partyStartingAt.get(tokens[m + 1]?.lower === 'the' ? m + 2 : m + 1) : undefined;
        if (postedTo && postedTo.form !== 'adjective') m = postedTo.last + 1;
        last = m - 1;
      } else {
        // "President of the Transition", "Director of the Office of the Central Foreign Affairs
        // Commission": a body's proper name that is no party still belongs to the title.
        let n = k + 1;
        if (tokens[n]?.lower === 'the') n++;
        let end = -1;
        // ("Minister of the Environment and Climate Change, Marina Silva", "Minister of Trade,
        // Industry and Competition, Mr Parks Tau": a portfolio of several words.)
        while (
          n < tokens.length &&
          n - k <= 10 &&
          (/^\p{Lu}/u.test(tokens[n].text) ||
            (tokens[n].lower === 'of' && (/^\p{Lu}/u.test(tokens[n + 1]?.text ?? '') || (tokens[n + 1]?.lower === 'the' && /^\p{Lu}/u.test(tokens[n + 2]?.text ?? '')))) ||
            (tokens[n].lower === 'the' && tokens[n - 1]?.lower === 'of') ||
            (tokens[n].lower === 'and' && end === n - 1 && portfolioWord(n + 1)) ||
            (tokens[n].text === ',' && end === n - 1 && portfolioWord(n + 1) && ['and', ','].includes(tokens[n + 2]?.lower ?? '')))
        ) {
          if (/^\p{Lu}/u.test(tokens[n].text)) end = n;
          n++;
        }
        // ("Director of the National Intelligence Organization (MİT) İbrahim Kalın": the body's
        // abbreviation closes its name as a comma would.)
        /** A state named by "of [the]" that ends at `j`, inside the body's name begun at `k`. */
        const stateEndingBody = (j: number): PartyMention | undefined => {
          const party = partyEndingAt.get(j);
          const of = party ? (tokens[party.first - 1]?.lower === 'the' ? party.first - 2 : party.first - 1) : -1;
          return party && party.form === 'name' && of > k && tokens[of].lower === 'of' ? party : undefined;
        };
        // (The capitals of a name right after the body's state ran on with it: the state ends the body.)
        if (end > k && tokens[end + 1]?.text !== ',') {
          for (let j = k + 2; j < end; j++) {
            if (stateEndingBody(j) && startsName(tokens, j + 1) && !partyStartingAt.has(j + 1)) {
              end = j;
              break;
            }
          }
        }
        const bracketed = end > k && tokens[end + 1]?.text === '(' && tokens[end + 3]?.text === ')' && startsName(tokens, end + 4);
        // ("President of the Presidential Council of the State of Libya", "General Secretary of the
        // Communist Party of Vietnam To Lam": the state that closes the body's name is the title's,
        // and a name may follow it directly.)
        const closing = end > k ? stateEndingBody(end) : undefined;
        if (end > k && (tokens[end + 1]?.text === ',' || bracketed || (closing && startsName(tokens, end + 1)))) {
          if (bracketed) end += 3;
          role = `${role} ${sentence.text.slice(tokens[k].start - sentence.start, tokens[end].end - sentence.start)}`;
          if (closing && !affiliations.includes(closing.code)) affiliations.push(closing.code);
          last = end;
        } else if (tokens[k].lower === 'for') {
          // "Special Envoy for the Middle East Steve Witkoff": a remit of region words, then the name.
          let r = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
          let remitEnd = -1;
          while (r < tokens.length && r - k <= 6 && /^\p{Lu}/u.test(tokens[r].text) && (lexicon.notNames.has(tokens[r].lower) || partyStartingAt.has(r))) {
            remitEnd = partyStartingAt.get(r)?.last ?? r;
            r = remitEnd + 1;
          }
          if (remitEnd > k && startsName(tokens, remitEnd + 1)) {
            role = `${role} ${sentence.text.slice(tokens[k].start - sentence.start, tokens[remitEnd].end - sentence.start)}`;
            last = remitEnd;
          } else {
            // "special envoy for the Belgrade-Pristina dialogue, Miroslav Lajčák": any remit, then a comma and the name.
            let c = k + 1;
            while (c < tokens.length && c - k <= 8 && (tokens[c].pos !== 'PUNCT' || tokens[c].text === '-') && tokens[c].pos !== 'VERB') c++;
            if (c > k + 1 && tokens[c]?.text === ',' && startsName(tokens, c + 1) && !['the', 'a', 'an'].includes(tokens[c + 1].lower)) {
              role = `${role} ${sentence.text.slice(tokens[k].start - sentence.start, tokens[c - 1].end - sentence.start)}`;
              last = c - 1;
            }
          }
        }
      }
    }
    // "the Minister of Trade, Industry and Competition, Mr Parks Tau": a portfolio that goes on
    // past the words the lexicon knows.
    if (/ (?:of|for) /i.test(role) || / (?:of|for) /i.test(sentence.text.slice(tokens[i].start - sentence.start, tokens[last].end - sentence.start))) {
      if (tokens[last + 1]?.text === ',' && portfolioWord(last + 2) && ['and', ','].includes(tokens[last + 3]?.lower ?? '')) {
        let n = last + 2;
        let end = -1;
        // (The item after "and" is the last: "..., Industry and Competition, Parks Tau" ends before the name.)
        let andSeen = false;
        while (n < tokens.length && n - last <= 8 && (portfolioWord(n) || ((tokens[n].lower === 'and' || (tokens[n].text === ',' && !andSeen)) && portfolioWord(n + 1)))) {
          if (portfolioWord(n)) end = n;
          if (tokens[n].lower === 'and') andSeen = true;
          n++;
        }
        if (end > last && tokens[end + 1]?.text === ',') {
          role = `${role}${sentence.text.slice(tokens[last].end - sentence.start, tokens[end].end - sentence.start)}`;
          last = end;
        }
      } else if (tokens[last + 1]?.lower === 'and' && portfolioWord(last + 2) && !lexicon.titles.matchAt(tokens, last + 2)) {
        // ("Minister of Foreign Affairs and International Cooperation, Antonio Tajani": the last item
        // of the portfolio, closed by the comma before the name.)
        let n = last + 2;
        while (n < tokens.length && n - last <= 5 && portfolioWord(n) && !partyStartingAt.has(n)) n++;
        if (n > last + 2 && tokens[n]?.text === ',' && startsName(tokens, n + 1) && !DETERMINERS.has(tokens[n + 1].lower)) {
          // (A role the lexicon has put in its own words, "Foreign Minister", stays in them.)
          if (/ (?:of|for) /i.test(role)) role = `${role}${sentence.text.slice(tokens[last].end - sentence.start, tokens[n - 1].end - sentence.start)}`;
          last = n - 1;
        }
      }
    }
    if (affiliations.length === 0 && entry.defaultOf && !entry.counterpart) affiliations.push(entry.defaultOf);
    // Weak titles ("leader", "minister") count only when they say whose they are or a name follows.
    // ("Zhang Zhijun, director of the Taiwan Affairs Office,": a weak title that names its body
    // stands as the appositive of the name before it.)
    const appositiveOfBody = last > match.last && tokens[first - 1]?.text === ',' && /^\p{Lu}/u.test(tokens[first - 2]?.text ?? '');
    if (entry.weak && affiliations.length === 0 && !appositiveOfBody && !startsName(tokens, last + 1) && !(tokens[last + 1]?.text === ',' && startsName(tokens, last + 2))) continue;
    if (entry.needsParty && affiliations.length === 0) continue;
    const plural = entry.plural || (affiliations.length > 1 && !entry.counterpart);
    out.push({
      type: 'title',
      ...span(sentence, first, last),
      office: entry.office,
      role: prefix ? `${prefix} ${role}` : role,
      affiliations,
      counterpart: entry.counterpart,
      plural,
      former,
      group: entry.group,
      determiner,
      bareOf: entry.bareOf,
      ...(entry.home ? { home: true } : {}),
    });
    i = last;
  }
  return out;
};

function startsName(tokens: { text: string }[], at: number): boolean {
  const t = tokens[at];
  return !!t && /^\p{Lu}/u.test(t.text);
}

export function isTitle(m: Mention): m is TitleMention {
  return m.type === 'title';
}
