/**
 * §12: Kolada's figures as Målkoll keeps them, one row per KPI and year, with
 * values exactly as Kolada gives them (percentages in percent, 82.3). The
 * scaling to 0.823 happens where the values are used, never in the sheet.
 */

export interface KoladaRow {
  /** The KPI id as Kolada writes it, e.g. "N15428". */
  kpi: string;
  /** The KPI's title; one ending in "(%)" is a percentage. */
  title: string;
  /** The municipality's id, e.g. "2260". */
  municipality: string;
  year: number;
  /** Gender total (T); null where Kolada has no value. */
  value: number | null;
  /** Riket's (0000) value for the same KPI and year, gender total. */
  national: number | null;
  /** The date fetched, YYYY-MM-DD (the assessment date). */
  fetched: string;
}

export interface KoladaData {
  rows: KoladaRow[];
}

/** Riket's id in Kolada. */
export const NATIONAL_ID = '0000';

/** KPI ids are compared trimmed and without regard to case. */
export function kpiKey(id: string): string {
  return id.trim().toUpperCase();
}

/** A KPI whose title ends in "(%)" gives its values in percent (§12). */
export function isPercentTitle(title: string): boolean {
  return /\(\s*%\s*\)\s*$/.test(title);
}
