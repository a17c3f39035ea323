/**
 * An independent audit of the engine against docs/method-spec.md §2–§6.
 * Each test quotes the sentence it checks; every expected number is worked out
 * by hand from the method, never copied from the engine's output.
 */
import { svText } from '../support/problem-text';
import fc from 'fast-check';
import { assess } from '../../src/engine';
import { DEFAULT_PARAMETERS, validateParameters } from '../../src/engine/parameters';
import type { GoalInput, IndicatorInput, Parameters, Status } from '../../src/engine/types';
import { assessOne, assessRows, codes, indicator, params } from './helpers';

type Row = Partial<IndicatorInput>;

/** An indicator whose final status is `status`, set through the expert column. */
function withStatus(status: Status, over: Row = {}): Row {
  const word = {
    met: 'Uppfyllt',
    partly_met: 'Delvis',
    not_met: 'Ej uppfyllt',
    not_assessed: 'Grå',
  };
  return { rule: 'manual', expertStatus: word[status], ...over };
}

function goalRow(goal: string, over: Partial<GoalInput> = {}): GoalInput {
  return {
    sheet: 'Mål',
    row: 2,
    goal,
    focusArea: null,
    expertStatus: null,
    analysis: null,
    cells: { goal: 'A2' },
    ...over,
  };
}

function pace(b: number, yb: number, a: number, ya: number, t: number, yt: number): Row {
  return {
    rule: 'pace',
    baseline: b,
    baselineYear: yb,
    actual: a,
    actualYear: ya,
    target: t,
    targetYear: yt,
  };
}

describe('§2 direction', () => {
  test('"if not given and b, t are both present with t ≠ b, then d = sign(t − b)": +1', () => {
    // d = +1, f = (15 − 10) / (20 − 10) = 0.5 < 0.8 → not_met, and no problem.
    const r = assessOne({ actual: 15, baseline: 10, target: 20 });
    expect(r.result.fulfilment).toBeCloseTo(0.5, 12);
    expect(r.result.status).toBe('not_met');
    expect(r.problems).toEqual([]);
  });

  test('"otherwise the direction is unknown": t = b gives no direction', () => {
    const r = assessOne({ actual: 5, baseline: 5, target: 5 });
    expect(r.result.status).toBe('not_assessed');
    expect(codes(r.problems)).toEqual(['missing_direction']);
    expect(svText(r.problems[0])).toMatch(/^Önskad riktning saknas/);
  });

  test('"every rule except manual give not_assessed": comparison and pace too', () => {
    const comparison = assessOne({ actual: 5, comparison: 4 });
    expect(comparison.result.rule).toBe('comparison');
    expect(comparison.result.status).toBe('not_assessed');
    expect(codes(comparison.problems)).toEqual(['missing_direction']);
    // With t = b no direction can be inferred.
    const held = assessOne(pace(60, 2015, 66, 2022, 60, 2030));
    expect(held.result.status).toBe('not_assessed');
    expect(held.result.paceRatio).toBeNull();
    expect(codes(held.problems)).toEqual(['missing_direction']);
  });
});

describe('§3 missing values', () => {
  test('"a problem that names the missing value": both the actual and the previous are named', () => {
    const r = assessOne({ rule: 'trend', direction: 1 });
    expect(r.result.status).toBe('not_assessed');
    expect(codes(r.problems)).toEqual(['missing_actual', 'missing_previous']);
  });
});

