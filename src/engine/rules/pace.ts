/** §3.4 pace (Takt mot målet): the Eurostat / Open SDG progress measure. */
import { gte } from '../threshold';
import { blocked, finiteRatio, isReached, notAssessed } from './common';
import type { Blocker, RuleContext, RuleOutcome, ValueField } from './types';

const PACE_NEEDS: readonly ValueField[] = [
  'baseline',
  'baselineYear',
  'target',
  'targetYear',
  'actualYear',
];

/** Growth rates cannot start from or aim at 0, so 0 stands in as 0.001. */
const ZERO_STAND_IN = 0.001;

function standIn(x: number): number {
  return x === 0 ? ZERO_STAND_IN : x;
}

interface PaceValues {
  a: number;
  ya: number;
  b: number;
  yb: number;
  t: number;
  yt: number;
}

/** R = cagrActual / cagrRequired, or null when it cannot be computed. */
export function paceRatio(x: PaceValues): number | null {
  const b = standIn(x.b);
  const t = standIn(x.t);
  if (!(x.a > 0 && b > 0 && t > 0)) return null;
  const cagrActual = Math.pow(x.a / b, 1 / (x.ya - x.yb)) - 1;
  const cagrRequired = Math.pow(t / b, 1 / (x.yt - x.yb)) - 1;
  return finiteRatio(cagrActual / cagrRequired);
}

/** Share of the way from baseline to target with the original values; null when t = b. */
function shareOfTheWay(x: PaceValues): number | null {
  return x.t === x.b ? null : finiteRatio((x.a - x.b) / (x.t - x.b));
}

/** Year order and direction must make sense before the speed can be judged. */
function checkSetting(ctx: RuleContext, x: PaceValues, d: 1 | -1): Blocker | null {
  let blocker: Blocker | null = null;
  if (!(x.ya > x.yb)) {
    ctx.report({ code: 'pace_actual_year_order', ya: x.ya, yb: x.yb });
    blocker = { kind: 'paceYears' };
  }
  if (!(x.yt > x.yb)) {
    ctx.report({ code: 'pace_target_year_order', yt: x.yt, yb: x.yb });
    blocker ??= { kind: 'paceYears' };
  }
  if (d * (x.t - x.b) < 0) {
    ctx.report({ code: 'direction_contradiction', direction: d, stopsPace: true });
    blocker ??= { kind: 'contradiction' };
  }
  return blocker;
}

export function assessPace(ctx: RuleContext): RuleOutcome {
  const { a, ya, b, yb, t, yt } = ctx.v;
  const d = ctx.d;
  const missing = a === null || ya === null || b === null || yb === null;
  if (missing || t === null || yt === null || d === null) return blocked(ctx, PACE_NEEDS);
  const x: PaceValues = { a, ya, b, yb, t, yt };
  const setting = checkSetting(ctx, x, d);
  if (setting) return notAssessed(setting);
  if (isReached(a, t, d)) {
    return { status: 'met', fulfilment: shareOfTheWay(x), paceRatio: paceRatio(x), blocker: null };
  }
  // The ambition was to hold the baseline, and it was not held.
  if (t === b) return { status: 'not_met', fulfilment: null, paceRatio: null, blocker: null };
  if (!(a > 0 && standIn(b) > 0 && standIn(t) > 0)) {
    ctx.report({ code: 'pace_nonpositive' });
    return notAssessed({ kind: 'paceNonPositive' });
  }
  const ratio = paceRatio(x);
  if (ratio === null) {
    ctx.report({ code: 'pace_not_computable' });
    return notAssessed({ kind: 'paceNotComputable' });
  }
  const { paceOnTrack, paceModerate } = ctx.params;
  let status: RuleOutcome['status'] = 'not_met';
  if (gte(ratio, paceOnTrack)) status = 'met';
  else if (gte(ratio, paceModerate)) status = 'partly_met';
  return { status, fulfilment: shareOfTheWay(x), paceRatio: ratio, blocker: null };
}
