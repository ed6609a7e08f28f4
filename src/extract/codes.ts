// PLOVER and CAMEO codes of an engagement, so records can sit beside GDELT, ICEWS and POLECAT data.
// CAMEO: 041 telephone, 042 make a visit, 043 host a visit, 044 meet at a third location,
// 040 consult otherwise, 036 express intent to meet (planned exchanges).
import type { EngagementRecord } from '../types.js';

export interface CodeInput {
  kind: EngagementRecord['kind'];
  status: EngagementRecord['status'];
  multilateral: boolean;
  /** The state the exchange took place in, when known. */
  locationOf: string | null;
  hosting: boolean;
}

export function codesFor(e: CodeInput, affiliations: (string | null)[]): EngagementRecord['codes'] {
  const hosting = e.hosting;
  const plover = 'CONSULT';
  let mode: string | null = null;
  let cameo = '040';
  switch (e.kind) {
    case 'phone_call':
    case 'video_call':
      mode = 'phone';
      cameo = e.kind === 'phone_call' ? '041' : '040';
      break;
    case 'visit':
      mode = 'visit';
      cameo = hosting ? '043' : '042';
      break;
    case 'meeting': {
      const third = e.locationOf !== null && !affiliations.includes(e.locationOf);
      // A meeting in one party's own country is, in CAMEO's terms, a visit (042) or its hosting (043).
      const atHome = e.locationOf !== null && affiliations.includes(e.locationOf);
      if (hosting) {
        mode = 'visit';
        cameo = '043';
      } else if (atHome) {
        mode = 'visit';
        cameo = '042';
      } else if (third) {
        mode = 'third-party';
        cameo = '044';
      }
      break;
    }
    case 'message':
      break;
  }
  if (e.multilateral) mode = 'multilateral';
  if (e.status === 'planned') cameo = '036';
  return { plover, plover_mode: mode, cameo };
}
