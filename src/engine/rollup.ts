/**
 * §5: weighing statuses together, for a goal (its indicators), an owner (its
 * indicators) and a focus area or the whole (their goals, each with weight 1).
 * A tally is filled one status at a time so that grouping stays one pass.
 */
import { rank } from './statuses';
import { gte } from './threshold';
import type { Counts, Parameters, Status } from './types';

const POINTS: Record<Status, number> = { met: 1, partly_met: 0.5, not_met: 0, not_assessed: 0 };
const STATUS_OF_RANK: readonly Status[] = ['not_met', 'partly_met', 'met'];
/** Above every rank: "no indicator here yet" for the two lowest. */
const NO_RANK = 3;

export interface Tally {
  counts: Counts;
  total: number;
  ranked: number;
  /** Σ w and Σ w·points over the ranked, both in units of 2^unit (see addWeight). */
  weightSum: number;
  pointSum: number;
  unit: number;
  lowest: number;
  secondLowest: number;
}

export function emptyCounts(): Counts {
  return { met: 0, partly_met: 0, not_met: 0, not_assessed: 0 };
}

export function newTally(): Tally {
  return {
    counts: emptyCounts(),
    total: 0,
    ranked: 0,
    weightSum: 0,
    pointSum: 0,
    unit: 0,
    lowest: NO_RANK,
    secondLowest: NO_RANK,
  };
}

/** x · 2^n in two steps, because 2^n alone overflows for subnormal weights (n up to 1074). */
function timesPowerOfTwo(x: number, n: number): number {
  const half = Math.trunc(n / 2);
  return x * 2 ** half * 2 ** (n - half);
}

/*
 * Any weights > 0 are allowed, and Σ w of a few near 1e308 overflows while one
 * near 5e-324 halves to 0. So the sums are kept in units of 2^unit, the largest
 * weight's power of two: scaling by a power of two is exact, so S is the same
 * number as summed plainly wherever plain sums neither overflow nor underflow.
 * Called after `ranked` has counted this weight.
 */
function addWeight(tally: Tally, weight: number, points: number): void {
  const exponent = Math.floor(Math.log2(weight));
  if (tally.ranked === 1) {
    tally.unit = exponent;
  } else if (exponent > tally.unit) {
    tally.weightSum = timesPowerOfTwo(tally.weightSum, tally.unit - exponent);
    tally.pointSum = timesPowerOfTwo(tally.pointSum, tally.unit - exponent);
    tally.unit = exponent;
  }
  const scaled = timesPowerOfTwo(weight, -tally.unit);
  tally.weightSum += scaled;
  tally.pointSum += scaled * points;
}

/** `weight` must already be a number > 0 (values.ts sanitizeWeight). */
export function addToTally(tally: Tally, status: Status, weight: number): void {
  tally.counts[status] += 1;
  tally.total += 1;
  const r = rank(status);
  if (r === null) return;
  tally.ranked += 1;
  addWeight(tally, weight, POINTS[status]);
  if (r < tally.lowest) {
    tally.secondLowest = tally.lowest;
    tally.lowest = r;
  } else if (r < tally.secondLowest) {
    tally.secondLowest = r;
  }
}

export interface Judgement {
  status: Status;
  /** S under points whenever something is ranked; null under worstTwo. */
  score: number | null;
}

/** worstTwo: the two lowest ranked; both met → met, both not_met → not_met, else partly_met. */
function worstTwo(tally: Tally): Status {
  if (tally.ranked === 1) return STATUS_OF_RANK[tally.lowest];
  if (tally.lowest === 2) return 'met';
  if (tally.secondLowest === 0) return 'not_met';
  return 'partly_met';
}

export function judgeTally(tally: Tally, params: Parameters): Judgement {
  if (tally.ranked === 0) return { status: 'not_assessed', score: null };
  const points = params.goalRule !== 'worstTwo';
  const score = points ? tally.pointSum / tally.weightSum : null;
  if (!gte(tally.ranked / tally.total, params.minCoverage)) {
    return { status: 'not_assessed', score };
  }
  if (score === null) return { status: worstTwo(tally), score };
  if (gte(score, params.goalMetAt)) return { status: 'met', score };
  if (gte(score, params.goalPartlyAt)) return { status: 'partly_met', score };
  return { status: 'not_met', score };
}
