/**
 * §7: a period column's header is `[Utfall|Actual] [PERIOD] YYYY`, PERIOD one
 * of T1, T2, T3, Tertial 1–3, Delår, Delårsrapport, Helår, Bokslut,
 * Årsredovisning, or nothing.
 */

/** Over a normalised header (see headers.ts): lower case, no diacritics, single spaces. */
const PERIOD_HEADER =
  /^(?:(?:utfall|actual) )?(?:(t[123]|tertial [123]|delarsrapport|delar|helar|bokslut|arsredovisning) )?(\d{4})$/;

/** The year of a period column's normalised header, or null when it is not one. */
export function parsePeriodHeader(normalised: string): number | null {
  const match = PERIOD_HEADER.exec(normalised);
  return match ? Number(match[2]) : null;
}

/**
 * The period a normalised header names, for telling periods apart: PERIOD and
 * year only. "Utfall" and "Actual" are optional words, and T2 is short for
 * Tertial 2, so "Utfall 2022", "Actual 2022" and "2022" name one period, as
 * do "T2 2024" and "Tertial 2 2024". Text that names no period is returned
 * as it is, so that it matches no period column.
 */
export function periodIdentity(normalised: string): string {
  const match = PERIOD_HEADER.exec(normalised);
  if (!match) return normalised;
  const [, period = '', year] = match;
  const short = period.replace(/^tertial /, 't');
  return short ? `${short} ${year}` : year;
}

/** The part of the year a period word names: T1 < T2 (Delår) < the full year. */
const PART_OF_YEAR: Readonly<Record<string, number>> = {
  t1: 1,
  t2: 2,
  delar: 2,
  delarsrapport: 2,
  t3: 3,
  helar: 3,
  bokslut: 3,
  arsredovisning: 3,
  '': 3,
};

/**
 * §7's order of periods, as a number: by year, then T1 < T2 < the full year,
 * where Delår and Delårsrapport are T2, and T3, Helår, Bokslut,
 * Årsredovisning and a bare year are the full year. Columns of one period
 * have the same rank. Null for a header that names no period.
 */
export function periodRank(normalised: string): number | null {
  const match = PERIOD_HEADER.exec(normalised);
  if (!match) return null;
  const [, period = '', year] = match;
  return Number(year) * 10 + PART_OF_YEAR[period.replace(/^tertial /, 't')];
}
