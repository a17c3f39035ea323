/**
 * One contract for every host, as one suite tests every driver: read a
 * snapshot, apply a plan, read it back, remove it; each host gives the same
 * answers as the in-memory host, which is the reference.
 */
import type { WorkbookHost } from '../../../src/adapters/host';
import { exampleSnapshot } from '../../../src/demo/example-workbook';
import { assessWorkbook } from '../../../src/workbook/assess-workbook';
import { buildRemovalPlan } from '../../../src/workbook/plan/removal';
import type { Cell, SheetData, WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { sampleRemoval, samplePlan, sampleSnapshot } from '../exceljs/fixtures';
import { file, memory, officeJs, type HostKind } from './hosts';

const DATE = '2024-09-30';

/** What every host must agree on; Dates leave the fake Excel as serials, so the sample has none. */
function withoutDates(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  for (const sheet of snapshot.sheets) {
    for (const cells of sheet.rows.values()) {
      cells.forEach((cell, col) => {
        if (cell?.value instanceof Date) delete cells[col];
      });
    }
  }
  return snapshot;
}

/**
 * Rows without their holes, so that two reads compare cell by cell. The text
 * format "@" that the Office.js host puts on the text it writes (so that Excel
 * never takes it for a formula) changes nothing a reader sees in text.
 */
function comparable(snapshot: WorkbookSnapshot, formulas = true) {
  const plain = (cell: Cell): Cell => {
    const out: Cell = { value: cell.value };
    if (cell.numFmt !== undefined && !(cell.numFmt === '@' && typeof cell.value === 'string')) {
      out.numFmt = cell.numFmt;
    }
    if (formulas && cell.formula !== undefined) out.formula = cell.formula;
    return out;
  };
  const sheet = (s: SheetData) => ({
    name: s.name,
    cells: [...s.rows.entries()]
      .sort((a, b) => a[0] - b[0])
      .flatMap(([row, cells]) =>
        cells.flatMap((cell, col) => (cell ? [{ at: `${row}:${col}`, ...plain(cell) }] : [])),
      ),
    tables: s.tables,
    merges: s.merges,
    protected: s.protected,
  });
  return {
    sheets: snapshot.sheets.map(sheet),
    names: [...snapshot.names].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

async function readAgain(reopen: () => Promise<WorkbookHost>, formulas: boolean) {
  return comparable(await (await reopen()).read(), formulas);
}

const workbooks: [string, () => WorkbookSnapshot][] = [
  ['the example workbook', () => withoutDates(exampleSnapshot())],
  ['the adapter sample', () => withoutDates(sampleSnapshot())],
];

describe.each([file, officeJs])('$name keeps the host contract', (kind: HostKind) => {
  describe.each(workbooks)('on %s', (_, start) => {
    it('reads the snapshot as the memory host does', async () => {
      const reference = await (await memory.make(start())).host.read();
      const subject = await kind.make(start());
      const f = kind.readsFormulas;
      expect(comparable(await subject.host.read(), f)).toEqual(comparable(reference, f));
    });

    it('applies the assessment, reads it back, and removes it again, as the memory host does', async () => {
      const ref = await memory.make(start());
      const subject = await kind.make(start());
      const before = await subject.host.read();
      const plan = assessWorkbook(before, { date: DATE }).plan;
      await ref.host.apply(plan);
      await subject.host.apply(plan);
      const f = kind.readsFormulas;
      const written = await readAgain(subject.reopen, f);
      expect(written).toEqual(comparable(await ref.host.read(), f));

      // Assessing again finds Målkoll's own writes and plans the same writes.
      const again = assessWorkbook(await subject.host.read(), { date: DATE });
      expect(again.report).toEqual(assessWorkbook(await ref.host.read(), { date: DATE }).report);

      const removal = buildRemovalPlan(await subject.host.read());
      await subject.host.remove(removal);
      await ref.host.remove(buildRemovalPlan(await ref.host.read()));
      const removed = await readAgain(subject.reopen, f);
      expect(removed).toEqual(comparable(await ref.host.read(), f));
    });
  });

  it('applies a hand-made plan and its removal as the memory host does', async () => {
    // As the planner does, the widened table's new header cells are written as values too.
    const plan = samplePlan();
    plan.values.push({ sheet: 'Nämnd A', top: 1, left: 5, values: [['Bedömning', 'Motivering']] });
    const ref = await memory.make(withoutDates(sampleSnapshot()));
    const subject = await kind.make(withoutDates(sampleSnapshot()));
    await ref.host.apply(plan);
    await subject.host.apply(plan);
    const f = kind.readsFormulas;
    expect(await readAgain(subject.reopen, f)).toEqual(comparable(await ref.host.read(), f));
    await ref.host.remove(sampleRemoval());
    await subject.host.remove(sampleRemoval());
    expect(await readAgain(subject.reopen, f)).toEqual(comparable(await ref.host.read(), f));
  });
});
