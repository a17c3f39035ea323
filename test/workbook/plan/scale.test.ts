import { buildPlan } from '../../../src/workbook/plan';
import type { Status } from '../../../src/engine/types';
import {
  assessmentOf,
  found,
  OPTIONS,
  range,
  readOf,
  result,
  setCell,
  sheet,
  workbook,
} from './helpers';

describe('a large workbook', () => {
  it('plans 50,000 consecutive indicators in one block besides the header and few style ranges', () => {
    const n = 50_000;
    const s = sheet('Stor', [['Indikator', 'Utfall 2024']]);
    const statuses: Status[] = ['met', 'partly_met', 'not_met', 'not_assessed'];
    const rows: number[] = [];
    const results = [];
    for (let i = 0; i < n; i++) {
      const row = i + 2;
      setCell(s, row, 1, `Indikator ${i}`);
      setCell(s, row, 2, i);
      rows.push(row);
      // Long runs of one status, as when a table is sorted by assessment.
      results.push(result('Stor', row, { status: statuses[Math.floor(i / 12_500)] }));
    }
    const t = found('Stor', range(1, 1, n + 1, 2), rows);
    const { plan } = buildPlan(workbook([s]), readOf([t]), assessmentOf(results), OPTIONS);
    const blocks = plan.values.filter((b) => b.sheet === 'Stor');
    expect(blocks.map((b) => [b.top, b.values.length])).toEqual([
      [1, 1],
      [2, n],
    ]);
    const block = blocks[1];
    expect(block.values[n - 1]).toEqual(['▲ Kan inte bedömas', null, 1, 'Skäl för rad 50001.']);
    const statusRanges = plan.styles
      .filter((r) => r.sheet === 'Stor' && r.style.fill)
      .flatMap((r) => r.ranges);
    expect(statusRanges).toHaveLength(4);
  });
});
