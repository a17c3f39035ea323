import { StyleCollector } from '../../../src/workbook/plan/styles';
import { range } from './helpers';

describe('grouping styles', () => {
  it('merges contiguous cells of one style in a column and keeps gaps apart', () => {
    const c = new StyleCollector();
    for (const row of [2, 3, 4, 7, 8]) c.cell('S', { fill: '#C6EFCE' }, row, 4);
    c.cell('S', { fill: '#C6EFCE' }, 3, 5);
    expect(c.runs()).toEqual([
      {
        sheet: 'S',
        style: { fill: '#C6EFCE' },
        ranges: [range(2, 4, 4, 4), range(7, 4, 8, 4), range(3, 5, 3, 5)],
      },
    ]);
  });

  it('keeps styles and sheets apart', () => {
    const c = new StyleCollector();
    c.cell('S', { fill: '#C6EFCE' }, 1, 1);
    c.cell('S', { fill: '#FFC7CE' }, 2, 1);
    c.cell('T', { fill: '#C6EFCE' }, 2, 1);
    c.cell('S', { fill: '#C6EFCE' }, 3, 1);
    expect(c.runs().map((r) => [r.sheet, r.style.fill, r.ranges.length])).toEqual([
      ['S', '#C6EFCE', 2],
      ['S', '#FFC7CE', 1],
      ['T', '#C6EFCE', 1],
    ]);
  });
});
