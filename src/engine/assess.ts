/** The entry point: the whole method (§2–§6, and the engine's problems of §8). Pure, never throws. */
import { rollUp } from './groups';
import { assessIndicator } from './indicator';
import { validateParameters } from './parameters';
import type { Assessment, AssessInput, AssessOptions, Lang, Parameters } from './types';

/** Parameters that are not allowed fall back to their defaults, as when read from the Metod sheet. */
function usableParameters(raw: unknown): Parameters {
  const given = typeof raw === 'object' && raw !== null ? (raw as Partial<Parameters>) : {};
  return validateParameters(given).parameters;
}

function listOf<T>(x: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(x) ? x : [];
}

export function assess(input: AssessInput, options?: AssessOptions): Assessment {
  const lang: Lang = options?.lang === 'en' ? 'en' : 'sv';
  const parameters = usableParameters(input?.parameters);
  const problems: Assessment['problems'] = [];
  const rows = listOf(input?.indicators);
  const indicators = rows.map((ind) => assessIndicator(ind, parameters, lang, problems));
  const rolled = rollUp(
    rows,
    indicators,
    listOf(input?.goals),
    listOf(input?.activities),
    parameters,
    lang,
    problems,
  );
  return { parameters, indicators, ...rolled, problems };
}
