/**
 * §10: how a change since the previous follow-up is written. Apart from the
 * rest of the history so that the task pane's first load can show it cheaply.
 */
import type { Lang, Status } from '../../engine/types';

export type ChangeCode = 'better' | 'worse' | 'same';

export interface Change {
  previousStatus: Status | null;
  change: ChangeCode | null;
}

/** ↑ Bättre, ↓ Sämre, → Oförändrad. */
export const CHANGE_LOOK: Record<ChangeCode, { sv: string; en: string; arrow: string }> = {
  better: { sv: 'Bättre', en: 'Better', arrow: '↑' },
  worse: { sv: 'Sämre', en: 'Worse', arrow: '↓' },
  same: { sv: 'Oförändrad', en: 'Unchanged', arrow: '→' },
};

export function changeText(change: ChangeCode | null, lang: Lang = 'sv'): string {
  if (!change) return '';
  const look = CHANGE_LOOK[change];
  return `${look.arrow} ${look[lang]}`;
}
