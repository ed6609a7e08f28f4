// Small closed word classes the stages share.

/** Prepositions that make the reference after them an object, not the clause's subject. */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'with', 'to', 'of', 'for', 'from', 'by', 'about', 'at', 'between', 'against', 'toward', 'towards', 'on', 'over', 'among',
]);

/** Verbs that make a following noun the subject's own exchange: "held talks", "made a call", "sent a letter". */
const SUPPORT_VERBS: ReadonlySet<string> = new Set([
  'held', 'holds', 'hold', 'holding', 'had', 'has', 'have', 'made', 'make', 'making', 'conducted', 'conducts',
  'exchanged', 'sent', 'received', 'receives', 'paid', 'pays', 'began', 'wrapped',
]);

/** Whether a support verb stands within four words before token `first`. */
export function supportVerbBefore(tokens: readonly { lower: string; pos?: string }[], first: number): boolean {
  for (let k = Math.max(0, first - 4); k < first; k++) if (SUPPORT_VERBS.has(tokens[k].lower) && !auxiliaryOfAnother(tokens, k, first)) return true;
  return false;
}

const HAVE = new Set(['had', 'has', 'have']);

/** "had formally proposed a meeting": "had" helps another verb, which governs the noun. */
function auxiliaryOfAnother(tokens: readonly { lower: string; pos?: string }[], at: number, first: number): boolean {
  if (!HAVE.has(tokens[at].lower)) return false;
  let k = at + 1;
  while (k < first && tokens[k].pos === 'ADV') k++;
  return k < first && tokens[k].pos === 'VERB' && !SUPPORT_VERBS.has(tokens[k].lower);
}
