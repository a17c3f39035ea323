import { gt, gte, lt } from '../../src/engine/threshold';

describe('§3.7 tolerance', () => {
  test('x ≥ θ counts a value exactly at θ and within 1e-9 below it', () => {
    expect(gte(0.8, 0.8)).toBe(true);
    expect(gte(0.8 - 0.5e-9, 0.8)).toBe(true);
    expect(gte(0.8 - 2e-9, 0.8)).toBe(false);
    // The float sum that motivates the tolerance.
    expect(0.1 + 0.7 < 0.8).toBe(true);
    expect(gte(0.1 + 0.7, 0.8)).toBe(true);
  });

  test('x > θ needs more than 1e-9 above θ', () => {
    expect(gt(0.01, 0.01)).toBe(false);
    expect(gt(0.01 + 0.5e-9, 0.01)).toBe(false);
    expect(gt(0.01 + 2e-9, 0.01)).toBe(true);
  });

  test('x < θ needs more than 1e-9 below θ', () => {
    expect(lt(-0.01, -0.01)).toBe(false);
    expect(lt(-0.01 - 0.5e-9, -0.01)).toBe(false);
    expect(lt(-0.01 - 2e-9, -0.01)).toBe(true);
  });

  test('NaN never passes a threshold', () => {
    expect(gte(NaN, 0)).toBe(false);
    expect(gt(NaN, 0)).toBe(false);
    expect(lt(NaN, 0)).toBe(false);
  });
});
