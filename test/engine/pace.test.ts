import { svText } from '../support/problem-text';
import type { IndicatorInput } from '../../src/engine/types';
import { assessOne, codes } from './helpers';

type Row = Partial<IndicatorInput>;

function pace(
  b: number,
  yb: number,
  a: number,
  ya: number,
  t: number,
  yt: number,
  direction: 1 | -1,
): Row {
  return {
    rule: 'pace',
    baseline: b,
    baselineYear: yb,
    actual: a,
    actualYear: ya,
    target: t,
    targetYear: yt,
    direction,
  };
}

/** §3.4's R, written out independently of the engine. */
function expectedR(b: number, yb: number, a: number, ya: number, t: number, yt: number): number {
  const b0 = b === 0 ? 0.001 : b;
  const t0 = t === 0 ? 0.001 : t;
  return (Math.pow(a / b0, 1 / (ya - yb)) - 1) / (Math.pow(t0 / b0, 1 / (yt - yb)) - 1);
}

describe('§3.4 pace: the worked cases', () => {
  test('60 (2015) → 66 (2022), target 80 in 2030, increase: R = 0.7080, partly met', () => {
    const r = assessOne(pace(60, 2015, 66, 2022, 80, 2030, 1)).result;
    expect(r.paceRatio?.toFixed(4)).toBe('0.7080');
    expect(r.status).toBe('partly_met');
    expect(r.fulfilment).toBeCloseTo(0.3, 12);
  });

  test('8.0 (2019) → 7.5 (2023), target 5.0 in 2026, decrease: R = 0.2465, not met', () => {
    const r = assessOne(pace(8, 2019, 7.5, 2023, 5, 2026, -1)).result;
    expect(r.paceRatio?.toFixed(4)).toBe('0.2465');
    expect(r.status).toBe('not_met');
  });

  test('50 (2015) → 58 (2020), target 70 in 2030, increase: R = 1.3281, met', () => {
    const r = assessOne(pace(50, 2015, 58, 2020, 70, 2030, 1)).result;
    expect(r.paceRatio?.toFixed(4)).toBe('1.3281');
    expect(r.status).toBe('met');
  });

  test('1.55 (2015) → 1.82 (2019), target 0 (as 0.001) in 2030, decrease: R = −0.1058, not met', () => {
    const r = assessOne(pace(1.55, 2015, 1.82, 2019, 0, 2030, -1)).result;
    expect(r.paceRatio?.toFixed(4)).toBe('-0.1058');
    expect(r.status).toBe('not_met');
    expect(r.reason).toMatch(/^Utvecklingen går åt fel håll/);
  });
});

