import { buildPlan } from '../../../src/workbook/plan';
import {
  assessmentOf,
  found,
  OPTIONS,
  range,
  readOf,
  result,
  sheet,
  styleAt,
  valueAt,
  workbook,
} from './helpers';

// A plain table at A1:C6: header row 1, indicators on rows 2, 3, 4 and 6, row 5 empty.
const grid = [
  ['Indikator', 'Mål', 'Utfall 2024'],
  ['Sjukfrånvaro', 'Mål 1', 5],
  ['Nöjdhet', 'Mål 1', 70],
  ['Kostnad', 'Mål 2', 100],
  [null, null, null],
  ['Väntetid', 'Mål 2', 12],
];
const snapshot = workbook([sheet('Mål', grid)]);
const table = found('Mål', range(1, 1, 6, 3), [2, 3, 4, 6]);
const results = [
  result('Mål', 2, { status: 'met', trend: 'improved', fulfilment: 0.9, reason: 'Bra.' }),
  result('Mål', 3, {
    status: 'partly_met',
    overridden: true,
    trend: 'unchanged',
    fulfilment: null,
  }),
  result('Mål', 4, { status: 'not_met', trend: 'worsened', fulfilment: 0.25 }),
  result('Mål', 6, { status: 'not_assessed', trend: null, fulfilment: null }),
];

function plan(lang: 'sv' | 'en' = 'sv', rs = results) {
  return buildPlan(snapshot, readOf([table]), assessmentOf(rs), { ...OPTIONS, lang }).plan;
}

describe('the four columns beside a plain table', () => {
  it('writes the Swedish headers in bold immediately right of the table', () => {
    const p = plan();
    expect([4, 5, 6, 7].map((c) => valueAt(p, 'Mål', 1, c))).toEqual([
      'Bedömning',
      'Trend',
      'Måluppfyllelse',
      'Motivering',
    ]);
    for (const c of [4, 5, 6, 7]) expect(styleAt(p, 'Mål', 1, c).bold).toBe(true);
    expect(valueAt(p, 'Mål', 1, 3)).toBeUndefined();
    expect(valueAt(p, 'Mål', 1, 8)).toBeUndefined();
  });

  it('writes the English headers and labels with lang en', () => {
    const p = plan('en');
    expect([4, 5, 6, 7].map((c) => valueAt(p, 'Mål', 1, c))).toEqual([
      'Assessment',
      'Trend',
      'Fulfilment',
      'Reason',
    ]);
    expect(valueAt(p, 'Mål', 2, 4)).toBe('● Met');
    expect(valueAt(p, 'Mål', 3, 4)).toBe('◆ Partly met (expert)');
    expect(valueAt(p, 'Mål', 2, 5)).toBe('↑ Improved');
  });

  it('writes symbol and label with the fill and text colour of each status (§1)', () => {
    const p = plan();
    const expected: [number, string, string, string][] = [
      [2, '● Uppfyllt', '#C6EFCE', '#006100'],
      [3, '◆ Delvis uppfyllt (sakkunnig)', '#FFEB9C', '#9C5700'],
      [4, '■ Ej uppfyllt', '#FFC7CE', '#9C0006'],
      [6, '▲ Kan inte bedömas', '#EDEDED', '#595959'],
    ];
    for (const [row, text, fill, fontColor] of expected) {
      expect(valueAt(p, 'Mål', row, 4)).toBe(text);
      expect(styleAt(p, 'Mål', row, 4)).toMatchObject({ fill, fontColor });
    }
  });

  it('writes the trend with the fill of met, partly met and not met, and nothing without a trend', () => {
    const p = plan();
    expect(valueAt(p, 'Mål', 2, 5)).toBe('↑ Förbättrad');
    expect(styleAt(p, 'Mål', 2, 5)).toMatchObject({ fill: '#C6EFCE', fontColor: '#006100' });
    expect(valueAt(p, 'Mål', 3, 5)).toBe('→ Oförändrad');
    expect(styleAt(p, 'Mål', 3, 5)).toMatchObject({ fill: '#FFEB9C', fontColor: '#9C5700' });
    expect(valueAt(p, 'Mål', 4, 5)).toBe('↓ Försämrad');
    expect(styleAt(p, 'Mål', 4, 5)).toMatchObject({ fill: '#FFC7CE', fontColor: '#9C0006' });
    expect(valueAt(p, 'Mål', 6, 5)).toBeNull();
    expect(styleAt(p, 'Mål', 6, 5).fill).toBeUndefined();
  });

  it('writes fulfilment as a number formatted 0 %, and null where it is null', () => {
    const p = plan();
    expect(valueAt(p, 'Mål', 2, 6)).toBe(0.9);
    expect(valueAt(p, 'Mål', 4, 6)).toBe(0.25);
    expect(styleAt(p, 'Mål', 2, 6).numFmt).toBe('0 %');
    expect(valueAt(p, 'Mål', 3, 6)).toBeNull();
    expect(valueAt(p, 'Mål', 6, 6)).toBeNull();
  });

  it('writes the reason as text and leaves rows without an indicator unwritten', () => {
    const p = plan();
    expect(valueAt(p, 'Mål', 2, 7)).toBe('Bra.');
    expect([4, 5, 6, 7].map((c) => valueAt(p, 'Mål', 5, c))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('matches results to rows by sheet and row, whatever their order', () => {
    const p = plan('sv', [...results].reverse());
    expect(valueAt(p, 'Mål', 2, 7)).toBe('Bra.');
    expect(valueAt(p, 'Mål', 4, 4)).toBe('■ Ej uppfyllt');
  });

  it('keeps text that looks like a formula a plain string', () => {
    for (const reason of ['=SUM(A1:A3)', '+1', '-2', '@x']) {
      const p = plan('sv', [result('Mål', 2, { reason })]);
      expect(valueAt(p, 'Mål', 2, 7)).toBe(reason);
    }
  });

  it("cuts text to Excel's 32,767 characters", () => {
    const p = plan('sv', [result('Mål', 2, { reason: 'x'.repeat(40_000) })]);
    expect(valueAt(p, 'Mål', 2, 7)).toBe('x'.repeat(32_767));
  });

  it('sets sensible widths for the four columns', () => {
    const widths = plan().columnWidths.filter((w) => w.sheet === 'Mål');
    expect(widths.map((w) => w.col)).toEqual([4, 5, 6, 7]);
    expect(widths[3].width).toBeGreaterThan(widths[0].width);
  });

  it('groups cells of one style in a column into one range', () => {
    const same = [2, 3, 4, 5, 6].map((row) => result('Mål', row, { status: 'met' }));
    const t = found('Mål', range(1, 1, 6, 3), [2, 3, 4, 5, 6]);
    const p = buildPlan(snapshot, readOf([t]), assessmentOf(same), OPTIONS).plan;
    const met = p.styles.find((s) => s.sheet === 'Mål' && s.style.fill === '#C6EFCE');
    expect(met?.ranges).toEqual([range(2, 4, 6, 4)]);
  });
});
