/**
 * Pure conversions between what Office.js hands over and the snapshot's cells:
 * value types, date serials (1900 date system) and number formats.
 */
import type { Cell, CellValue } from '../../workbook/snapshot';

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's count, for serials from 61 (1 March 1900) on. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** 9999-12-31 is the last day Excel shows as a date. */
const LAST_SERIAL = 2_958_465;

/**
 * An Excel date serial → a Date at UTC (as exceljs gives them), or null when
 * the number is no date Excel would show. Excel counts the 29 February 1900
 * that never was (a Lotus 1-2-3 bug it keeps), so serials 1–59 are a day later
 * than a count from 30 December 1899 says; 60 (the fictitious day) becomes 28 February.
 */
export function serialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= LAST_SERIAL + 1) return null;
  const days = serial < 60 ? serial + 1 : serial;
  return new Date(Math.round(EXCEL_EPOCH + days * MS_PER_DAY));
}

/** Elapsed-time brackets ([h]:mm) format durations, which are numbers, not dates. */
const ELAPSED = /\[(h+|m+|s+)\]/i;

/**
 * Is this number format one that shows numbers as dates or times? Quoted
 * text, escaped characters, colours and locale tags ([Red], [$-41D]) are
 * ignored; only the first section (positive numbers) decides.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt || numFmt === 'General' || numFmt === '@') return false;
  const bare = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  const first = bare.split(';')[0];
  if (ELAPSED.test(first)) return false;
  return /[dmyhs]/i.test(first.replace(/\[[^\]]*\]/g, ''));
}

/**
 * One cell as Office.js reports it → a snapshot cell, or null for an empty
 * cell. `type` is the cell's Excel.RangeValueType.
 */
export function toCell(value: unknown, type: string, numFmt: string | undefined): Cell | null {
  const cellValue = toCellValue(value, type, numFmt);
  if (cellValue === null) return null;
  const cell: Cell = { value: cellValue };
  if (numFmt && numFmt !== 'General') cell.numFmt = numFmt;
  return cell;
}

function toCellValue(value: unknown, type: string, numFmt: string | undefined): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Boolean':
      return value === true;
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? numberOrDate(value, numFmt) : null;
    default:
      // String, and the kinds Målkoll does not read (RichValue, Unknown): their text.
      if (typeof value === 'string') return value;
      return typeof value === 'number' || typeof value === 'boolean' ? value : null;
  }
}

function numberOrDate(value: number, numFmt: string | undefined): number | Date {
  if (!isDateFormat(numFmt)) return value;
  return serialToDate(value) ?? value;
}

/** A month name (Swedish or English, however abbreviated) and a number. */
const MONTH_FIRST =
  /^(jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\p{L}*\.?[\s\-/]\d/iu;

/**
 * Would Excel take this string for something other than text if it were
 * typed into a cell (which is what Range.values does)? A formula (= + - @),
 * a number, date, time or percentage, a truth value, an error, or text
 * whose leading apostrophe Excel would swallow. Such strings are written
 * into cells formatted as text ("@"), which Excel keeps as they are.
 * Answering yes too often costs nothing but the text format.
 */
export function needsTextFormat(text: string): boolean {
  const s = text.trimStart();
  // Formulas, signs, numbers in either decimal style ("0,84", "1.5", "1 234"), dates
  // and times that start with a digit, errors, an apostrophe; "(5)" is −5 and "$5",
  // "€5", "£5" are amounts.
  if (/^[=+\-−@#'.,\d($€£¥]/.test(s)) return true;
  if (/^(true|false|sant|falskt)$/i.test(s.trim())) return true;
  // A month name and a number: "maj 2024", "Jan-24" are dates to Excel.
  return MONTH_FIRST.test(s);
}
