/**
 * §10: the follow-up (uppföljning) an assessment belongs to. Its name is a
 * period as §7 writes them ("T1 2024", "Delår 2024", "Årsredovisning 2023"),
 * and follow-ups are compared and ordered as periods are: by the rank of
 * periods.ts, so "T2 2024", "Tertial 2 2024" and "Delår 2024" are one.
 */
import type { IndicatorInput } from '../../engine/types';
import { normaliseHeader } from '../read/headers';
import { periodRank } from '../read/periods';

export interface FollowUp {
  /** As the user or the workbook wrote it, without a leading "Utfall"/"Actual". */
  name: string;
  /** §7's order of periods; one follow-up written two ways has one rank. */
  rank: number;
}

/** Forms a follow-up's name may take, for messages that say what is allowed. */
export const FOLLOW_UP_EXAMPLES: readonly string[] = [
  'T1 2024',
  'T2 2024',
  'Delår 2024',
  'Helår 2024',
  'Årsredovisning 2023',
  '2023',
];

const LEADING_WORD = /^(?:utfall|actual)\s+/i;

/** The follow-up a text names, or null when it names no period. */
export function parseFollowUp(text: string | null | undefined): FollowUp | null {
  if (typeof text !== 'string') return null;
  const name = text.replace(/\s+/g, ' ').trim().replace(LEADING_WORD, '');
  if (name === '') return null;
  const rank = periodRank(normaliseHeader(name));
  return rank === null ? null : { name, rank };
}

export function sameFollowUp(a: FollowUp, b: FollowUp): boolean {
  return a.rank === b.rank;
}

/** Earlier follow-ups first. */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
  return a.rank - b.rank;
}

/**
 * The follow-up when the user named none (§10): the period of the period
 * column with a number that comes latest, else the latest Utfallsår (a
 * year, so the full year), else the year of the assessment date.
 */
export function deriveFollowUp(
  latestPeriod: string | null,
  indicators: readonly IndicatorInput[],
  date: string,
): FollowUp {
  const fromPeriod = parseFollowUp(latestPeriod);
  if (fromPeriod) return fromPeriod;
  let year: number | null = null;
  for (const i of indicators) {
    if (i.actualYear !== null && (year === null || i.actualYear > year)) year = i.actualYear;
  }
  const fromYear = year === null ? null : parseFollowUp(String(year));
  return fromYear ?? parseFollowUp(date.slice(0, 4)) ?? { name: date.slice(0, 4), rank: 0 };
}

/** Why a follow-up's name cannot be used (§10): each is a bad argument. */
export type FollowUpError = 'not_a_period' | 'contradicts_period';

/**
 * Checks a follow-up's name against §10: it must name a period, and one
 * the period to assess (if any is named) does not contradict.
 */
export function checkFollowUp(
  followUp: string | null | undefined,
  period: string | null | undefined,
): FollowUpError | null {
  if (followUp === null || followUp === undefined) return null;
  const named = parseFollowUp(followUp);
  if (!named) return 'not_a_period';
  const fromPeriod = parseFollowUp(period);
  if (fromPeriod && !sameFollowUp(named, fromPeriod)) return 'contradicts_period';
  return null;
}

/** The follow-up the user named, or the one the named period names; null when neither does. */
export function namedFollowUp(
  followUp: string | null | undefined,
  period: string | null | undefined,
): FollowUp | null {
  return parseFollowUp(followUp) ?? parseFollowUp(period);
}
