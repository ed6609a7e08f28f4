// Small closed word classes the stages share.

/** Prepositions that make the reference after them an object, not the clause's subject. */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'with', 'to', 'of', 'for', 'from', 'by', 'about', 'at', 'between', 'against', 'toward', 'towards', 'on', 'over', 'among',
]);
