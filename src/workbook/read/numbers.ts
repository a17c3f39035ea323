/**
 * §7 numbers: numeric cells as stored; text with "," or "." as the decimal
 * mark and only spaces grouping thousands; a trailing "%" divides by 100.
 * Missing codes count as missing; error values, unreadable text, dates and
 * true/false count as missing too, and are a problem naming the cell.
 */
import type { Cell } from '../snapshot';
import { cellText, isErrorValue } from './cells';
import { parsePeriodHeader } from './periods';
import { normaliseHeader } from './headers';

/** Why a value in a number field could not be used; also the problem's code. */
export type NumberProblem =
  | 'error_value'
  | 'unreadable_number'
  | 'date_in_number'
  | 'boolean_in_number'
  | 'uncalculated_formula';

export type NumberRead =
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'missing' }
  | { kind: 'invalid'; problem: NumberProblem; text: string };

const MISSING: NumberRead = { kind: 'missing' };

/** Compared after trimming and lower-casing. */
export const MISSING_CODES: ReadonlySet<string> = new Set([
  '',
  '-',
  '–',
  '.',
  '..',
  'saknas',
  'n/a',
]);

/** Excel's error values, for text that spells one (e.g. from a CSV import). */
const ERROR_TEXTS: ReadonlySet<string> = new Set([
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#GETTING_DATA',
]);

/**
 * Sign (hyphen-minus, the minus sign or the en dash), digits grouped by spaces (space,
 * no-break space, narrow no-break space) in threes or not grouped, at most
 * one decimal mark, then an optional "%".
 */
const NUMBER_TEXT =
  /^([+\-\u2212\u2013])?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d*)(?:[.,](\d*))?[ \u00a0\u202f]*(%)?$/;
const GROUPING = /[ \u00a0\u202f]/g;

export function readNumber(cell: Cell | undefined): NumberRead {
  const value = cell?.value;
  if (value === null || value === undefined) {
    // A formula that no program has calculated (a file written by a script).
    return typeof cell?.formula === 'string'
      ? { kind: 'invalid', problem: 'uncalculated_formula', text: cell.formula }
      : MISSING;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'invalid', problem: 'unreadable_number', text: '' };
    return { kind: 'number', value, percent: isPercentFormat(cell?.numFmt) };
  }
  if (typeof value === 'string') return readNumberText(value);
  if (typeof value === 'boolean') {
    return { kind: 'invalid', problem: 'boolean_in_number', text: value ? 'TRUE' : 'FALSE' };
  }
  if (value instanceof Date) {
    return { kind: 'invalid', problem: 'date_in_number', text: cellText(cell) ?? '' };
  }
  if (isErrorValue(value)) return { kind: 'invalid', problem: 'error_value', text: value.error };
  return MISSING;
}

/** A number typed or imported as text. */
export function readNumberText(raw: string): NumberRead {
  const text = raw.trim();
  // The longest missing code has 6 characters; error values begin with "#".
  if (text.length <= 6 && MISSING_CODES.has(text.toLowerCase())) return MISSING;
  if (text.startsWith('#') && ERROR_TEXTS.has(text.toUpperCase())) {
    return { kind: 'invalid', problem: 'error_value', text };
  }
  const match = NUMBER_TEXT.exec(text);
  const unreadable: NumberRead = { kind: 'invalid', problem: 'unreadable_number', text };
  if (!match) return unreadable;
  const [, sign, whole, fraction = '', percent] = match;
  if (whole === '' && fraction === '') return unreadable;
  const minus = sign !== undefined && sign !== '+';
  const magnitude = Number(`${whole.replace(GROUPING, '') || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(magnitude)) return unreadable;
  const signed = minus ? -magnitude : magnitude;
  return { kind: 'number', value: percent ? signed / 100 : signed, percent: !!percent };
}

const percentFormats = new Map<string, boolean>();

/**
 * Does the number format show the value as a percentage: a "%" outside
 * quotes, escapes and [brackets]? A literal "\%" does not scale the value.
 */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  let known = percentFormats.get(numFmt);
  if (known === undefined) {
    known = scanForPercent(numFmt);
    if (percentFormats.size > 1000) percentFormats.clear();
    percentFormats.set(numFmt, known);
  }
  return known;
}

function scanForPercent(numFmt: string): boolean {
  let inQuotes = false;
  for (let i = 0; i < numFmt.length; i++) {
    const ch = numFmt[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    // The next character is literal (\), a space width (_) or a fill (*).
    else if (ch === '\\' || ch === '_' || ch === '*') i++;
    else if (ch === '[') {
      const close = numFmt.indexOf(']', i);
      if (close < 0) return false;
      i = close;
    } else if (ch === '%') return true;
  }
  return false;
}

export type YearRead =
  | { kind: 'year'; year: number }
  | { kind: 'missing' }
  | { kind: 'other'; text: string }
  | { kind: 'invalid'; problem: NumberProblem | 'unreadable_year'; text: string };

/**
 * A year field (Startår, Målår, Utfallsår): a whole number of four digits, or
 * text in the period grammar ("2023", "T2 2024", "Helår 2023"). Other text is
 * `other` (Utfallsår may name a period without a year); error values, dates
 * and true/false are invalid as in a number field.
 */
export function readYear(cell: Cell | undefined): YearRead {
  const value = cell?.value;
  if (typeof value === 'string') {
    const year = parsePeriodHeader(normaliseHeader(value));
    if (year !== null) return { kind: 'year', year };
  }
  const read = readNumber(cell);
  if (read.kind === 'missing') return read;
  if (read.kind === 'invalid') {
    return read.problem === 'unreadable_number'
      ? { kind: 'other', text: read.text }
      : { kind: 'invalid', problem: read.problem, text: read.text };
  }
  if (Number.isInteger(read.value) && read.value >= 1000 && read.value <= 9999 && !read.percent) {
    return { kind: 'year', year: read.value };
  }
  return { kind: 'other', text: cellText(cell) ?? '' };
}