describe('§3.1 target: the cases of f', () => {
  test('"else f is null": d = +1 with t ≤ 0', () => {
    // Not reached: +1·(−6 − (−5)) = −1 < 0; t = −5 is not > 0, so f is null → not_met.
    const r = assessOne({ actual: -6, target: -5, direction: 1 }).result;
    expect(r.fulfilment).toBeNull();
    expect(r.status).toBe('not_met');
  });

  test('"d = −1, a > 0 and t ≥ 0": a = 0 gives f null, but 0 reaches the target 2', () => {
    // reached ⇔ −1·(0 − 2) = 2 ≥ 0.
    const r = assessOne({ actual: 0, target: 2, direction: -1 }).result;
    expect(r.status).toBe('met');
    expect(r.fulfilment).toBeNull();
  });

  test('"d = −1, a > 0 and t ≥ 0": a negative target gives f null', () => {
    // Not reached: −1·(1 − (−1)) = −2 < 0.
    const r = assessOne({ actual: 1, target: -1, direction: -1 }).result;
    expect(r.fulfilment).toBeNull();
    expect(r.status).toBe('not_met');
  });

  test('"if b is present and d·(t − b) > 0" comes before a / t', () => {
    // (90 − 50) / (100 − 50) = 0.8, where a / t would be 0.9.
    const r = assessOne({ actual: 90, baseline: 50, target: 100, direction: 1 }).result;
    expect(r.fulfilment).toBeCloseTo(0.8, 12);
  });
});

describe('§3.3 comparison: f', () => {
  test('"f = a / c when d = +1, c > 0, a ≥ 0": a = 0 gives f = 0', () => {
    // g = (0 − 100) / 100 = −1 < −0.05 → not_met.
    const r = assessOne({ actual: 0, comparison: 100, direction: 1 }).result;
    expect(r.fulfilment).toBe(0);
    expect(r.status).toBe('not_met');
  });

  test('"f = c / a when d = −1, a > 0, c ≥ 0": a = 0 gives f null', () => {
    // g = −1·(0 − 5) / 5 = 1 ≥ 0 → met.
    const r = assessOne({ actual: 0, comparison: 5, direction: -1 }).result;
    expect(r.status).toBe('met');
    expect(r.fulfilment).toBeNull();
  });
});

describe('§3.4 pace: the order of the checks', () => {
  test('"If d·(t − b) < 0 … not_assessed" holds before "reached → met"', () => {
    // −1·(20 − 10) < 0; the actual 5 would reach 20 with lower better.
    const r = assessOne({ ...pace(10, 2015, 5, 2020, 20, 2030), direction: -1 });
    expect(r.result.status).toBe('not_assessed');
    expect(r.result.fulfilment).toBeNull();
    expect(r.result.paceRatio).toBeNull();
    expect(codes(r.problems)).toEqual(['direction_contradiction']);
  });

  test('"reached → met" before the values ≤ 0 check; R null, f with the original values', () => {
    // Reached: 12 ≥ 10. b = −5 leaves R uncomputable; f = (12 + 5) / (10 + 5) = 17/15.
    const r = assessOne({ ...pace(-5, 2015, 12, 2020, 10, 2030), direction: 1 });
    expect(r.result.status).toBe('met');
    expect(r.result.paceRatio).toBeNull();
    expect(r.result.fulfilment).toBeCloseTo(17 / 15, 12);
    expect(r.problems).toEqual([]);
  });

  test('"if t = b … not reached → not_met" comes before the values ≤ 0 check', () => {
    // b = t = 0, a = −1, higher better: not reached, and the ambition was to hold 0.
    const r = assessOne({ ...pace(0, 2015, -1, 2020, 0, 2030), direction: 1 });
    expect(r.result.status).toBe('not_met');
    expect(r.result.fulfilment).toBeNull();
    expect(r.result.paceRatio).toBeNull();
    expect(r.problems).toEqual([]);
  });

  test('"a base or target value of 0 is replaced by 0.001": the actual is not', () => {
    const r = assessOne({ ...pace(5, 2015, 0, 2020, 10, 2030), direction: 1 });
    expect(r.result.status).toBe('not_assessed');
    expect(codes(r.problems)).toEqual(['pace_nonpositive']);
  });

  test('"R ≥ 0" is a threshold of §3.7: R within 1e-9 below 0 is "Otillräckliga framsteg"', () => {
    // cagrActual = (59.99999999999 / 60) − 1 ≈ −1.67e-13, cagrRequired = (80/60)^(1/8) − 1 ≈ 0.0366:
    // R ≈ −4.6e-12, which §3.7 reads as R ≥ 0 (R ≥ −1e-9).
    const barely = assessOne({ ...pace(60, 2015, 60 - 1e-11, 2016, 80, 2023), direction: 1 });
    expect(barely.result.status).toBe('not_met');
    expect(barely.result.paceRatio as number).toBeLessThan(0);
    expect(barely.result.paceRatio as number).toBeGreaterThan(-1e-9);
    expect(barely.result.reason).toMatch(/^Otillräckliga framsteg: /);
    // 60 − 1e-8 gives R ≈ −4.6e-9 < −1e-9: away from the target.
    const away = assessOne({ ...pace(60, 2015, 60 - 1e-8, 2016, 80, 2023), direction: 1 });
    expect(away.result.reason).toMatch(/^Utvecklingen går åt fel håll: /);
  });
});

