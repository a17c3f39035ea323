/**
 * §7: a period column's header is `[Utfall|Actual] [PERIOD] YYYY`, PERIOD one
 * of T1, T2, T3, Tertial 1–3, Delår, Helår, Bokslut, or nothing.
 */

/** Over a normalised header (see headers.ts): lower case, no diacritics, single spaces. */
const PERIOD_HEADER =
  /^(?:(?:utfall|actual) )?(?:(?:t[123]|tertial [123]|delar|helar|bokslut) )?(\d{4})$/;

/** The year of a period column's normalised header, or null when it is not one. */
export function parsePeriodHeader(normalised: string): number | null {
  const match = PERIOD_HEADER.exec(normalised);
  return match ? Number(match[1]) : null;
}
