/**
 * The payload budget against Microsoft's request builder: plans go through
 * the adapter into real Office.js requests. Per kind of write, the adapter's
 * estimate of a request is at least the real request; and large plans keep
 * every real request under 4.5 MB (Excel on the web refuses 5 MB).
 */
import { OfficeJsHost } from '../../../src/adapters/officejs';
import type { WritePlan } from '../../../src/workbook/plan/types';
import { realExcel } from '../../support/real-office-js';
import { buildPlan } from '../../../src/workbook/plan';
import {
  assessmentOf,
  found,
  OPTIONS,
  problem,
  range,
  readOf,
  sheet,
  workbook,
} from '../../workbook/plan/helpers';
import { assessmentPlan, emptyPlan } from './helpers';

const LIMIT = 4_500_000;
const HEAVY = 300_000;

function hostOn(real: ReturnType<typeof realExcel>, maxPayloadBytes?: number) {
  return new OfficeJsHost({ run: real.run, isSetSupported: () => true, maxPayloadBytes });
}

const N = 2_000;
const rows = Array.from({ length: N }, (_, i) => i);
const SHEET = 'Nämnd A';

const KINDS: Record<string, () => WritePlan> = {
  'one-cell values': () => ({
    ...emptyPlan(),
    values: rows.map((i) => ({ sheet: SHEET, top: 2 * i + 1, left: 3, values: [['x']] })),
  }),
  'values that need the text format': () => ({
    ...emptyPlan(),
    values: rows.map((i) => ({ sheet: SHEET, top: 2 * i + 1, left: 3, values: [['0,84', '(5)']] })),
  }),
  hyperlinks: () => ({
    ...emptyPlan(),
    links: rows.map((i) => ({
      sheet: SHEET,
      row: i + 1,
      col: 3,
      text: `B${i + 2}`,
      targetSheet: 'Kultur- och fritidsnämnden',
      targetCell: `B${i + 2}`,
    })),
  }),
  'styles, one range each': () => ({
    ...emptyPlan(),
    styles: rows.map((i) => ({
      sheet: SHEET,
      style: { fill: '#C6EFCE', fontColor: '#006100', bold: true, italic: false, wrap: true },
      ranges: [{ top: i + 1, left: 3, bottom: i + 1, right: 3 }],
    })),
  }),
  'number formats': () => ({
    ...emptyPlan(),
    styles: rows.map((i) => ({
      sheet: SHEET,
      style: { numFmt: '0 %' },
      ranges: [{ top: 2 * i + 1, left: 5, bottom: 2 * i + 1, right: 5 }],
    })),
  }),
  'column widths': () => ({
    ...emptyPlan(),
    columnWidths: rows.map((i) => ({ sheet: SHEET, col: (i % 16000) + 1, width: 12 })),
  }),
  clears: () => ({
    ...emptyPlan(),
    clear: rows.map((i) => ({
      sheet: SHEET,
      range: { top: i + 1, left: 3, bottom: i + 1, right: 6 },
    })),
  }),
  'new sheets': () => ({
    ...emptyPlan(),
    sheets: rows.slice(0, 200).map((i) => ({
      name: `Blad ${i}`,
      replaces: null,
      columnWidths: [10, 20, 30],
      freezeRows: 1,
    })),
  }),
  'a large block of text that needs the text format': () => ({
    ...emptyPlan(),
    values: [
      {
        sheet: SHEET,
        top: 1,
        left: 3,
        values: rows.map((i) => [`${i},5`, '(5)', i % 2 ? null : 'maj 2024', 'text']),
      },
    ],
  }),
  'table widenings': () => ({
    ...emptyPlan(),
    tables: rows.map((i) => ({
      sheet: SHEET,
      table: `Tabell${i}`,
      right: 8,
      headers: ['Bedömning', 'Trend', 'Måluppfyllelse', 'Motivering'],
    })),
  }),
};

describe.each(Object.entries(KINDS))('%s', (_, plan) => {
  it("the adapter's estimate of each request is at least the real request", async () => {
    const real = realExcel();
    const host = hostOn(real, 1_000_000);
    await host.apply(plan());
    expect(real.requests.length).toBe(host.estimates.length);
    real.requests.forEach((bytes, i) => expect(bytes).toBeLessThanOrEqual(host.estimates[i]));
  });
});

test('the marks: loading the names, then deleting and adding them, within the estimate', async () => {
  const real = realExcel();
  const host = hostOn(real, 1_000_000);
  const marks = rows.map((i) => ({
    name: `Malkoll_Kolumner_${i + 1}`,
    sheet: 'Kultur- och fritidsnämnden',
    range: { top: 1, left: 20, bottom: 60_000, right: 23 },
  }));
  await host.apply({ ...emptyPlan(), marks });
  await host.apply({ ...emptyPlan(), marks });
  expect(real.requests.length).toBe(host.estimates.length);
  real.requests.forEach((bytes, i) => expect(bytes).toBeLessThanOrEqual(host.estimates[i]));
});

test(
  '60,000 indicator rows: every real request under 4.5 MB',
  async () => {
    const real = realExcel();
    const host = hostOn(real);
    await host.apply(assessmentPlan(60_000, 20, 6));
    expect(real.requests.length).toBeGreaterThan(1);
    expect(Math.max(...real.requests)).toBeLessThan(LIMIT);
    real.requests.forEach((bytes, i) => expect(bytes).toBeLessThanOrEqual(host.estimates[i]));
  },
  HEAVY,
);

test(
  '20,000 problems on the summary, planned as an assessment plans them: every real request under 4.5 MB',
  async () => {
    const data = sheet('Data', [['Indikator', 'Utfall 2024']]);
    const problems = Array.from({ length: 20_000 }, (_, i) =>
      problem('Data', `B${i + 2}`, { message: `Utfallet i B${i + 2} är inte ett tal: «${i} st».` }),
    );
    const { plan } = buildPlan(
      workbook([data]),
      readOf([found('Data', range(1, 1, 1, 2), [])], { problems }),
      assessmentOf([]),
      OPTIONS,
    );
    const real = realExcel();
    const host = hostOn(real);
    await host.apply(plan);
    expect(real.actionNames.flat().filter((n) => n === 'Hyperlink')).toHaveLength(
      plan.links.length,
    );
    expect(Math.max(...real.requests)).toBeLessThan(LIMIT);
    real.requests.forEach((bytes, i) => expect(bytes).toBeLessThanOrEqual(host.estimates[i]));
  },
  HEAVY,
);
