/** §1: labels, colours, symbols and rank of the four statuses. */
import type { Lang, Status, TrendCode } from './types';

export interface StatusLook {
  sv: string;
  en: string;
  /** Excel's Good / Neutral / Bad fills, which officials know. */
  fill: string;
  fontColor: string;
  /** Stands beside the label so that nothing is told by colour alone. */
  symbol: string;
}

export const STATUS_LOOK: Record<Status, StatusLook> = {
  met: { sv: 'Uppfyllt', en: 'Met', fill: '#C6EFCE', fontColor: '#006100', symbol: '●' },
  partly_met: {
    sv: 'Delvis uppfyllt',
    en: 'Partly met',
    fill: '#FFEB9C',
    fontColor: '#9C5700',
    symbol: '◆',
  },
  not_met: { sv: 'Ej uppfyllt', en: 'Not met', fill: '#FFC7CE', fontColor: '#9C0006', symbol: '■' },
  not_assessed: {
    sv: 'Kan inte bedömas',
    en: 'Cannot be assessed',
    fill: '#EDEDED',
    fontColor: '#595959',
    symbol: '▲',
  },
};

/** not_met < partly_met < met; not_assessed has no rank (null). */
export function rank(status: Status): number | null {
  switch (status) {
    case 'met':
      return 2;
    case 'partly_met':
      return 1;
    case 'not_met':
      return 0;
    default:
      return null;
  }
}

export function statusLabel(status: Status, lang: Lang = 'sv'): string {
  return STATUS_LOOK[status][lang];
}

/** "● Uppfyllt", or "● Uppfyllt (sakkunnig)" when the expert overruled. */
export function statusText(status: Status, lang: Lang = 'sv', overridden = false): string {
  const look = STATUS_LOOK[status];
  const expert = overridden ? (lang === 'sv' ? ' (sakkunnig)' : ' (expert)') : '';
  return `${look.symbol} ${look[lang]}${expert}`;
}

/** §4: arrows and words tell better or worse, not up or down. */
export const TREND_LOOK: Record<
  TrendCode,
  { sv: string; en: string; arrow: string; status: Status }
> = {
  improved: { sv: 'Förbättrad', en: 'Improved', arrow: '↑', status: 'met' },
  unchanged: { sv: 'Oförändrad', en: 'Unchanged', arrow: '→', status: 'partly_met' },
  worsened: { sv: 'Försämrad', en: 'Worsened', arrow: '↓', status: 'not_met' },
};

export function trendText(trend: TrendCode | null, lang: Lang = 'sv'): string {
  if (!trend) return '';
  const look = TREND_LOOK[trend];
  return `${look.arrow} ${look[lang]}`;
}
