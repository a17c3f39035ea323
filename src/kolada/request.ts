/**
 * What to ask Kolada for (§12): the workbook's KPI ids, and the years from
 * the earliest of its period columns (with none, five years before the
 * assessment date's year) through the assessment date's year.
 */
import type { ReadResult } from '../workbook/read/types';

export function koladaYears(read: ReadResult, date: string): { fromYear: number; toYear: number } {
  const toYear = Number(date.slice(0, 4));
  const years = read.periods.map((p) => p.year).filter((y) => Number.isInteger(y));
  const fromYear = years.length > 0 ? Math.min(...years) : toYear - 5;
  return { fromYear: Math.min(fromYear, toYear), toYear };
}

export function koladaIds(read: ReadResult): string[] {
  return read.indicators.map((i) => i.koladaId?.trim() ?? '').filter((id) => id !== '');
}
