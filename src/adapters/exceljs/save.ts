/**
 * Writing the .xlsx. With a fixed date the bytes are reproducible: exceljs
 * puts the time of writing in docProps/core.xml (modified) and in every zip
 * entry's timestamp; both get that date instead.
 */
import type { Workbook } from 'exceljs';
import { finishPackage } from './package';

/** 'YYYY-MM-DD' → midnight UTC of that day. */
export function parseDay(day: string): Date {
  const date = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) {
    throw new Error(`Not a date (YYYY-MM-DD): ${day}`);
  }
  return date;
}

/** The workbook as .xlsx bytes, its zip entries dated `date`. */
export async function workbookBytes(wb: Workbook, date: Date): Promise<Buffer> {
  // Uncompressed: finishPackage() deflates it, faster than exceljs would.
  const written = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  return finishPackage(written, date);
}