describe('§3.7 the coverage share and S allow for floating point', () => {
  const oneOfThree = [withStatus('met'), withStatus('not_assessed'), withStatus('not_assessed')];

  test('"x ≥ θ means x ≥ θ − 1e-9" for ranked / all', () => {
    // 1/3 ≥ (1/3 + 0.5e-9) − 1e-9 holds; 1/3 ≥ (1/3 + 2e-9) − 1e-9 does not.
    expect(assessRows(oneOfThree, { minCoverage: 1 / 3 + 0.5e-9 }).goals[0].status).toBe('met');
    expect(assessRows(oneOfThree, { minCoverage: 1 / 3 + 2e-9 }).goals[0].status).toBe(
      'not_assessed',
    );
  });

  test('"x ≥ θ means x ≥ θ − 1e-9" for S', () => {
    // S = (1 + 0.5) / 2 = 0.75.
    const rows = [withStatus('met'), withStatus('partly_met')];
    expect(assessRows(rows, { goalMetAt: 0.75 + 0.5e-9 }).goals[0].status).toBe('met');
    expect(assessRows(rows, { goalMetAt: 0.75 + 2e-9 }).goals[0].status).toBe('partly_met');
  });
});

describe('§4 trend', () => {
  test('"With a and p present": no actual, no trend', () => {
    expect(assessOne({ previous: 4, target: 3, direction: -1 }).result.trend).toBeNull();
  });
});

describe('§5 points: "S = Σ w·points / Σ w" for any weights > 0', () => {
  test('S is exactly Σ w·points / Σ w, summed in row order, for ordinary weights', () => {
    const POINTS = { met: 1, partly_met: 0.5, not_met: 0 };
    const member = fc.record({
      status: fc.constantFrom<keyof typeof POINTS>('met', 'partly_met', 'not_met'),
      weight: fc.double({ min: 1e-6, max: 1e6, noNaN: true }).filter((w) => w > 0),
    });
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 10 }), (members) => {
        let weighted = 0;
        let weights = 0;
        for (const m of members) {
          weighted += m.weight * POINTS[m.status];
          weights += m.weight;
        }
        const rows = members.map((m) => withStatus(m.status, { weight: m.weight }));
        expect(assessRows(rows).goals[0].score).toBe(weighted / weights);
      }),
      { numRuns: 300 },
    );
  });

  test('large weights keep their proportions', () => {
    // S = 1e101 / (1e101 + 1e100) = 10/11 ≈ 0.909 ≥ 0.8 → met.
    const g = assessRows([
      withStatus('met', { weight: 1e101 }),
      withStatus('not_met', { weight: 1e100 }),
    ]).goals[0];
    expect(g.score).toBeCloseTo(10 / 11, 12);
    expect(g.status).toBe('met');
  });

  test('small weights keep their proportions', () => {
    // S = 1e-101 / (1e-101 + 1e-100) = 1/11 ≈ 0.091 < 0.5 → not_met.
    const g = assessRows([
      withStatus('met', { weight: 1e-101 }),
      withStatus('not_met', { weight: 1e-100 }),
    ]).goals[0];
    expect(g.score).toBeCloseTo(1 / 11, 12);
    expect(g.status).toBe('not_met');
  });

  test('weights whose sum passes the largest double still give S', () => {
    // S = (1.5 + 1.5) / (1.5 + 1.5 + 1) = 0.75 → partly_met.
    const g = assessRows([
      withStatus('met', { weight: 1.5e308 }),
      withStatus('met', { weight: 1.5e308 }),
      withStatus('not_met', { weight: 1e308 }),
    ]).goals[0];
    expect(g.score).toBeCloseTo(0.75, 12);
    expect(g.status).toBe('partly_met');
  });

  test('the smallest weight there is still weighs: one partly met indicator is S = 0.5', () => {
    const g = assessRows([withStatus('partly_met', { weight: Number.MIN_VALUE })]).goals[0];
    expect(g.score).toBe(0.5);
    expect(g.status).toBe('partly_met');
  });
});

