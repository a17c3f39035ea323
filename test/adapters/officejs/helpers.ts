/** Workbooks and plans for the Office.js adapter's tests. */
import { OfficeJsHost, type OfficeJsHostOptions } from '../../../src/adapters/officejs';
import { statusText } from '../../../src/engine/statuses';
import type { Status } from '../../../src/engine/types';
import { BOLD, PERCENT, statusStyle, StyleCollector } from '../../../src/workbook/plan/styles';
import type { PlanValue, WritePlan } from '../../../src/workbook/plan/types';
import {
  createFakeExcel,
  type FakeCellInput,
  type FakeExcel,
  type FakeSheetInit,
  type FakeWorkbookInit,
} from '../../support/fake-excel';

export function hostFor(fake: FakeExcel, options: OfficeJsHostOptions = {}): OfficeJsHost {
  return new OfficeJsHost({
    run: fake.Excel.run,
    isSetSupported: fake.Office.context.requirements.isSetSupported,
    ...options,
  });
}

export function fakeWith(init: FakeWorkbookInit): FakeExcel {
  return createFakeExcel(init);
}

export function emptyPlan(): WritePlan {
  return { clear: [], sheets: [], tables: [], values: [], styles: [], links: [], columnWidths: [] };
}

const HEADERS = ['Indikator', 'Mål', 'Nämnd', 'Önskad riktning', 'Målvärde'];

/**
 * `rows` indicator rows of `cols` columns spread over `sheets` sheets, each
 * sheet's rows in an Excel table when `tables` is set: the size of a large
 * municipality's follow-up.
 */
export function indicatorWorkbook(
  rows: number,
  cols: number,
  sheets: number,
  tables = false,
): FakeWorkbookInit {
  const perSheet = Math.ceil(rows / sheets);
  const specs: FakeSheetInit[] = [];
  for (let s = 0; s < sheets; s++) {
    const count = Math.min(perSheet, rows - s * perSheet);
    const header = Array.from({ length: cols }, (_, c) => HEADERS[c] ?? `Utfall ${2000 + c}`);
    const lines: FakeCellInput[][] = [header];
    for (let r = 0; r < count; r++) lines.push(indicatorRow(s * perSheet + r, cols));
    const spec: FakeSheetInit = { name: `Nämnd ${s + 1}`, rows: lines };
    if (tables) spec.tables = [{ name: `Tabell${s + 1}`, range: `A1:${letter(cols)}${count + 1}` }];
    specs.push(spec);
  }
  return { sheets: specs };
}

function indicatorRow(n: number, cols: number): FakeCellInput[] {
  return Array.from({ length: cols }, (_, c) => {
    if (c === 0) return `Andel invånare som är nöjda med tjänst ${n}`;
    if (c === 1) return `Mål ${n % 12}`;
    if (c === 2) return 'Kultur- och fritidsnämnden';
    if (c === 3) return n % 2 ? 'Öka' : 'Minska';
    return Math.round(((n * 7919 + c * 104729) % 100000) / 10) / 100;
  });
}

export function letter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

const STATUSES: Status[] = ['met', 'partly_met', 'not_met', 'not_assessed'];

/**
 * What an assessment of indicatorWorkbook(rows, cols, sheets) writes: four
 * columns beside each sheet's block (statuses varying row by row, so the
 * status styles break into many ranges), a summary sheet and the marks.
 */
export function assessmentPlan(rows: number, cols: number, sheets: number): WritePlan {
  const plan = emptyPlan();
  const styles = new StyleCollector();
  const perSheet = Math.ceil(rows / sheets);
  const marks: NonNullable<WritePlan['marks']> = [];
  for (let s = 0; s < sheets; s++) {
    const sheet = `Nämnd ${s + 1}`;
    const count = Math.min(perSheet, rows - s * perSheet);
    const left = cols + 1;
    const values: PlanValue[][] = [['Bedömning', 'Trend', 'Måluppfyllelse', 'Motivering']];
    for (let r = 0; r < count; r++) {
      const status = STATUSES[(r * 7) % 4];
      values.push([
        statusText(status, 'sv'),
        r % 3 ? '↑ Förbättrad' : null,
        r % 4 === 3 ? null : 0.5 + (r % 50) / 100,
        `Utfall ${r % 90} % är bättre än målvärdet 80 % (högre är bättre), jämfört med föregående år ${r}.`,
      ]);
      styles.cell(sheet, statusStyle(status), r + 2, left);
    }
    plan.values.push({ sheet, top: 1, left, values });
    styles.range(sheet, BOLD, { top: 1, left, bottom: 1, right: left + 3 });
    styles.range(sheet, PERCENT, { top: 2, left: left + 2, bottom: count + 1, right: left + 2 });
    [18, 14, 14, 60].forEach((width, i) => plan.columnWidths.push({ sheet, col: left + i, width }));
    marks.push({
      name: `Malkoll_Kolumner_${s + 1}`,
      sheet,
      range: { top: 1, left, bottom: count + 1, right: left + 3 },
    });
  }
  plan.sheets.push({
    name: 'Sammanställning',
    replaces: null,
    columnWidths: [40, 16, 12],
    freezeRows: 1,
  });
  plan.values.push({
    sheet: 'Sammanställning',
    top: 1,
    left: 1,
    values: [
      ['Mål', 'Bedömning', 'Antal'],
      ...Array.from({ length: 12 }, (_, i) => [`Mål ${i}`, 'Uppfyllt', i]),
    ],
  });
  plan.links.push({
    sheet: 'Sammanställning',
    row: 20,
    col: 1,
    text: 'Nämnd 1!E2',
    targetSheet: 'Nämnd 1',
    targetCell: 'E2',
  });
  marks.push({
    name: 'Malkoll_Blad_1',
    sheet: 'Sammanställning',
    range: { top: 1, left: 1, bottom: 1, right: 1 },
  });
  plan.styles = styles.runs();
  plan.marks = marks;
  return plan;
}