describe('§3.4 pace: thresholds and special cases', () => {
  const row = pace(60, 2015, 66, 2022, 80, 2030, 1);
  const R = expectedR(60, 2015, 66, 2022, 80, 2030);

  test('R exactly at paceOnTrack is met; more than 1e-9 short is not', () => {
    const status = (paceOnTrack: number) =>
      assessOne(row, { paceOnTrack, paceModerate: 0.1 }).result.status;
    expect(status(R)).toBe('met');
    expect(status(R + 0.5e-9)).toBe('met');
    expect(status(R + 2e-9)).toBe('partly_met');
  });

  test('R exactly at paceModerate is partly met; more than 1e-9 short is not met', () => {
    const status = (paceModerate: number) =>
      assessOne(row, { paceOnTrack: 1.5, paceModerate }).result.status;
    expect(status(R)).toBe('partly_met');
    expect(status(R + 2e-9)).toBe('not_met');
  });

  test('a reached target is met, and R and f are still reported', () => {
    const r = assessOne(pace(50, 2015, 72, 2020, 70, 2030, 1)).result;
    expect(r.status).toBe('met');
    expect(r.paceRatio).toBeCloseTo(expectedR(50, 2015, 72, 2020, 70, 2030), 12);
    expect(r.fulfilment).toBeCloseTo(1.1, 12);
  });

  test('a target equal to the baseline: not held is not met, held is met; R and f null', () => {
    const lost = assessOne(pace(10, 2015, 11, 2020, 10, 2030, -1)).result;
    expect(lost.status).toBe('not_met');
    expect(lost.paceRatio).toBeNull();
    expect(lost.fulfilment).toBeNull();
    const held = assessOne(pace(10, 2015, 10, 2020, 10, 2030, -1)).result;
    expect(held.status).toBe('met');
    expect(held.paceRatio).toBeNull();
  });

  test('a zero baseline is taken as 0.001', () => {
    const r = assessOne(pace(0, 2015, 5, 2020, 10, 2030, 1)).result;
    expect(r.paceRatio).toBeCloseTo(expectedR(0, 2015, 5, 2020, 10, 2030), 12);
    expect(r.fulfilment).toBeCloseTo(0.5, 12);
  });

  test('values ≤ 0 cannot be paced', () => {
    const negative = assessOne(pace(-5, 2015, 2, 2020, 10, 2030, 1));
    expect(negative.result.status).toBe('not_assessed');
    expect(codes(negative.problems)).toEqual(['pace_nonpositive']);
    expect(negative.result.paceRatio).toBeNull();
    expect(negative.result.fulfilment).toBeNull();
    const zeroActual = assessOne(pace(5, 2015, 0, 2020, 10, 2030, 1));
    expect(zeroActual.result.status).toBe('not_assessed');
    expect(zeroActual.result.reason).toBe(
      'Kan inte bedömas: takt kan inte beräknas för värden ≤ 0.',
    );
  });

  test('the actual year and the target year must be after the baseline year', () => {
    const same = assessOne(pace(60, 2022, 66, 2022, 80, 2030, 1));
    expect(same.result.status).toBe('not_assessed');
    expect(codes(same.problems)).toEqual(['pace_actual_year_order']);
    const early = assessOne(pace(60, 2015, 66, 2022, 80, 2015, 1));
    expect(codes(early.problems)).toEqual(['pace_target_year_order']);
    // Even a reached target needs the years in order.
    expect(assessOne(pace(60, 2022, 90, 2020, 80, 2030, 1)).result.status).toBe('not_assessed');
  });

  test('a direction contradicting baseline and target: not assessed', () => {
    const r = assessOne({
      ...pace(10, 2015, 12, 2020, 20, 2030, -1),
      cells: { indicator: 'A2', direction: 'C2' },
    });
    expect(r.result.status).toBe('not_assessed');
    expect(r.result.paceRatio).toBeNull();
    expect(r.result.fulfilment).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'direction_contradiction', cell: 'C2' });
    expect(r.result.reason).toBe(
      'Kan inte bedömas: riktningen stämmer inte med start- och målvärde.',
    );
  });

  test.each([
    ['baseline', 'missing_baseline', /^Startvärde saknas/],
    ['baselineYear', 'missing_baseline_year', /^Startår saknas/],
    ['target', 'missing_target', /^Målvärde saknas/],
    ['targetYear', 'missing_target_year', /^Målår saknas/],
    ['actualYear', 'missing_actual_year', /^Utfallsår saknas/],
  ] as const)('missing %s is named', (field, code, message) => {
    const r = assessOne({ ...pace(60, 2015, 66, 2022, 80, 2030, 1), [field]: null });
    expect(r.result.status).toBe('not_assessed');
    expect(codes(r.problems)).toEqual([code]);
    expect(svText(r.problems[0])).toMatch(message);
  });

  test('without an actual, only the actual is named, not its year', () => {
    const r = assessOne({
      ...pace(60, 2015, 66, 2022, 80, 2030, 1),
      actual: null,
      actualYear: null,
    });
    expect(codes(r.problems)).toEqual(['missing_actual']);
  });
});
