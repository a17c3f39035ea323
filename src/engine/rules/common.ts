/** What all rules share: the missing-value check and the not-assessed outcome. */
import type { Blocker, RuleContext, RuleOutcome, ValueField } from './types';
import type { Values } from '../values';

const VALUE_OF: Record<ValueField, (v: Values) => number | null> = {
  actual: (v) => v.a,
  target: (v) => v.t,
  previous: (v) => v.p,
  comparison: (v) => v.c,
  baseline: (v) => v.b,
  baselineYear: (v) => v.yb,
  targetYear: (v) => v.yt,
  actualYear: (v) => v.ya,
};

export function notAssessed(blocker: Blocker): RuleOutcome {
  return { status: 'not_assessed', fulfilment: null, paceRatio: null, blocker };
}

/**
 * §3: without `a`, or without a value of the rule's own, or without a
 * direction, the rule gives not_assessed; each missing value is a warning.
 * The year of the actual is only asked for when there is an actual.
 * (The direction is warned about by the caller, which also knows its text.)
 */
export function blocked(ctx: RuleContext, needs: readonly ValueField[]): RuleOutcome {
  const fields: ValueField[] = [];
  if (ctx.v.a === null) fields.push('actual');
  for (const field of needs) {
    if (field === 'actualYear' && ctx.v.a === null) continue;
    if (VALUE_OF[field](ctx.v) === null) fields.push(field);
  }
  for (const field of fields) ctx.report({ code: 'missing_value', field });
  return notAssessed({ kind: 'missing', fields, direction: ctx.d === null });
}

/** §3.1 reached ⇔ d·(a − t) ≥ 0; two input values, so compared exactly. */
export function isReached(a: number, t: number, d: number): boolean {
  return d * (a - t) >= 0;
}

/** A ratio that overflowed or divided 0 by 0 is no ratio. */
export function finiteRatio(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
