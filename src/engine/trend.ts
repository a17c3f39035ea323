/** §4 and §3.2: change against the previous outcome, better or worse in the desired direction. */
import { gt, lt } from './threshold';
import type { Direction, Status, TrendCode } from './types';

/** r = d·(a − p) / |p|; when p = 0, d·sign(a). */
export function relativeChange(a: number, p: number, d: number): number {
  return p !== 0 ? (d * (a - p)) / Math.abs(p) : d * Math.sign(a);
}

/** §3.2: r > band → met, r < −band → not_met, else partly_met (with §3.7's tolerance). */
export function trendStatus(a: number, p: number, d: number, band: number): Status {
  const r = relativeChange(a, p, d);
  if (gt(r, band)) return 'met';
  if (lt(r, -band)) return 'not_met';
  return 'partly_met';
}

const TREND_OF_STATUS: Partial<Record<Status, TrendCode>> = {
  met: 'improved',
  partly_met: 'unchanged',
  not_met: 'worsened',
};

/** §4: shown for every rule; null without `p` or without a direction. */
export function trendOf(
  a: number | null,
  p: number | null,
  d: Direction | null,
  band: number,
): TrendCode | null {
  if (a === null || p === null || d === null) return null;
  return TREND_OF_STATUS[trendStatus(a, p, d, band)] ?? null;
}
