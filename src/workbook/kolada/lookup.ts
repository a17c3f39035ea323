/**
 * §12, using: the Kolada sheet's figures by KPI and year, scaled for the
 * method (a KPI in percent is divided by 100 and marked as a percentage).
 */
import { isPercentTitle, kpiKey, type KoladaData } from './types';

export interface KoladaFigure {
  year: number;
  value: number | null;
  national: number | null;
}

export interface KoladaSeries {
  kpi: string;
  percent: boolean;
  /** By year, ascending. */
  years: KoladaFigure[];
}

export class KoladaLookup {
  private readonly series = new Map<string, KoladaSeries>();

  constructor(data: KoladaData | null) {
    for (const row of data?.rows ?? []) {
      const key = kpiKey(row.kpi);
      if (key === '' || !Number.isInteger(row.year)) continue;
      let s = this.series.get(key);
      if (!s) {
        s = { kpi: row.kpi.trim(), percent: isPercentTitle(row.title), years: [] };
        this.series.set(key, s);
      }
      const scale = (x: number | null) =>
        x === null || !Number.isFinite(x) ? null : s.percent ? x / 100 : x;
      if (s.years.some((y) => y.year === row.year)) continue; // the first row of a year counts
      s.years.push({ year: row.year, value: scale(row.value), national: scale(row.national) });
    }
    for (const s of this.series.values()) s.years.sort((a, b) => a.year - b.year);
  }

  get size(): number {
    return this.series.size;
  }

  /** The KPI's figures, or null where the sheet holds none for it. */
  of(id: string): KoladaSeries | null {
    return this.series.get(kpiKey(id)) ?? null;
  }
}

/** The municipality's value of one year, or null. */
export function valueOf(series: KoladaSeries, year: number): number | null {
  return series.years.find((y) => y.year === year)?.value ?? null;
}

/** Riket's value of one year, or null. */
export function nationalOf(series: KoladaSeries, year: number): number | null {
  return series.years.find((y) => y.year === year)?.national ?? null;
}

/** The latest year with a value not after `lastYear` (null: no limit). */
export function latestValue(series: KoladaSeries, lastYear: number | null): KoladaFigure | null {
  for (let i = series.years.length - 1; i >= 0; i--) {
    const y = series.years[i];
    if (lastYear !== null && y.year > lastYear) continue;
    if (y.value !== null) return y;
  }
  return null;
}