describe('§5 goals, focus areas, owners and the whole', () => {
  test('"an expert status for a goal … overrides … as in 3.6": an equal status is overridden', () => {
    const out = assess({
      indicators: [indicator(withStatus('met', { goal: 'G1' }))],
      goals: [goalRow('G1', { expertStatus: 'Grön' })],
      parameters: params(),
    });
    expect(out.goals[0]).toMatchObject({ status: 'met', computedStatus: 'met', overridden: true });
  });

  test('"the counts of a focus area … are of their goals\' final statuses"', () => {
    const out = assess({
      indicators: [indicator(withStatus('met', { goal: 'G1', focusArea: 'A' }))],
      goals: [goalRow('G1', { expertStatus: 'Röd' })],
      parameters: params(),
    });
    expect(out.focusAreas[0].counts).toEqual({
      met: 0,
      partly_met: 0,
      not_met: 1,
      not_assessed: 0,
    });
    expect(out.focusAreas[0].status).toBe('not_met');
    expect(out.overall.counts).toEqual({ met: 0, partly_met: 0, not_met: 1, not_assessed: 0 });
  });

  test('"A focus area applies the same rule … (coverage as above)"', () => {
    // One of three goals ranked: 1/3 < 0.5 → not_assessed, with S = 1 still given.
    const out = assess({
      indicators: [indicator(withStatus('met', { goal: 'G1', focusArea: 'A' }))],
      goals: [goalRow('G2', { focusArea: 'a' }), goalRow('G3', { focusArea: ' A ' })],
      parameters: params(),
    });
    expect(out.focusAreas).toHaveLength(1);
    expect(out.focusAreas[0]).toMatchObject({ name: 'A', status: 'not_assessed', score: 1 });
    expect(out.overall).toMatchObject({ status: 'not_assessed', score: 1 });
  });

  test('"so does the whole workbook, over all goals", "(Utan mål)" included, under worstTwo', () => {
    const a = assessRows(
      [withStatus('met', { goal: 'G1' }), withStatus('not_met', { goal: null })],
      { goalRule: 'worstTwo' },
    );
    expect(a.goals.map((g) => g.name)).toEqual(['G1', '(Utan mål)']);
    expect(a.overall).toMatchObject({ status: 'partly_met', score: null });
  });

  test('"Its focus area comes from a Fokusområde column of that table": the activity table', () => {
    const out = assess({
      indicators: [],
      activities: [
        {
          sheet: 'Aktiviteter',
          row: 2,
          goal: 'Nytt mål',
          focusArea: 'Miljö',
          activity: 'Plantera träd',
          status: 'Genomförd',
          cells: { goal: 'A2', focusArea: 'B2', activity: 'C2' },
        },
      ],
      parameters: params(),
    });
    expect(out.goals[0]).toMatchObject({ name: 'Nytt mål', focusArea: 'Miljö' });
    expect(out.goals[0].counts).toEqual({ met: 0, partly_met: 0, not_met: 0, not_assessed: 0 });
    expect(out.focusAreas.map((f) => f.name)).toEqual(['Miljö']);
  });

  test('"An owner\'s status applies the goal rule directly … (with their weights and coverage)"', () => {
    const a = assessRows([
      withStatus('met', { owner: 'Kultur' }),
      withStatus('not_assessed', { owner: 'Kultur' }),
      withStatus('not_assessed', { owner: 'Kultur' }),
    ]);
    expect(a.owners[0]).toMatchObject({ name: 'Kultur', status: 'not_assessed', score: 1 });
    expect(a.owners[0].counts).toEqual({ met: 1, partly_met: 0, not_met: 0, not_assessed: 2 });
  });

  test("owners under worstTwo: the two lowest of the owner's indicators", () => {
    const a = assessRows(
      [
        withStatus('met', { owner: 'Skola', goal: 'G1' }),
        withStatus('not_met', { owner: 'Skola', goal: 'G2' }),
        withStatus('not_met', { owner: 'Skola', goal: 'G3' }),
      ],
      { goalRule: 'worstTwo' },
    );
    expect(a.owners[0]).toMatchObject({ status: 'not_met', score: null });
  });
});

