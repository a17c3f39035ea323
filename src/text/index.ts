/**
 * User text, one typed catalogue per language. A problem is raised as a code
 * with parameters and worded here, where it is shown, in the language of
 * that moment.
 */
import type { Lang, Problem } from '../engine/types';
import { en } from './en';
import { sv } from './sv';
import type { Texts } from './types';

export const TEXTS: Record<Lang, Texts> = { sv, en };

/** What is wrong and what to do; the sheet and cell are shown beside it by each face. */
export function problemText(problem: Problem, lang: Lang): string {
  return TEXTS[lang].problems[problem.code](problem.params);
}

/** "2 fel och 1 varning", or just the part there is. */
export function problemCounts(problems: readonly Problem[], lang: Lang): string {
  const t = TEXTS[lang];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const parts = [errors ? t.errors(errors) : '', warnings ? t.warnings(warnings) : ''];
  return t.list(parts.filter(Boolean));
}

export type { HostFailure, ProblemWords, Texts } from './types';
