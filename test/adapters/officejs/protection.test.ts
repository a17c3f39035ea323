/**
 * A workbook whose structure is protected, and one that is read-only, are
 * known before the first write and named in plain words: under structure
 * protection the columns are written and the sheets that cannot be added are
 * named; in a read-only workbook nothing is written.
 */
import { runAssessment } from '../../../src/addin/run-assessment';
import { exampleSnapshot } from '../../../src/demo/example-workbook';
import { SUMMARY_SHEET } from '../../../src/workbook/labels';
import { createFakeExcel } from '../../support/fake-excel';
import { fakeWorkbook } from '../../support/fake-from-snapshot';
import { hostFor } from './helpers';

const DATE = '2024-09-30';

test('the fake, like Excel, refuses to add, rename or delete sheets under structure protection', async () => {
  const fake = createFakeExcel(fakeWorkbook(exampleSnapshot()), { structureProtected: true });
  const add = fake.Excel.run(async (context) => {
    context.workbook.worksheets.add('Ny');
    await context.sync();
  });
  await expect(add).rejects.toMatchObject({ code: 'AccessDenied' });
  const read = await fake.Excel.run(async (context) => {
    const protection = context.workbook.protection.load('protected');
    await context.sync();
    return protection.protected;
  });
  expect(read).toBe(true);
});

test('under structure protection the columns are written and the summary sheet is named as not added', async () => {
  const fake = createFakeExcel(fakeWorkbook(exampleSnapshot()), { structureProtected: true });
  const before = fake.state.sheets.map((s) => s.name);
  const outcome = await runAssessment(hostFor(fake), { lang: 'sv', date: DATE });
  if (!outcome.ok) throw new Error(outcome.message);
  expect(fake.state.sheets.map((s) => s.name)).toEqual(before);
  expect(fake.stats.calls['WorksheetCollection.add']).toBeUndefined();
  const headers = Array.from({ length: 30 }, (_, i) =>
    fake.cell('Kommunstyrelsen', `${String.fromCharCode(65 + (i % 26))}3`),
  );
  expect(headers.some((c) => c?.value === 'Bedömning')).toBe(true);
  const named = outcome.result.problems.filter((p) => p.code === 'workbook_structure_protected');
  expect(named.map((p) => p.sheet)).toContain(SUMMARY_SHEET.sv);
  expect(named[0].message).toMatch(/^Arbetsbokens struktur är skyddad/);
  // Marks only for what was written: none for a sheet that does not exist.
  expect(fake.names().every((n) => !n.formula.includes(SUMMARY_SHEET.sv))).toBe(true);
});

test('in a read-only workbook nothing is written, and the official is told why', async () => {
  const fake = createFakeExcel(fakeWorkbook(exampleSnapshot()), { readOnly: true });
  const outcome = await runAssessment(hostFor(fake), { lang: 'sv', date: DATE });
  expect(outcome).toEqual({
    ok: false,
    message: expect.stringMatching(/^Arbetsboken är skrivskyddad/),
  });
  const writes = Object.keys(fake.stats.calls).filter((k) => !/load|get|Item/.test(k));
  expect(writes).toEqual([]);
});

test('a workbook protected after it was read: the refusal is named, in the language of the moment', async () => {
  const fake = createFakeExcel(fakeWorkbook(exampleSnapshot()), { structureProtected: true });
  let lang: 'sv' | 'en' = 'sv';
  const host = hostFor(fake, { lang: () => lang });
  const plan = {
    clear: [],
    sheets: [{ name: 'Ny', replaces: null, columnWidths: [], freezeRows: 0 }],
    tables: [],
    values: [],
    styles: [],
    links: [],
    columnWidths: [],
  };
  await expect(host.apply(plan)).rejects.toMatchObject({
    code: 'AccessDenied',
    message: expect.stringMatching(/^Arbetsbokens struktur är skyddad/),
  });
  lang = 'en';
  await expect(host.apply(plan)).rejects.toMatchObject({
    message: expect.stringMatching(/^The workbook's structure is protected/),
  });
});
