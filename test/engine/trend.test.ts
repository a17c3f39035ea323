import { svText } from '../support/problem-text';
import { assessOne, codes } from './helpers';

describe('§3.2 trend (Förbättring)', () => {
  const rule = 'trend' as const;

  test('a change of exactly trendBand is unchanged; 2e-9 beyond it counts', () => {
    const at = (actual: number) => assessOne({ rule, actual, previous: 100, direction: 1 }).result;
    expect(at(101).status).toBe('partly_met');
    expect(at(101 + 0.5e-7).status).toBe('partly_met');
    expect(at(101 + 2e-7).status).toBe('met');
    expect(at(99).status).toBe('partly_met');
    expect(at(99 - 0.5e-7).status).toBe('partly_met');
    expect(at(99 - 2e-7).status).toBe('not_met');
  });

  test('lower is better: a fall is an improvement', () => {
    const r = assessOne({ rule, actual: 4.1, previous: 4.5, direction: -1 }).result;
    expect(r.status).toBe('met');
    expect(r.trend).toBe('improved');
    expect(r.fulfilment).toBeNull();
  });

  test('a previous value of 0: the sign of the actual decides', () => {
    const at = (actual: number, direction: 1 | -1) =>
      assessOne({ rule, actual, previous: 0, direction }).result.status;
    expect(at(3, 1)).toBe('met');
    expect(at(-3, 1)).toBe('not_met');
    expect(at(0, 1)).toBe('partly_met');
    expect(at(3, -1)).toBe('not_met');
  });

  test('a negative previous value is divided by its absolute value', () => {
    expect(assessOne({ rule, actual: -5, previous: -10, direction: 1 }).result.status).toBe('met');
  });

  test('missing previous: not assessed, "Föregående utfall saknas"', () => {
    const r = assessOne({
      rule,
      actual: 5,
      direction: 1,
      cells: { indicator: 'A2', previous: 'G2' },
    });
    expect(r.result.status).toBe('not_assessed');
    expect(r.problems[0]).toMatchObject({ code: 'missing_previous', cell: 'G2' });
    expect(svText(r.problems[0])).toMatch(/^Föregående utfall saknas/);
  });

  test('unknown direction: not assessed', () => {
    const r = assessOne({ rule, actual: 5, previous: 4 });
    expect(r.result.status).toBe('not_assessed');
    expect(codes(r.problems)).toEqual(['missing_direction']);
  });
});

describe('§4 trend of every indicator', () => {
  test('shown for other rules too, in better/worse terms', () => {
    const r = assessOne({ actual: 4.1, previous: 4.5, target: 3, direction: -1 }).result;
    expect(r.rule).toBe('target');
    expect(r.trend).toBe('improved');
    expect(assessOne({ actual: 4.9, previous: 4.5, target: 3, direction: -1 }).result.trend).toBe(
      'worsened',
    );
    expect(assessOne({ actual: 4.5, previous: 4.5, target: 3, direction: -1 }).result.trend).toBe(
      'unchanged',
    );
  });

  test('null without a previous value or without a direction', () => {
    expect(assessOne({ actual: 4, target: 3, direction: -1 }).result.trend).toBeNull();
    expect(assessOne({ actual: 4, previous: 3, rule: 'manual' }).result.trend).toBeNull();
  });

  test('uses the direction inferred from baseline and target', () => {
    expect(assessOne({ actual: 4, previous: 5, baseline: 6, target: 3 }).result.trend).toBe(
      'improved',
    );
  });
});
