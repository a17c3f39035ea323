/**
 * A workbook assessed by the command line (exceljs) is re-assessed cleanly by
 * the add-in (Office.js), and the other way round: both hosts read and write
 * the same ownership mark, so neither doubles the other's columns or sheets.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { ExcelJsHost } from '../../src/adapters/exceljs';
import type { WorkbookHost } from '../../src/adapters/host';
import { exampleSnapshot } from '../../src/demo/example-workbook';
import { assessWorkbook } from '../../src/workbook/assess-workbook';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { createFakeExcel } from '../support/fake-excel';
import { fakeWorkbook } from '../support/fake-from-snapshot';
import { hostFor } from './officejs/helpers';

const DATE = '2024-09-30';
let dir: string;

beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cross-host-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function assessOn(host: WorkbookHost) {
  const result = assessWorkbook(await host.read(), { date: DATE });
  await host.apply(result.plan);
  return result;
}

/** What an assessment writes, apart from what it clears first and which sheet it replaces. */
function writes(snapshot: WorkbookSnapshot) {
  const { plan, report } = assessWorkbook(snapshot, { date: DATE });
  const { values, styles, tables, marks } = plan;
  return { values, styles, tables, marks, report };
}

function markNames(snapshot: WorkbookSnapshot): string[] {
  return snapshot.names.map((n) => n.name).sort();
}

async function viaCommandLine(snapshot: WorkbookSnapshot, file: string): Promise<WorkbookSnapshot> {
  const host = ExcelJsHost.fromSnapshot(snapshot);
  await assessOn(host);
  await host.save(file, { date: DATE });
  return (await ExcelJsHost.load(file)).read();
}

it('the add-in re-assesses a workbook the command line assessed, writing the same and doubling nothing', async () => {
  const original = exampleSnapshot();
  const byCli = await viaCommandLine(original, path.join(dir, 'cli.xlsx'));

  const fake = createFakeExcel(fakeWorkbook(byCli));
  const office = hostFor(fake);
  // The add-in sees the command line's output as the command line itself does.
  expect(writes(await office.read())).toEqual(writes(byCli));
  await assessOn(office);

  const after = await office.read();
  expect(after.sheets.map((s) => s.name)).toEqual(byCli.sheets.map((s) => s.name));
  expect(markNames(after)).toEqual(markNames(byCli));
  for (const sheet of after.sheets) {
    const before = byCli.sheets.find((s) => s.name === sheet.name)!;
    expect(sheet.tables.map((t) => [t.name, t.range])).toEqual(
      before.tables.map((t) => [t.name, t.range]),
    );
  }
  expect(writes(after)).toEqual(writes(byCli));
});

it('the command line re-assesses a workbook the add-in assessed, writing the same and doubling nothing', async () => {
  const original = exampleSnapshot();
  const fake = createFakeExcel(fakeWorkbook(original));
  const office = hostFor(fake);
  await assessOn(office);
  const byAddin = await office.read();

  const file = path.join(dir, 'addin.xlsx');
  const host = ExcelJsHost.fromSnapshot(byAddin);
  expect(writes(await host.read())).toEqual(writes(byAddin));
  await assessOn(host);
  await host.save(file, { date: DATE });
  const after = await (await ExcelJsHost.load(file)).read();

  expect(after.sheets.map((s) => s.name)).toEqual(byAddin.sheets.map((s) => s.name));
  expect(markNames(after)).toEqual(markNames(byAddin));
  expect(writes(after)).toEqual(writes(byAddin));
  // And the add-in's first run wrote what the command line would have.
  expect(writes(after).report).toEqual(writes(original).report);
});

it('both hosts leave the same cell values in the workbook', async () => {
  const original = exampleSnapshot();
  const byCli = await viaCommandLine(original, path.join(dir, 'values.xlsx'));
  const office = hostFor(createFakeExcel(fakeWorkbook(original)));
  await assessOn(office);
  const byAddin = await office.read();
  expect(cellValues(byAddin)).toEqual(cellValues(byCli));
});

/** Every non-empty cell's value by sheet and A1 address. */
function cellValues(snapshot: WorkbookSnapshot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of snapshot.sheets) {
    for (const [row, cells] of sheet.rows) {
      cells.forEach((cell, col) => {
        if (cell && cell.value !== null && cell.value !== '') {
          out[`${sheet.name}!${row},${col}`] = cell.value;
        }
      });
    }
  }
  return out;
}

it('the add-in continues the history of follow-ups the command line began, and the other way round (§10)', async () => {
  // T1 2024 by the command line …
  const cliHost = ExcelJsHost.fromSnapshot(exampleSnapshot());
  const first = assessWorkbook(await cliHost.read(), { date: DATE, followUp: 'T1 2024' });
  await cliHost.apply(first.plan);
  const file = path.join(dir, 'history-cli.xlsx');
  await cliHost.save(file, { date: DATE });
  const byCli = await (await ExcelJsHost.load(file)).read();

  // … the latest follow-up by the add-in, which finds T1 2024 on the CLI's Historik …
  const office = hostFor(createFakeExcel(fakeWorkbook(byCli)));
  const second = await assessOn(office);
  expect(second.comparison.previous?.name).toBe('T1 2024');
  expect(second.report.goals.map((g) => g.previousStatus)).toEqual(
    first.report.goals.map((g) => g.status),
  );
  const byAddin = await office.read();
  expect(byAddin.sheets.filter((s) => s.name === 'Historik')).toHaveLength(1);

  // … and the command line, run again on the add-in's workbook, writes what the add-in would.
  const back = ExcelJsHost.fromSnapshot(byAddin);
  expect(writes(await back.read())).toEqual(writes(byAddin));
  const third = await assessOn(back);
  expect(third.report).toEqual(second.report);
});
