/**
 * The memory host stands in for Excel in the pipeline's tests and the demo,
 * so it must end where the exceljs host ends, after a real .xlsx round trip.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ExcelJsHost } from '../../../src/adapters/exceljs';
import { MemoryHost } from '../../../src/adapters/memory';
import type { WorkbookHost } from '../../../src/adapters/host';
import type { RemovalPlan, WritePlan } from '../../../src/workbook/plan/types';
import type { WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { range, sampleRemoval, samplePlan, sampleSnapshot, tempDir } from '../exceljs/fixtures';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;

type Step = (host: WorkbookHost) => Promise<void>;

async function viaExcelJs(start: WorkbookSnapshot, steps: Step[]): Promise<WorkbookSnapshot> {
  let host = ExcelJsHost.fromSnapshot(start);
  for (const step of [async () => undefined, ...steps]) {
    await step(host);
    const path = join(dir, `parity${++fileCount}.xlsx`);
    await host.save(path);
    host = await ExcelJsHost.load(path);
  }
  return host.read();
}

async function viaMemory(start: WorkbookSnapshot, steps: Step[]): Promise<WorkbookSnapshot> {
  const host = new MemoryHost(start);
  for (const step of steps) await step(host);
  return host.read();
}

const apply =
  (plan: WritePlan): Step =>
  (host) =>
    host.apply(plan);
const remove =
  (plan: RemovalPlan): Step =>
  (host) =>
    host.remove(plan);

async function expectSameEnd(steps: Step[]): Promise<void> {
  const memory = await viaMemory(sampleSnapshot(), steps);
  expect(memory).toEqual(await viaExcelJs(sampleSnapshot(), steps));
}

describe('MemoryHost and ExcelJsHost end in the same workbook', () => {
  it('as given', () => expectSameEnd([]));

  it('after a write plan', () => expectSameEnd([apply(samplePlan())]));

  it('after a write plan without marks', () =>
    expectSameEnd([apply({ ...samplePlan(), marks: undefined })]));

  it('after a write plan and its removal', () =>
    expectSameEnd([apply(samplePlan()), remove(sampleRemoval())]));

  it('after a second run over the first', () => {
    const first = samplePlan();
    const second: WritePlan = {
      ...first,
      clear: [{ sheet: 'Nämnd A', range: range('E2:F4') }],
      sheets: [{ ...first.sheets[0], replaces: 'Summary' }],
      tables: [],
    };
    return expectSameEnd([apply(first), apply(second)]);
  });

  it('after deleting a table column that is not the last', () =>
    expectSameEnd([
      remove({
        clear: [],
        deleteSheets: [],
        tableColumns: [{ sheet: 'Nämnd A', table: 'Tabell1', columns: ['Utfall 2023'] }],
        marks: [],
      }),
    ]));
});
