/**
 * Formulas whose calculated value is empty text (=IF(A1="";"";A1) where A1 is
 * empty). Excel stores them as t="str" with an empty <v>, but exceljs reads
 * every empty <v> as no result at all, which is how a formula that no
 * program calculated looks (method §7: a problem). The sheet parts tell the
 * two apart; this finds the first kind, so that the snapshot can say "".
 */
import { parseA1 } from '../../workbook/address';
import { sheetParts } from './links';
import type { Parts } from './parts';

/** Sheet name → the "row:col" of each formula cell whose calculated value is empty text. */
export type EmptyTextResults = Map<string, Set<string>>;

const STRING_CELL = /<c\b([^>]*\bt="str"[^>]*)(?<!\/)>([\s\S]*?)<\/c>/g;
const REF = /\br="([A-Z]{1,3}[0-9]{1,7})"/;
const EMPTY_VALUE = /<v\s*\/>|<v>\s*<\/v>/;

export function emptyTextResults(parts: Parts): EmptyTextResults {
  const found: EmptyTextResults = new Map();
  for (const [sheet, part] of sheetParts(parts)) {
    const data = parts.data(part);
    // Most sheets have no formula with a text result: skip them without decoding.
    if (!data || data.indexOf('t="str"') < 0) continue;
    const cells = new Set<string>();
    for (const [, attributes, content] of data.toString('utf8').matchAll(STRING_CELL)) {
      if (!content.includes('<f') || !EMPTY_VALUE.test(content)) continue;
      const ref = REF.exec(attributes);
      const at = ref && parseA1(ref[1]);
      if (at) cells.add(key(at.row, at.col));
    }
    if (cells.size > 0) found.set(sheet, cells);
  }
  return found;
}

export function key(row: number, col: number): string {
  return `${row}:${col}`;
}