describe('§6 parameters', () => {
  const NUMERIC: [keyof Parameters, number][] = [
    ['partlyAt', 1],
    ['trendBand', 1],
    ['comparisonBand', 1],
    ['paceOnTrack', 2],
    ['paceModerate', 2],
    ['goalMetAt', 1],
    ['goalPartlyAt', 1],
    ['minCoverage', 1],
  ];

  test('"A missing sheet or key means the default"', () => {
    expect(validateParameters({})).toEqual({ parameters: DEFAULT_PARAMETERS, invalid: [] });
    expect(DEFAULT_PARAMETERS).toEqual({
      partlyAt: 0.8,
      trendBand: 0.01,
      comparisonBand: 0.05,
      paceOnTrack: 0.95,
      paceModerate: 0.6,
      goalRule: 'points',
      goalMetAt: 0.8,
      goalPartlyAt: 0.5,
      minCoverage: 0.5,
    });
  });

  test.each(NUMERIC)('%s: 0 and %d are allowed', (key, max) => {
    // The pairs' partners are set so that the pair stays in order.
    const partner = { paceModerate: 0, paceOnTrack: 2, goalPartlyAt: 0, goalMetAt: 1 };
    for (const value of [0, max]) {
      const out = validateParameters({ ...partner, [key]: value });
      expect(out.invalid).toEqual([]);
      expect(out.parameters[key]).toBe(value);
    }
  });

  test.each(NUMERIC)('%s: below 0 or above %d is a problem and the default is used', (key, max) => {
    for (const value of [-0.01, max + 0.01, NaN, '0,5']) {
      const out = validateParameters({ [key]: value });
      expect(out.invalid.map((i) => i.key)).toEqual([key]);
      expect(out.parameters[key]).toBe(DEFAULT_PARAMETERS[key]);
    }
  });

  test.each([
    ['paceModerate', 'paceOnTrack', 0.9, 0.7],
    ['goalPartlyAt', 'goalMetAt', 0.7, 0.6],
  ] as const)('"for a pair out of order, both defaults": %s > %s', (low, high, lo, hi) => {
    const out = validateParameters({ [low]: lo, [high]: hi });
    expect(out.parameters[low]).toBe(DEFAULT_PARAMETERS[low]);
    expect(out.parameters[high]).toBe(DEFAULT_PARAMETERS[high]);
    expect(out.invalid).toHaveLength(1);
    // Equal is in order ("≤").
    const equal = validateParameters({ [low]: hi, [high]: hi });
    expect(equal.invalid).toEqual([]);
    expect(equal.parameters[low]).toBe(hi);
  });

  test('"points (poäng) or worstTwo (två sämsta)"', () => {
    expect(validateParameters({ goalRule: 'Poäng' }).parameters.goalRule).toBe('points');
    expect(validateParameters({ goalRule: 'Två sämsta' }).parameters.goalRule).toBe('worstTwo');
    expect(validateParameters({ goalRule: 'worstTwo' }).parameters.goalRule).toBe('worstTwo');
    const bad = validateParameters({ goalRule: 'median' });
    expect(bad.parameters.goalRule).toBe('points');
    expect(bad.invalid.map((i) => i.key)).toEqual(['goalRule']);
  });

  test('the engine itself judges with the defaults of values that are not allowed', () => {
    const out = assess({
      indicators: [],
      parameters: { ...DEFAULT_PARAMETERS, partlyAt: 1.5, goalPartlyAt: 0.9, goalMetAt: 0.7 },
    });
    expect(out.parameters).toEqual(DEFAULT_PARAMETERS);
  });
});
