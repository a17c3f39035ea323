/** §3.2 trend (Förbättring jämfört med föregående). */
import { trendStatus } from '../trend';
import { blocked } from './common';
import type { RuleContext, RuleOutcome } from './types';

export function assessTrend(ctx: RuleContext): RuleOutcome {
  const { a, p } = ctx.v;
  const d = ctx.d;
  if (a === null || p === null || d === null) return blocked(ctx, ['previous']);
  const status = trendStatus(a, p, d, ctx.params.trendBand);
  return { status, fulfilment: null, paceRatio: null, blocker: null };
}
