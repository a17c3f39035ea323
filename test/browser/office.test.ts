/**
 * The Office.js path: the built pane in Chromium with the fake Excel of
 * test/support/fake-excel.js installed before the page loads, so that the
 * real Office.js adapter reads and writes the fake workbook.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { exampleSnapshot } from '../../src/demo/example-workbook';
import { STATUS_LOOK } from '../../src/engine/statuses';
import { STATUSES } from '../../src/engine/types';
import { COLUMN_HEADERS, SUMMARY_SHEET } from '../../src/workbook/labels';
import { fakeWorkbook } from '../support/fake-from-snapshot';
import { baseUrl, launch, lockedPage, settledStatus, stubOfficeJs } from './browser';

const FAKE_EXCEL = path.resolve(__dirname, '..', 'support', 'fake-excel.js');

/** What the test reads back from the fake inside the page. */
interface Written {
  sheets: string[];
  names: string[];
  headerRow: (string | number | boolean | null)[];
  statusCells: { value: unknown; fill?: string; fontColor?: string }[];
  tableColumns: string[];
  summaryA1: unknown;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

test('inside (fake) Excel the pane assesses the open workbook through Office.js', async () => {
  const { page, blocked } = await lockedPage(browser);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The fake stands in for Office.js: the real one must not load over it.
  await stubOfficeJs(page, '/* replaced by the fake */');
  await page.addInitScript({ path: FAKE_EXCEL });
  await page.addInitScript((init) => {
    const g = globalThis as unknown as Record<string, unknown>;
    const create = g.createFakeExcel as (i: unknown, o: unknown) => { Office: object };
    const fake = create(init, { install: true, displayLanguage: 'sv-SE' });
    // The ribbon command registers itself on the same page; the fake has no ribbon.
    Object.assign(fake.Office, { actions: { associate: () => undefined } });
    g.__fake = fake;
  }, fakeWorkbook(exampleSnapshot()));

  await page.goto(`${baseUrl()}/taskpane.html`);
  await page.getByRole('button', { name: 'Bedöm arbetsboken' }).click();
  expect(await settledStatus(page)).toMatch(/^Klart:/);
  await page.getByRole('list', { name: 'Helheten: antal mål per bedömning' }).waitFor();
  expect(await page.getByText('Demoläge: exempelarbetsbok').count()).toBe(0);

  const written: Written = await page.evaluate(
    ({ board, headerRow, summary }) => {
      type Cell = { value: unknown; format: { fill?: string; fontColor?: string } } | null;
      const fake = (globalThis as unknown as Record<string, unknown>).__fake as {
        state: { sheets: { name: string }[] };
        names(): { name: string }[];
        cell(sheet: string, a1: string): Cell;
        table(name: string): { columns: string[] } | null;
      };
      const letters = (col: number) => {
        let s = '';
        for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
          s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
        }
        return s;
      };
      const header = Array.from({ length: 40 }, (_, k) =>
        fake.cell(board, `${letters(k + 1)}${headerRow}`),
      );
      const col = header.findIndex((c) => c?.value === 'Bedömning') + 1;
      const statusCells = Array.from({ length: 5 }, (_, k) =>
        fake.cell(board, `${letters(col)}${headerRow + 1 + k}`),
      )
        .filter((c): c is NonNullable<Cell> => c !== null)
        .map((c) => ({ value: c.value, fill: c.format.fill, fontColor: c.format.fontColor }));
      return {
        sheets: fake.state.sheets.map((s) => s.name),
        names: fake.names().map((n) => n.name),
        headerRow: header.map((c) => (c ? (c.value as string) : null)),
        statusCells,
        tableColumns: fake.table('KS_indikatorer')?.columns ?? [],
        summaryA1: fake.cell(summary, 'A1')?.value ?? null,
      };
    },
    { board: 'Kommunstyrelsen', headerRow: 3, summary: SUMMARY_SHEET.sv },
  );

  // The four columns, inside the board's Excel table, with a status in each row.
  const headers = [...COLUMN_HEADERS.sv];
  const start = written.headerRow.indexOf(headers[0]);
  expect(written.headerRow.slice(start, start + 4)).toEqual(headers);
  expect(written.tableColumns).toEqual(expect.arrayContaining(headers));
  expect(written.statusCells.length).toBeGreaterThan(0);
  for (const cell of written.statusCells) {
    const status = STATUSES.find((s) => String(cell.value).startsWith(STATUS_LOOK[s].symbol));
    expect(status).toBeDefined();
    if (!status) continue;
    expect(String(cell.value)).toContain(STATUS_LOOK[status].sv);
    expect(cell.fill?.toUpperCase()).toBe(STATUS_LOOK[status].fill);
  }
  // The summary sheet and the ownership marks.
  expect(written.sheets).toContain(SUMMARY_SHEET.sv);
  expect(String(written.summaryA1)).toMatch(/^Målkoll/);
  expect(written.names.some((n) => n.startsWith('Malkoll_'))).toBe(true);

  // "Gå till cell" selects a problem's cell in Excel.
  const goTo = page.getByRole('button', { name: /^Gå till cell / }).first();
  const ref = ((await goTo.getAttribute('aria-label')) ?? '').replace(/^Gå till cell /, '');
  await goTo.click();
  await page.waitForFunction(() => {
    const fake = (globalThis as unknown as Record<string, { state: { selection: unknown } }>)
      .__fake;
    return fake.state.selection !== null;
  });
  const selection = await page.evaluate(() => {
    const fake = (globalThis as unknown as Record<string, { state: { selection: unknown } }>)
      .__fake;
    return fake.state.selection as { sheet: string; address: string };
  });
  expect(`${selection.sheet}!${selection.address}`).toBe(ref);

  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await page.close();
});
