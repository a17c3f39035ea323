/**
 * §7: a period column's header is `[Utfall|Actual] [PERIOD] YYYY`, PERIOD one
 * of T1, T2, T3, Tertial 1–3, Delår, Helår, Bokslut, or nothing.
 */

/** Over a normalised header (see headers.ts): lower case, no diacritics, single spaces. */
const PERIOD_HEADER =
  /^(?:(?:utfall|actual) )?(?:(t[123]|tertial [123]|delar|helar|bokslut) )?(\d{4})$/;

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
