/** §6: the method's parameters, their Swedish names, ranges and defaults. */
import type { GoalRule, Parameters } from './types';

export type ParameterKey = keyof Parameters;

export interface ParameterSpec {
  key: ParameterKey;
  sv: string;
  en: string;
  /** A Swedish explanation for the Metod sheet's Beskrivning column. */
  descriptionSv: string;
  descriptionEn: string;
  /** Numeric range (inclusive); goalRule has none. */
  min?: number;
  max?: number;
}

export const DEFAULT_PARAMETERS: Readonly<Parameters> = Object.freeze({
  partlyAt: 0.8,
  trendBand: 0.01,
  comparisonBand: 0.05,
  paceOnTrack: 0.95,
  paceModerate: 0.6,
  goalRule: 'points',
  goalMetAt: 0.8,
  goalPartlyAt: 0.5,
  minCoverage: 0.5,
});

export const PARAMETER_SPECS: readonly ParameterSpec[] = [
  {
    key: 'partlyAt',
    sv: 'Delvis-gräns målvärde',
    en: 'Partly threshold, target',
    descriptionSv: 'Måluppfyllelse som krävs för Delvis uppfyllt när målvärdet inte är nått.',
    descriptionEn: 'Fulfilment needed for Partly met when the target is not reached.',
    min: 0,
    max: 1,
  },
  {
    key: 'trendBand',
    sv: 'Oförändrat-intervall',
    en: 'Unchanged band',
    descriptionSv: 'Relativ förändring mot föregående utfall som räknas som oförändrad.',
    descriptionEn: 'Relative change from the previous outcome counted as unchanged.',
    min: 0,
    max: 1,
  },
  {
    key: 'comparisonBand',
    sv: 'Delvis-gräns jämförelse',
    en: 'Partly threshold, comparison',
    descriptionSv: 'Hur långt under jämförelsevärdet som ändå räknas som Delvis uppfyllt.',
    descriptionEn: 'How far below the comparison value still counts as Partly met.',
    min: 0,
    max: 1,
  },
  {
    key: 'paceOnTrack',
    sv: 'Takt i fas',
    en: 'Pace on track',
    descriptionSv:
      'Kvot mellan faktisk och nödvändig takt som krävs för Uppfyllt (takt mot målet).',
    descriptionEn: 'Ratio of actual to required pace needed for Met (pace rule).',
    min: 0,
    max: 2,
  },
  {
    key: 'paceModerate',
    sv: 'Takt delvis',
    en: 'Pace moderate',
    descriptionSv: 'Kvot som krävs för Delvis uppfyllt (takt mot målet). Högst Takt i fas.',
    descriptionEn: 'Ratio needed for Partly met (pace rule). At most Pace on track.',
    min: 0,
    max: 2,
  },
  {
    key: 'goalRule',
    sv: 'Sammanvägning',
    en: 'Weighing together',
    descriptionSv: 'Hur indikatorerna vägs samman till målets bedömning: poäng eller två sämsta.',
    descriptionEn: 'How indicators weigh together into the goal: points or worstTwo.',
  },
  {
    key: 'goalMetAt',
    sv: 'Mål uppfyllt vid',
    en: 'Goal met at',
    descriptionSv: 'Poäng (0–1) som krävs för att målet ska vara uppfyllt.',
    descriptionEn: 'Score (0–1) needed for the goal to be met.',
    min: 0,
    max: 1,
  },
  {
    key: 'goalPartlyAt',
    sv: 'Mål delvis vid',
    en: 'Goal partly at',
    descriptionSv: 'Poäng (0–1) som krävs för delvis uppfyllt mål. Högst Mål uppfyllt vid.',
    descriptionEn: 'Score (0–1) needed for a partly met goal. At most Goal met at.',
    min: 0,
    max: 1,
  },
  {
    key: 'minCoverage',
    sv: 'Minsta täckning',
    en: 'Minimum coverage',
    descriptionSv: 'Andel av målets indikatorer som måste kunna bedömas för att målet ska bedömas.',
    descriptionEn:
      "Share of a goal's indicators that must be assessable for the goal to be assessed.",
    min: 0,
    max: 1,
  },
];

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const BY_NAME = new Map<string, ParameterKey>();
for (const spec of PARAMETER_SPECS) {
  for (const name of [spec.key, spec.sv, spec.en]) BY_NAME.set(fold(name), spec.key);
}

/** The key for a Parameter cell: the Swedish name, the English name or the key itself. */
export function parameterKey(nameOrKey: string): ParameterKey | null {
  return BY_NAME.get(fold(nameOrKey)) ?? null;
}

/** "points"/"poäng" → points; "worstTwo"/"två sämsta" → worstTwo. */
export function parseGoalRule(text: string): GoalRule | null {
  const f = fold(text).replace(/[\s_-]/g, '');
  if (f === 'points' || f === 'poang') return 'points';
  if (f === 'worsttwo' || f === 'tvasamsta') return 'worstTwo';
  return null;
}

/** A value that is not allowed, or the lower of a pair that is above the upper (§6). */
export interface InvalidParameter {
  key: ParameterKey;
  kind: 'not_allowed' | 'out_of_order';
  /** For out_of_order: the upper of the pair. */
  otherKey?: ParameterKey;
}

/** (lower, upper): the lower may not exceed the upper (§6). */
export const PARAMETER_PAIRS: readonly (readonly [
  'paceModerate' | 'goalPartlyAt',
  'paceOnTrack' | 'goalMetAt',
])[] = [
  ['paceModerate', 'paceOnTrack'],
  ['goalPartlyAt', 'goalMetAt'],
];

/** Is the value allowed for the key on its own: a number in its range, or a goal rule's word. */
export function isAllowed(key: ParameterKey, value: unknown): boolean {
  if (key === 'goalRule') return typeof value === 'string' && parseGoalRule(value) !== null;
  const spec = PARAMETER_SPECS.find((s) => s.key === key);
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= (spec?.min ?? -Infinity) &&
    value <= (spec?.max ?? Infinity)
  );
}

/**
 * Checks raw values (numbers, or the goal rule's text) against §6: the one
 * place that does, for the Metod sheet, the task pane's editor and the add-in.
 * A value that is not allowed gets its default; for a pair out of order
 * (paceModerate > paceOnTrack, goalPartlyAt > goalMetAt) both get theirs.
 */
export function validateParameters(raw: Partial<Record<ParameterKey, unknown>>): {
  parameters: Parameters;
  invalid: InvalidParameter[];
} {
  const parameters: Parameters = { ...DEFAULT_PARAMETERS };
  const invalid: InvalidParameter[] = [];
  for (const spec of PARAMETER_SPECS) {
    if (!(spec.key in raw) || raw[spec.key] === undefined) continue;
    const value = raw[spec.key];
    if (!isAllowed(spec.key, value)) invalid.push({ key: spec.key, kind: 'not_allowed' });
    else if (spec.key === 'goalRule') parameters.goalRule = parseGoalRule(value as string)!;
    else (parameters[spec.key] as number) = value as number;
  }
  for (const [low, high] of PARAMETER_PAIRS) {
    if (parameters[low] <= parameters[high]) continue;
    parameters[low] = DEFAULT_PARAMETERS[low];
    parameters[high] = DEFAULT_PARAMETERS[high];
    invalid.push({ key: low, kind: 'out_of_order', otherKey: high });
  }
  return { parameters, invalid };
}
