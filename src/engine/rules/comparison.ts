/** §3.3 comparison (Jämförelse, e.g. rikssnitt). */
import { gte } from '../threshold';
import { blocked, finiteRatio } from './common';
import type { RuleContext, RuleOutcome } from './types';

/** The gap g = d·(a − c) / |c|; when c = 0, d·sign(a). */
export function comparisonGap(a: number, c: number, d: number): number {
  return c !== 0 ? (d * (a - c)) / Math.abs(c) : d * Math.sign(a);
}

function comparisonFulfilment(a: number, c: number, d: number): number | null {
  if (d === 1 && c > 0 && a >= 0) return finiteRatio(a / c);
  if (d === -1 && a > 0 && c >= 0) return finiteRatio(c / a);
  return null;
}

export function assessComparison(ctx: RuleContext): RuleOutcome {
  const { a, c } = ctx.v;
  const d = ctx.d;
  if (a === null || c === null || d === null) return blocked(ctx, ['comparison']);
  const gap = comparisonGap(a, c, d);
  let status: RuleOutcome['status'] = 'not_met';
  if (gte(gap, 0)) status = 'met';
  else if (gte(gap, -ctx.params.comparisonBand)) status = 'partly_met';
  return { status, fulfilment: comparisonFulfilment(a, c, d), paceRatio: null, blocker: null };
}
