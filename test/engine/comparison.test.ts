import { svText } from '../support/problem-text';
import { assessOne } from './helpers';

describe('§3.3 comparison (Jämförelse)', () => {
  const at = (actual: number, comparison = 100, direction: 1 | -1 = 1) =>
    assessOne({ actual, comparison, direction }).result;

  test('inferred when there is a comparison value and no target', () => {
    expect(at(100).rule).toBe('comparison');
  });

  test('level with the comparison value is met; 2e-9 below is partly met', () => {
    expect(at(100).status).toBe('met');
    expect(at(100 - 0.5e-7).status).toBe('met');
    expect(at(100 - 2e-7).status).toBe('partly_met');
  });

  test('exactly comparisonBand below is partly met; 2e-9 more is not met', () => {
    expect(at(95).status).toBe('partly_met');
    expect(at(95 - 0.5e-7).status).toBe('partly_met');
    expect(at(95 - 2e-7).status).toBe('not_met');
    expect(at(90, 100, 1).status).toBe('not_met');
    expect(
      assessOne({ actual: 90, comparison: 100, direction: 1 }, { comparisonBand: 0.1 }).result
        .status,
    ).toBe('partly_met');
  });

  test('lower is better', () => {
    expect(at(105, 100, -1).status).toBe('partly_met');
    expect(at(99, 100, -1).status).toBe('met');
    expect(at(106, 100, -1).status).toBe('not_met');
  });

  test('a comparison value of 0: the sign of the actual decides', () => {
    expect(at(2, 0, 1).status).toBe('met');
    expect(at(0, 0, 1).status).toBe('met');
    expect(at(-2, 0, 1).status).toBe('not_met');
    expect(at(2, 0, -1).status).toBe('not_met');
  });

  test('fulfilment a / c or c / a, null where the signs do not allow it', () => {
    expect(at(96).fulfilment).toBeCloseTo(0.96, 12);
    expect(at(125, 100, -1).fulfilment).toBeCloseTo(0.8, 12);
    expect(at(-5, 100, 1).fulfilment).toBeNull();
    expect(at(5, -100, 1).fulfilment).toBeNull();
  });

  test('missing comparison value under the given rule', () => {
    const r = assessOne({ actual: 5, direction: 1, rule: 'comparison' });
    expect(r.result.status).toBe('not_assessed');
    expect(r.problems[0].code).toBe('missing_comparison');
    expect(svText(r.problems[0])).toMatch(/^Jämförelsevärde saknas/);
  });
});
