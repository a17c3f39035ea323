import { formatNumber, formatValue, neededDecimals } from '../engine/format';
import type { Lang } from '../engine/types';

/**
 * For mixed percentage units (§7): the unmarked number and the marked one
 * (as stored, 90 % is 0.9) written plain ("88", "90") and as percentages
 * ("88 %", "90 %"), each with the decimals it has.
 */
export function unitForms(value: number, markedValue: number, lang: Lang) {
  const plain = (x: number) => formatNumber(x, neededDecimals(x), lang);
  const asPercent = (x: number) => formatValue(x / 100, neededDecimals(x), true, lang);
  const marked = markedValue * 100;
  return [
    { value: plain(value), marked: plain(marked) },
    { value: asPercent(value), marked: asPercent(marked) },
  ] as const;
}
