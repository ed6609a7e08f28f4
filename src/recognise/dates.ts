// Date expressions, fixed against the publication date the way news is written: a bare weekday
// is the most recent such day on or before publication ("on Sunday" in Monday's paper), "today"
// is the publication day, and nothing is fixed when there is no publication date to count from.
// chrono-node finds and parses the expressions; the refiners below apply the news conventions.
import * as chrono from 'chrono-node';
import type { DateMention, DatelineMention, Sentence } from '../types.js';
import { span, type Recogniser } from './context.js';

/** Cheap test that a sentence may hold a date, so chrono runs only where it can find one. */
const MAY_HOLD_DATE =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|yesterday|tomorrow|(?:this|that) (?:morning|afternoon|evening|night)|last (?:night|evening)|(?:last|next|this|past|previous|coming) (?:week|weekend|month|year)|ago|(?:19|20)\d\d)\b/i;
const MAY_HOLD_DATE_ALL = new RegExp(MAY_HOLD_DATE.source, 'gi');
/** Month names are capitalised in news copy; matched with their case, "may" the verb costs nothing. */
const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-zA-Z]*\b/;
const MONTH_ALL = new RegExp(MONTH.source, 'g');

/** What may stand before a dateline's date: nothing, a stamp word, or one or two place names. */
const DATELINE_HEAD = /^\s*(?:(?:date|published|posted|updated)\s*:?\s*|(?:[\p{Lu}][\p{L}.'’ /-]{1,40},\s*){1,2})?$/u;

/** What follows a dateline's date when nothing stands before it: a dash, the agency, the line's end. */
const DATELINE_TAIL = /^\s*(?:[-–—(]|$|\n|,\s*[\p{Lu}\d])/u;

/** A year standing alone after "in" or "during" ("in 2016"), not the start of a fuller date; "since 2016" bounds a span and dates nothing. */
const BARE_YEAR = /\b(?:in|during)\s+((?:19|20)\d\d)\b(?![-–/]\d|,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/g;

/** Days named only by the story's last dated exchange. */
const SAME_DAY = /\b(?:(?:later|earlier) (?:in the|that) (?:day|morning|afternoon|evening)|later that night|in the (?:morning|afternoon|evening)|(?:on )?(?:the|that) same day|(?:(?:after|before|following) (?:the (?:start|end|close|opening) of )?|at the (?:start|end|close|opening) of )(?:the|their|a|an)(?: (?:private|brief|short|long|closed-door|one-on-one|restricted|tête-à-tête|bilateral))? (?:talks|meeting|ceremony|conversation))\b/i;
/** "A day later", "two days later", "the next day", "the following day", "the day after": counted from the date the story gave last. */
const DAYS_LATER = /\b(?:(?:a|one|(two|three|four|five|six|seven|\d{1,2})) days? later|the (?:next|following) day|the day after(?= *[,.;]| (?:he|she|they|the|it)\b))\b/i;
/** "Hours later": the day the story gave last. */
const HOURS_LATER = /\b(?:(?:a few|several|two|three|four|\d{1,2}) )?hours later\b/i;
/** "Later that month", "that same month": the month the story dated last. */
const THAT_MONTH = /\b(?:(?:later|earlier) (?:that|the same) month|that (?:same )?month)\b/i;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
// ("Pyongyang's most recent statement": a superlative picks a thing out; it dates nothing.)
const VAGUE = /\b(recently|(?<!\bmost )recent|lately|in recent (?:days|weeks|months))\b/i;
const DAY_MS = 86400000;

// Clock times ("at 10 a.m.") never fix a day for our purposes, and "within three days" or "two
// weeks later" never date a report's exchange; those parsers also cost more than all the others
// together. "Two days ago" does, so its parser runs apart, only where the text says "ago".
const DROPPED = new Set(['ENTimeExpressionParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitAgoFormatParser']);
const parser = chrono.casual.clone();
const agoParser = chrono.casual.clone();
agoParser.parsers = parser.parsers.filter((p) => p.constructor.name === 'ENTimeUnitAgoFormatParser');
parser.parsers = parser.parsers.filter((p) => !DROPPED.has(p.constructor.name));
// Time zones never move a day here (every date is read at noon UTC of the reference day), so
// their refiners, which read the text after every result, are left out.
const TIMEZONE_REFINERS = new Set(['ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner']);
parser.refiners = parser.refiners.filter((r) => !TIMEZONE_REFINERS.has(r.constructor.name));

/**
 * What each chrono parser needs in a window before its pattern can match. chrono runs every
 * parser's pattern over the whole window, and most windows hold one kind of date, so a window
 * lacking a parser's need skips that parser. Each test is looser than the parser's own pattern, so
 * no date is lost; a parser not listed here always runs.
 */
const MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const RELATIVE_WORD = /this|last|past|next|after|[+-]/i;
const PARSER_NEEDS: Record<string, RegExp> = {
  ENYearMonthDayParser: /\d{4}/,
  ISOFormatParser: /\d{4}-/,
  SlashDateFormatParser: /\d[/.-]\d/,
  ENSlashMonthFormatParser: /\d\/\d/,
  ENYearMonthNameParser: MONTH_STEM,
  ENMonthNameLittleEndianParser: MONTH_STEM,
  ENMonthNameMiddleEndianParser: MONTH_STEM,
  ENMonthNameParser: MONTH_STEM,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENRelativeDateFormatParser: RELATIVE_WORD,
  ENTimeUnitCasualRelativeFormatParser: RELATIVE_WORD,
};
const parserNeeds = parser.parsers.map((p) => PARSER_NEEDS[p.constructor.name] ?? null);
/** One chrono per set of parsers a window needs, made the first time that set is met. */
const parsersFor = new Map<number, chrono.Chrono>();

/** chrono's results for a window, from the parsers the window can feed. */
export function parseWindow(window: string, reference: Date): chrono.ParsedResult[] {
  let mask = 0;
  for (let i = 0; i < parserNeeds.length; i++) if (parserNeeds[i]?.test(window) !== false) mask |= 1 << i;
  let chosen = parsersFor.get(mask);
  if (!chosen) {
    chosen = new chrono.Chrono({ parsers: parser.parsers.filter((_, i) => mask & (1 << i)), refiners: parser.refiners });
    parsersFor.set(mask, chosen);
  }
  return chosen.parse(window, { instant: reference, timezone: 0 });
}

/** chrono's results for a window from every parser: what `parseWindow` must equal. */
export function parseWindowWithEveryParser(window: string, reference: Date): chrono.ParsedResult[] {
  return parser.parse(window, { instant: reference, timezone: 0 });
}

const LAST_EVENING = /\blast evening\b/gi;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LAST_MONTH = /\b(last|next|this)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/gi;
const SHORT_WEEKDAY = /^(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?$/i;

/** How much text around a date word chrono reads: enough for "on the afternoon of Monday, 4 March 2024". */
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 40;

/**
 * The stretches of a sentence that may hold a date, around each date word, merged where they
 * overlap: chrono's cost grows with the text it reads, and most of a sentence holds no date.
 */
function windows(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of [MAY_HOLD_DATE_ALL, MONTH_ALL]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      spans.push([Math.max(0, m.index - WINDOW_BEFORE), Math.min(text.length, m.index + m[0].length + WINDOW_AFTER)]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  // A window must not cut a word in two.
  return merged.map(([a, b]) => {
    while (a > 0 && /\S/.test(text[a - 1])) a--;
    while (b < text.length && /\S/.test(text[b])) b++;
    return [a, b];
  });
}

export const recogniseDates: Recogniser = (sentence, _found, { published }) => {
  const sameDay = SAME_DAY.exec(sentence.text);
  const later = DAYS_LATER.exec(sentence.text) ?? HOURS_LATER.exec(sentence.text);
  const thatMonth = THAT_MONTH.exec(sentence.text);
  if (!sameDay && !later && !thatMonth && !MAY_HOLD_DATE.test(sentence.text) && !MONTH.test(sentence.text) && !VAGUE.test(sentence.text)) return [];
  const out: DateMention[] = [];
  const printed: DatelineMention[] = [];
  if (sameDay) {
    const range = tokenRange(sentence, sameDay.index, sameDay.index + sameDay[0].length);
    if (range) out.push({ type: 'date', ...span(sentence, range[0], range[1]), date: null, earliest: null, latest: published, tense: null, vague: false, sameDay: true });
  }
  if (later) {
    const range = tokenRange(sentence, later.index, later.index + later[0].length);
    const count = /hours/i.test(later[0]) ? 0 : later[1] ? NUMBER_WORDS[later[1].toLowerCase()] ?? Number(later[1]) : 1;
    if (range && count >= 0) out.push({ type: 'date', ...span(sentence, range[0], range[1]), date: null, earliest: null, latest: published, tense: null, vague: false, daysAfter: count });
  }
  if (thatMonth) {
    const range = tokenRange(sentence, thatMonth.index, thatMonth.index + thatMonth[0].length);
    if (range) out.push({ type: 'date', ...span(sentence, range[0], range[1]), date: null, earliest: null, latest: published, tense: null, vague: true, sameMonth: true });
  }
  const reference = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 5, 12));
  for (const [from, to] of windows(sentence.text)) {
    const window = sentence.text.slice(from, to);
    const results = parseWindow(window, reference);
    if (/\bago\b/i.test(window)) results.push(...agoParser.parse(window, { instant: reference, timezone: 0 }));
    for (const result of results) {
      const at = from + result.index;
      // "Scholz sat down with": a weekday's short form standing alone is a word, not a date.
      if (SHORT_WEEKDAY.test(result.text)) continue;
      // "after three days of talks": a duration, not a date.
      if (/^\s+of\b/.test(sentence.text.slice(at + result.text.length)) && /\b(?:days?|weeks?|months?|years?|hours?)$/i.test(result.text)) continue;
      // The dateline ("TOKYO, July 29 (Wire) -", "date 2024-04-01") dates the report, not what it reports.
      // ("Yesterday evening in Paris, the President dined with ...": a lead that opens on its date is no dateline.)
      const head = sentence.text.slice(0, at);
      const mention = fromChrono(sentence, result, at, published);
      if (sentence.index === 0 && DATELINE_HEAD.test(head) && (/\S/.test(head) || DATELINE_TAIL.test(sentence.text.slice(at + result.text.length)))) {
        if (mention?.date) printed.push({ type: 'dateline', ...span(sentence, mention.first, mention.last), date: mention.date });
        continue;
      }
      if (mention && !out.some((m) => m.first === mention.first || ((m.sameDay || m.last > m.first || mention.last > mention.first) && mention.first <= m.last && mention.last >= m.first))) out.push(mention);
    }
  }
  // "Last May he became ...": chrono reads no month after "last" or "next"; it is the range of that month.
  if (published) {
    LAST_MONTH.lastIndex = 0;
    for (let m = LAST_MONTH.exec(sentence.text); m; m = LAST_MONTH.exec(sentence.text)) {
      const at = m.index;
      const end = at + m[0].length;
      // (Where chrono read the month alone, the word before it decides its year.)
      for (let i = out.length - 1; i >= 0; i--) if (out[i].start - sentence.start >= at && out[i].end - sentence.start <= end) out.splice(i, 1);
      const range = tokenRange(sentence, at, end);
      if (!range) continue;
      const month = MONTHS.indexOf(m[2].toLowerCase().slice(0, 3));
      const pub = new Date(`${published}T00:00:00Z`);
      const [py, pm] = [pub.getUTCFullYear(), pub.getUTCMonth()];
      const word = m[1].toLowerCase();
      const y = word === 'last' ? (month < pm ? py : py - 1) : word === 'next' ? (month > pm ? py : py + 1) : py;
      const first = iso(Date.UTC(y, month, 1));
      const last = iso(Date.UTC(y, month + 1, 0));
      out.push(dateMention(dateBase(sentence, range[0], range[1]), null, first, last, tenseOf(first, published), true));
    }
  }
  // "Last evening, X hosted a banquet": chrono reads "last night" but not "last evening"; both are
  // the evening before publication.
  LAST_EVENING.lastIndex = 0;
  for (let m = LAST_EVENING.exec(sentence.text); m && published; m = LAST_EVENING.exec(sentence.text)) {
    const range = tokenRange(sentence, m.index, m.index + m[0].length);
    if (!range || out.some((d) => d.first <= range[1] && range[0] <= d.last)) continue;
    const day = iso(Date.parse(`${published}T00:00:00Z`) - DAY_MS);
    out.push(dateMention(dateBase(sentence, range[0], range[1]), day, day, day, 'past', false));
  }
  // "was in 2016", "during 2014": chrono reads no bare year; it is the range of that year.
  BARE_YEAR.lastIndex = 0;
  for (let m = BARE_YEAR.exec(sentence.text); m; m = BARE_YEAR.exec(sentence.text)) {
    const at = m.index + m[0].length - m[1].length;
    if (out.some((d) => d.start - sentence.start <= at && at < d.end - sentence.start)) continue;
    const range = tokenRange(sentence, at, at + m[1].length);
    if (!range) continue;
    const first = `${m[1]}-01-01`;
    const last = `${m[1]}-12-31`;
    out.push(dateMention(dateBase(sentence, range[0], range[1]), null, first, last, spanTense(first, last, published), true));
  }
  const vague = VAGUE.exec(sentence.text);
  if (vague && !out.some((d) => d.start - sentence.start <= vague.index && vague.index < d.end - sentence.start)) {
    const range = tokenRange(sentence, vague.index, vague.index + vague[0].length);
    if (range) {
      out.push(dateMention(dateBase(sentence, range[0], range[1]), null, null, published, published ? 'past' : null, true));
    }
  }
  return printed.length > 0 ? [...printed, ...out] : out;
};

/** Verbs whose past form does not end in -ed. */
const IRREGULAR_PAST = new Set(['met', 'held', 'took', 'spoke', 'made', 'came', 'went', 'flew', 'sent', 'wrote', 'told', 'gave', 'began', 'left', 'paid', 'brought', 'sat', 'rang', 'led', 'saw', 'was', 'were', 'had', 'did']);
/** Words that put what a sentence tells ahead of its day. */
const LOOKING_AHEAD = new Set(['will', 'shall', "'ll", 'would', 'scheduled', 'due', 'expected', 'upcoming', 'forthcoming', 'planned', 'plans', 'proposed', 'next', 'invited', 'invitation', 'tomorrow']);

/** A sentence told in the past, with nothing that looks ahead. */
function toldAsPast(sentence: Sentence): boolean {
  let past = false;
  for (const t of sentence.tokens) {
    if (LOOKING_AHEAD.has(t.lower)) return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && (IRREGULAR_PAST.has(t.lower) || /[^e]ed$/.test(t.lower))) past = true;
  }
  return past;
}

function fromChrono(sentence: Sentence, result: chrono.ParsedResult, index: number, published: string | null): DateMention | null {
  let from = index;
  let to = index + result.text.length;
  // ("Monday, 4 March", "who took office in January, held talks": chrono may keep the comma after
  // a weekday or month; it ends the clause, not the date.)
  while (to > from && /[\s,]/.test(sentence.text[to - 1])) to--;
  // "late Sunday", "early Monday": the qualifier is part of what the text says.
  const before = sentence.text.slice(Math.max(0, from - 6), from);
  const qualifier = /\b(late|early)\s+$/i.exec(before);
  if (qualifier) from -= qualifier[0].length;
  const part = /^\s+(night|evening|morning|afternoon)\b/i.exec(sentence.text.slice(to));
  if (part) to += part[0].length;
  // "on Tuesday (18)", "this Sunday (16)": the day of the month in brackets, as Brazilian and
  // Portuguese official texts write it.
  const bracketed = /^\s*\((\d{1,2})\)/.exec(sentence.text.slice(to));
  if (bracketed) to += bracketed[0].length;
  // "the Geneva summit of June 16 last year": the year is said in words after the day.
  const yearWords = !result.start.isCertain('year') && result.start.isCertain('day') ? /^\s+(last|this|next) year\b/i.exec(sentence.text.slice(to)) : null;
  if (yearWords) to += yearWords[0].length;
  const lead = /^(on|in|at|by)\s+/i.exec(sentence.text.slice(from, to));
  if (lead) from += lead[0].length;
  const range = tokenRange(sentence, from, to);
  if (!range) return null;
  const text = sentence.text.slice(from, to);
  // "the afternoon of April 26": chrono keeps the time of day and loses the date; read the date again.
  const partOfDay = /\b(?:morning|afternoon|evening|night) of (.+)$/i.exec(result.text);
  const reread = partOfDay ? parser.parse(partOfDay[1], { instant: result.refDate, timezone: 0 })[0] : undefined;
  const c = reread?.start ?? result.start;
  const lower = text.toLowerCase();
  const base = dateBase(sentence, range[0], range[1]);

  const year = c.isCertain('year') ? c.get('year') : null;
  let month = c.isCertain('month') ? c.get('month') : null;
  let day = c.isCertain('day') ? c.get('day') : null;
  // "Saturday (09/11)": most of the world writes the day first; of the two readings of a numeric
  // date, the one nearer the publication day (and not after it) is meant.
  const numeric = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?$/.exec(result.text.trim());
  if (numeric && published && month !== null && day !== null) {
    const pubTime = Date.parse(`${published}T00:00:00Z`);
    const y = year ?? new Date(pubTime).getUTCFullYear();
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const distance = (m: number, d: number): number => {
      if (m < 1 || m > 12 || d < 1 || d > 31) return Infinity;
      const t = Date.UTC(y, m - 1, d);
      return t > pubTime + DAY_MS ? Infinity : pubTime - t;
    };
    if (distance(b, a) < distance(a, b)) [month, day] = [b, a];
  }
  const weekday = c.isCertain('weekday') ? c.get('weekday') : null;

  const relative = /\b(today|tonight|yesterday|tomorrow|this|last|next|ago|earlier|later)\b/.test(lower);
  // chrono fixes "last week" to a day it picks; a week is only ever a range.
  const weekOnly = /\bweek\b/.test(lower) && weekday === null && !/\d/.test(lower);
  // Fully written dates stand on their own; relative ones need the publication date.
  if (!relative && !weekOnly && year !== null && month !== null && day !== null) {
    const d = iso(Date.UTC(year, month - 1, day));
    // "11-12 October 2019": a span of days fixes none of them.
    const end = result.end;
    if (end && end.isCertain('day') && end.get('day') !== day) {
      const last = iso(Date.UTC(end.get('year') ?? year, (end.get('month') ?? month) - 1, end.get('day')!));
      if (last > d) return { ...base, date: null, earliest: d, latest: last, tense: spanTense(d, last, published), vague: false };
    }
    return dateMention(base, d, d, d, tenseOf(d, published), false);
  }
  if (!published) {
    // Without a publication date a weekday or "yesterday" cannot be placed; a year or month range can.
    if (year !== null && month !== null) {
      const first = iso(Date.UTC(year, month - 1, 1));
      const last = iso(Date.UTC(year, month, 0));
      return dateMention(base, null, first, last, null, true);
    }
    return dateMention(base, null, null, null, null, weekday === null);
  }
  const pub = Date.parse(`${published}T00:00:00Z`);
  if (/\b(today|tonight|this (morning|afternoon|evening))\b/.test(lower)) return fixed(base, pub, published);
  if (/\byesterday\b/.test(lower)) return fixed(base, pub - DAY_MS, published);
  // "two days ago": counted back from publication.
  if (/\bdays?\s+ago\b/.test(lower)) return fixed(base, Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!), published);
  if (/\btomorrow\b/.test(lower)) return fixed(base, pub + DAY_MS, published);
  if (weekday !== null && day === null && bracketed) {
    // The day with that weekday and that day of the month nearest to publication.
    const dom = Number(bracketed[1]);
    for (const n of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6, -7, 7, -8, 8, -9, 9, -10, 10, -11, 11, -12, 12, -13, 13, -14, 14]) {
      const t = pub + n * DAY_MS;
      const d = new Date(t);
      if (d.getUTCDate() === dom && d.getUTCDay() === weekday) return fixed(base, t, published);
    }
  }
  if (weekday !== null && day === null) {
    const back = (new Date(pub).getUTCDay() - weekday + 7) % 7;
    if (/\bnext\b/.test(lower)) {
      const ahead = ((weekday - new Date(pub).getUTCDay() + 7) % 7) || 7;
      return fixed(base, pub + ahead * DAY_MS, published);
    }
    // "last Sunday" said on a Sunday is a week ago; a bare or "this" Sunday is the latest one.
    const days = /\blast\b/.test(lower) && back === 0 ? 7 : back;
    const mention = fixed(base, pub - days * DAY_MS, published);
    // (A bare weekday is read back as news is; a plan reads it forward: see the record stage.)
    if (!/\b(?:last|this)\b/.test(lower)) mention.bareWeekday = true;
    return mention;
  }
  if (month !== null && day !== null && !weekOnly && yearWords) {
    const shift = yearWords[1].toLowerCase() === 'last' ? -1 : yearWords[1].toLowerCase() === 'next' ? 1 : 0;
    return fixed(base, Date.UTC(new Date(pub).getUTCFullYear() + shift, month - 1, day), published);
  }
  if (month !== null && day !== null && !weekOnly) {
    // Month and day without a year: the publication year, unless that lands far in the future.
    let y = new Date(pub).getUTCFullYear();
    let t = Date.UTC(y, month - 1, day);
    // ("took place on August 16, when X telephoned Y", in a March paper: told as past, the day is
    // behind us, however far ahead this year's would be.)
    if (t - pub > 180 * DAY_MS || (t - pub > 2 * DAY_MS && toldAsPast(sentence))) t = Date.UTC(--y, month - 1, day);
    // "from 6 to 8 April": a span of days fixes none of them.
    const end = result.end;
    if (end && end.isCertain('day') && end.get('day') !== day) {
      const until = Date.UTC(y, (end.isCertain('month') ? end.get('month')! : month) - 1, end.get('day')!);
      if (until > t) return { ...base, date: null, earliest: iso(t), latest: iso(until), tense: spanTense(iso(t), iso(until), published), vague: false };
    }
    return fixed(base, t, published);
  }
  // Weeks, months and years: a range, never a day.
  const start = result.start.date().getTime();
  const end = result.end ? result.end.date().getTime() : null;
  if (/\bweek\b/.test(lower)) {
    const monday = pub - ((new Date(pub).getUTCDay() + 6) % 7) * DAY_MS;
    // "travel to Beijing together next week": the coming Monday to Sunday.
    if (/\bnext\b/.test(lower)) return dateMention(base, null, iso(monday + 7 * DAY_MS), iso(monday + 13 * DAY_MS), 'future', true);
    const weekStart = /\blast\b/.test(lower) ? monday - 7 * DAY_MS : monday;
    const weekEnd = /\blast\b/.test(lower) ? monday - DAY_MS : pub;
    return dateMention(base, null, iso(weekStart), iso(weekEnd), 'past', true);
  }
  if (month !== null) {
    // A month without a year is the latest such month up to publication ("in April", said in
    // November), unless the text says "next".
    const pubYear = new Date(pub).getUTCFullYear();
    const y = year ?? (/\bnext\b/.test(lower) ? new Date(start).getUTCFullYear() : Date.UTC(pubYear, month - 1, 1) > pub ? pubYear - 1 : pubYear);
    const first = iso(Date.UTC(y, month - 1, 1));
    const last = iso(Math.min(Date.UTC(y, month, 0), end ?? Infinity));
    return dateMention(base, null, first, last, tenseOf(first, published), true);
  }
  if (year !== null) {
    return dateMention(base, null, `${year}-01-01`, `${year}-12-31`, tenseOf(`${year}-01-01`, published), true);
  }
  return null;
}

type DateBase = Omit<DateMention, 'date' | 'earliest' | 'latest' | 'tense' | 'vague'>;

function fixed(base: DateBase, t: number, published: string): DateMention {
  const d = iso(t);
  return dateMention(base, d, d, d, tenseOf(d, published), false);
}

// The mention built field by field, in the order a spread of `span` would give: spreads cost more
// here than the date arithmetic.
function dateBase(sentence: Sentence, first: number, last: number): DateBase {
  const s = span(sentence, first, last);
  return { type: 'date', sentence: s.sentence, first: s.first, last: s.last, start: s.start, end: s.end, text: s.text };
}

function dateMention(base: DateBase, date: string | null, earliest: string | null, latest: string | null, tense: DateMention['tense'], vague: boolean): DateMention {
  return { type: base.type, sentence: base.sentence, first: base.first, last: base.last, start: base.start, end: base.end, text: base.text, date, earliest, latest, tense, vague };
}

export function tenseOf(day: string, published: string | null): DateMention['tense'] {
  if (!published) return null;
  return day < published ? 'past' : day > published ? 'future' : 'present';
}

/** A span of days that takes in the publication day is under way: "is visiting Egypt from 6 to 8 April". */
export function spanTense(first: string, last: string, published: string | null): DateMention['tense'] {
  if (!published) return null;
  return last < published ? 'past' : first > published ? 'future' : 'present';
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The tokens covering characters from..to of the sentence text. */
function tokenRange(sentence: Sentence, from: number, to: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (const t of sentence.tokens) {
    const s = t.start - sentence.start;
    const e = t.end - sentence.start;
    if (e > from && s < to) {
      if (first < 0) first = t.i;
      last = t.i;
    }
  }
  return first < 0 ? null : [first, last];
}
