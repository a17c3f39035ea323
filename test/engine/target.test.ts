import { svText } from '../support/problem-text';
import { assessOne, codes } from './helpers';

describe('§3.1 target (Målvärde)', () => {
  test('reached exactly at the target is met, in both directions', () => {
    expect(assessOne({ actual: 80, target: 80, direction: 1 }).result.status).toBe('met');
    expect(assessOne({ actual: 5, target: 5, direction: -1 }).result.status).toBe('met');
    expect(assessOne({ actual: 5.000001, target: 5, direction: -1 }).result.status).not.toBe('met');
  });

  test('fulfilment from the baseline: exactly partlyAt is partly met, 2e-9 below is not', () => {
    const base = { baseline: 0, target: 10, direction: 1 as const };
    const at = assessOne({ ...base, actual: 8 }).result;
    expect(at.fulfilment).toBeCloseTo(0.8, 12);
    expect(at.status).toBe('partly_met');
    expect(assessOne({ ...base, actual: 8 - 0.5e-8 }).result.status).toBe('partly_met');
    expect(assessOne({ ...base, actual: 8 - 2e-8 }).result.status).toBe('not_met');
  });

  test('the partly threshold is a parameter', () => {
    const row = { baseline: 0, target: 10, direction: 1 as const, actual: 6 };
    expect(assessOne(row).result.status).toBe('not_met');
    expect(assessOne(row, { partlyAt: 0.6 }).result.status).toBe('partly_met');
  });

  test('share of the way with a decreasing target', () => {
    const r = assessOne({ actual: 7.5, baseline: 8, target: 5, direction: -1 }).result;
    expect(r.fulfilment).toBeCloseTo(1 / 6, 12);
    expect(r.status).toBe('not_met');
  });

  test('without a baseline: a / t when higher is better, t / a when lower is better', () => {
    const up = assessOne({ actual: 80, target: 100, direction: 1 }).result;
    expect(up.fulfilment).toBeCloseTo(0.8, 12);
    expect(up.status).toBe('partly_met');
    const down = assessOne({ actual: 5, target: 4, direction: -1 }).result;
    expect(down.fulfilment).toBeCloseTo(0.8, 12);
    expect(down.status).toBe('partly_met');
  });

  test('a zero baseline is a baseline like any other', () => {
    const r = assessOne({ actual: 5, baseline: 0, target: 10, direction: 1 }).result;
    expect(r.fulfilment).toBeCloseTo(0.5, 12);
    expect(r.status).toBe('not_met');
  });

  test('a target of 0: fulfilment t / a = 0 when lower is better; null for a negative actual', () => {
    const down = assessOne({ actual: 2, target: 0, direction: -1 }).result;
    expect(down.fulfilment).toBe(0);
    expect(down.status).toBe('not_met');
    const up = assessOne({ actual: -2, target: 0, direction: 1 }).result;
    expect(up.fulfilment).toBeNull();
    expect(up.status).toBe('not_met');
  });

  test('the direction is taken from baseline and target when not given', () => {
    const r = assessOne({ actual: 6, baseline: 10, target: 5 });
    expect(r.result.fulfilment).toBeCloseTo(0.8, 12);
    expect(r.result.status).toBe('partly_met');
    expect(r.problems).toEqual([]);
  });

  test('missing actual: not assessed, warning at the actual cell', () => {
    const r = assessOne({ target: 5, direction: 1, cells: { indicator: 'A2', actual: 'F2' } });
    expect(r.result.status).toBe('not_assessed');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      code: 'missing_actual',
      cell: 'F2',
      severity: 'warning',
    });
    expect(svText(r.problems[0])).toMatch(/^Utfall saknas/);
  });

  test('missing target under a given rule: warning at the target cell, else at the indicator', () => {
    const withColumn = assessOne({
      actual: 5,
      direction: 1,
      rule: 'target',
      cells: { indicator: 'A2', target: 'E2' },
    });
    expect(withColumn.result.status).toBe('not_assessed');
    expect(withColumn.problems[0]).toMatchObject({ code: 'missing_target', cell: 'E2' });
    expect(svText(withColumn.problems[0])).toMatch(/^Målvärde saknas/);
    const without = assessOne({ actual: 5, direction: 1, rule: 'target' });
    expect(without.problems[0]).toMatchObject({ code: 'missing_target', cell: 'A2' });
    expect(svText(without.problems[0])).toContain('Lägg till en kolumn Målvärde');
  });

  test('unknown direction: not assessed with "Önskad riktning saknas"', () => {
    const r = assessOne({ actual: 5, target: 6, cells: { indicator: 'A2', direction: 'C2' } });
    expect(r.result.status).toBe('not_assessed');
    expect(r.result.reason).toBe('Kan inte bedömas: önskad riktning saknas.');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'missing_direction', cell: 'C2' });
    expect(svText(r.problems[0])).toMatch(/^Önskad riktning saknas/);
  });

  test('a direction contradicting baseline and target: warning, status still computed', () => {
    const r = assessOne({
      actual: 4.5,
      baseline: 10,
      target: 5,
      direction: 1,
      cells: { indicator: 'A2', direction: 'C2', target: 'E2' },
    });
    expect(codes(r.problems)).toEqual(['direction_contradiction']);
    expect(r.problems[0].cell).toBe('C2');
    expect(svText(r.problems[0])).toMatch(/^Riktningen stämmer inte med start- och målvärde/);
    // Not reached (4.5 < 5 with higher better); f falls back to a / t = 0.9.
    expect(r.result.fulfilment).toBeCloseTo(0.9, 12);
    expect(r.result.status).toBe('partly_met');
    const noDirectionCell = assessOne({
      actual: 4.5,
      baseline: 10,
      target: 5,
      direction: 1,
      cells: { indicator: 'A2', target: 'E2' },
    });
    expect(noDirectionCell.problems[0].cell).toBe('E2');
  });
});
