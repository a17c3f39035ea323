/** §3.1 target (Målvärde). */
import { gte } from '../threshold';
import { blocked, finiteRatio, isReached } from './common';
import type { RuleContext, RuleOutcome } from './types';

/** The fulfilment is measured from the baseline when the baseline lies on the far side of the target. */
export function measuresFromBaseline(b: number | null, t: number, d: number): b is number {
  return b !== null && d * (t - b) > 0;
}

/** `f` of §3.1: share of the way from the baseline, else a / t or t / a, else null. */
export function targetFulfilment(a: number, t: number, b: number | null, d: number): number | null {
  if (measuresFromBaseline(b, t, d)) return finiteRatio((a - b) / (t - b));
  if (d === 1 && t > 0 && a >= 0) return finiteRatio(a / t);
  if (d === -1 && a > 0 && t >= 0) return finiteRatio(t / a);
  return null;
}

export function assessTarget(ctx: RuleContext): RuleOutcome {
  const { a, t, b } = ctx.v;
  const d = ctx.d;
  // The contradiction is an input error whatever else is missing; the status is still computed.
  if (d !== null && b !== null && t !== null && d * (t - b) < 0) {
    ctx.report({ code: 'direction_contradiction', direction: d, stopsPace: false });
  }
  if (a === null || t === null || d === null) return blocked(ctx, ['target']);
  const fulfilment = targetFulfilment(a, t, b, d);
  let status: RuleOutcome['status'] = 'not_met';
  if (isReached(a, t, d)) status = 'met';
  else if (fulfilment !== null && gte(fulfilment, ctx.params.partlyAt)) status = 'partly_met';
  return { status, fulfilment, paceRatio: null, blocker: null };
}
