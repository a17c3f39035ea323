import { MemoryHost } from '../../src/adapters/memory';
import { HostWriteError } from '../../src/adapters/officejs/errors';
import { exampleSnapshot } from '../../src/demo/example-workbook';
import {
  insertTemplate,
  readWorkbookInfo,
  removeAssessment,
  runAssessment,
  saveParameters,
} from '../../src/addin/run-assessment';
import { DEFAULT_PARAMETERS } from '../../src/engine/parameters';
import { assessWorkbook } from '../../src/workbook/assess-workbook';
import { COLUMN_HEADERS, SUMMARY_SHEET } from '../../src/workbook/labels';
import { isMark } from '../../src/workbook/ownership';
import { readWorkbook } from '../../src/workbook/read';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { sheet, workbook } from '../support/snapshot-builder';

const DATE = '2024-09-30';

/** Every non-empty cell as "Sheet!row:col" → value, to compare workbooks. */
function cells(snapshot: WorkbookSnapshot): Map<string, unknown> {
  const all = new Map<string, unknown>();
  for (const s of snapshot.sheets) {
    for (const [row, values] of s.rows) {
      values.forEach((c, col) => {
        if (c && c.value !== null) all.set(`${s.name}!${row}:${col}`, c.value);
      });
    }
  }
  return all;
}

function texts(snapshot: WorkbookSnapshot, sheetName: string): string[] {
  const s = snapshot.sheets.find((x) => x.name === sheetName);
  if (!s) return [];
  return [...s.rows.values()].flatMap((r) => r.filter(Boolean).map((c) => String(c.value)));
}

describe('runAssessment', () => {
  it('writes the assessment and reports what assessWorkbook computes', async () => {
    const host = new MemoryHost(exampleSnapshot());
    const outcome = await runAssessment(host, { lang: 'sv', date: DATE });
    if (!outcome.ok) throw new Error(outcome.message);

    const expected = assessWorkbook(exampleSnapshot(), { lang: 'sv', date: DATE });
    expect(outcome.result.assessment.overall).toEqual(expected.assessment.overall);
    expect(outcome.result.read.periods).toEqual(expected.read.periods);
    expect(outcome.summary).toContain(`${expected.assessment.goals.length} mål`);
    expect(outcome.summary).not.toContain('\n');

    const after = await host.read();
    expect(host.sheetNames()).toContain(SUMMARY_SHEET.sv);
    expect(texts(after, 'Kommunstyrelsen')).toEqual(expect.arrayContaining([...COLUMN_HEADERS.sv]));
    expect(after.names.some((n) => isMark(n.name))).toBe(true);
  });

  it('speaks English when asked', async () => {
    const host = new MemoryHost(exampleSnapshot());
    const outcome = await runAssessment(host, { lang: 'en', date: DATE });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.summary).toMatch(/^Done: \d+ goals assessed/);
    expect(host.sheetNames()).toContain(SUMMARY_SHEET.en);
    expect(texts(await host.read(), 'Kommunstyrelsen')).toContain(COLUMN_HEADERS.en[0]);
  });

  it('assesses the period the user chose', async () => {
    const host = new MemoryHost(exampleSnapshot());
    const outcome = await runAssessment(host, { lang: 'sv', period: 'Utfall 2022', date: DATE });
    if (!outcome.ok) throw new Error(outcome.message);
    const periods = new Set(outcome.result.assessment.indicators.map((i) => i.period));
    expect(periods.has('Utfall 2022')).toBe(true);
    expect(periods.has('Utfall T2 2024')).toBe(false);
  });

  it('adds the problems of cells it may not write and leaves a protected sheet alone', async () => {
    const snapshot = workbook(
      sheet('Nämnd A', [
        ['Indikator', 'Mål', 'Önskad riktning', 'Målvärde', 'Utfall 2024'],
        ['Sjukfrånvaro', 'Friska medarbetare', 'Minska', 0.06, 0.07],
      ]),
      sheet(
        'Nämnd B',
        [
          ['Indikator', 'Mål', 'Önskad riktning', 'Målvärde', 'Utfall 2024'],
          ['Nöjdhet', 'Nöjda invånare', 'Öka', 70, 72],
        ],
        { protected: true },
      ),
    );
    const host = new MemoryHost(snapshot);
    const outcome = await runAssessment(host, { lang: 'sv', date: DATE });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.problems.some((p) => p.sheet === 'Nämnd B')).toBe(true);
    const after = await host.read();
    expect(texts(after, 'Nämnd B')).not.toContain('Bedömning');
    expect(texts(after, 'Nämnd A')).toContain('Bedömning');
  });

  it('turns a failure to read into a plain message without a stack', async () => {
    const host = new MemoryHost(exampleSnapshot());
    const failure = new Error('Cell edit mode\n    at Excel.run (office.js:1:2)');
    jest.spyOn(host, 'read').mockRejectedValue(failure);
    const outcome = await runAssessment(host, { lang: 'sv', date: DATE });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/^Arbetsboken kunde inte läsas/);
    expect(outcome.message).not.toMatch(/\bat Excel\.run|office\.js/);
  });

  it("shows the Office.js host's own message for what Excel refused", async () => {
    const host = new MemoryHost(exampleSnapshot());
    const refusal = new HostWriteError(
      'Bladet «Mål» är skyddat. Ta bort bladskyddet.',
      'AccessDenied',
    );
    jest.spyOn(host, 'apply').mockRejectedValue(refusal);
    const outcome = await runAssessment(host, { lang: 'sv', date: DATE });
    expect(outcome).toEqual({ ok: false, message: refusal.message });
  });

  it('says plainly when the workbook cannot be written', async () => {
    const host = new MemoryHost(exampleSnapshot());
    jest.spyOn(host, 'apply').mockRejectedValue(new Error('InvalidOperation'));
    const outcome = await runAssessment(host, { lang: 'en', date: DATE });
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(/^The workbook could not be changed/),
    });
  });
});

describe('readWorkbookInfo', () => {
  it('offers the period columns and the parameters', async () => {
    const outcome = await readWorkbookInfo(new MemoryHost(exampleSnapshot()), 'sv');
    if (!outcome.ok) throw new Error(outcome.message);
    const read = readWorkbook(exampleSnapshot(), { lang: 'sv' });
    expect(outcome.info.periods.map((p) => p.label)).toEqual(read.periods.map((p) => p.label));
    expect(outcome.info.parameters).toEqual(DEFAULT_PARAMETERS);
    expect(outcome.info.hasMethodSheet).toBe(false);
  });
});

describe('removeAssessment', () => {
  it("removes Målkoll's writes and nothing else", async () => {
    const host = new MemoryHost(exampleSnapshot());
    const before = cells(await host.read());
    await runAssessment(host, { lang: 'sv', date: DATE });
    const removed = await removeAssessment(host, 'sv', false);
    expect(removed.ok).toBe(true);
    const after = await host.read();
    expect(host.sheetNames()).not.toContain(SUMMARY_SHEET.sv);
    expect(after.names.filter((n) => isMark(n.name))).toEqual([]);
    // The Metod sheet the assessment made is the user's and stays; everything else is as before.
    const userCells = new Map([...cells(after)].filter(([k]) => !k.startsWith('Metod!')));
    expect(userCells).toEqual(before);
  });

  it('keeps the history of follow-ups unless told otherwise, and the next assessment continues it', async () => {
    const host = new MemoryHost(exampleSnapshot());
    await runAssessment(host, { lang: 'sv', date: DATE, followUp: '2020' });
    const removed = await removeAssessment(host, 'sv');
    expect(removed).toEqual({ ok: true, message: expect.stringContaining('bladet Historik') });
    expect(host.sheetNames()).not.toContain(SUMMARY_SHEET.sv);
    expect(host.sheetNames()).toContain('Historik');
    const again = await runAssessment(host, { lang: 'sv', date: DATE });
    expect(again.ok && again.result.comparison.previous?.name).toBe('2020');
    expect(again.ok && again.result.read.indicators.length).toBeGreaterThan(0);
  });

  it('refuses a follow-up that is not a period, or that contradicts the chosen period', async () => {
    const host = new MemoryHost(exampleSnapshot());
    const bad = await runAssessment(host, { lang: 'sv', date: DATE, followUp: 'våren' });
    expect(bad).toEqual({ ok: false, message: expect.stringContaining('T1 2024') });
    const clash = await runAssessment(host, {
      lang: 'en',
      date: DATE,
      followUp: 'T1 2024',
      period: 'Utfall 2023',
    });
    expect(clash).toEqual({ ok: false, message: expect.stringContaining('different periods') });
    expect(host.sheetNames()).not.toContain(SUMMARY_SHEET.sv);
  });

  it('says when there is nothing to remove', async () => {
    const outcome = await removeAssessment(new MemoryHost(exampleSnapshot()), 'sv');
    expect(outcome).toEqual({ ok: true, message: expect.stringMatching(/ingen bedömning/) });
  });
});

describe('saveParameters', () => {
  it('makes the Metod sheet with the values when it is missing', async () => {
    const host = new MemoryHost(exampleSnapshot());
    const outcome = await saveParameters(host, { partlyAt: 0.7, goalRule: 'worstTwo' }, 'sv');
    expect(outcome.ok).toBe(true);
    const read = readWorkbook(await host.read(), { lang: 'sv' });
    expect(read.hasMethodSheet).toBe(true);
    expect(read.parameters).toEqual({ ...DEFAULT_PARAMETERS, partlyAt: 0.7, goalRule: 'worstTwo' });
    expect(read.problems).toEqual([]);
  });

  it("changes only the Värde cells of the user's own Metod sheet", async () => {
    const metod = sheet('Metod', [
      ['Våra parametrar'],
      [],
      [null, 'Parameter', 'Not', 'Värde'],
      [null, 'Delvis-gräns målvärde', 'egen anteckning', 0.8],
      [null, 'Sammanställning av mål', 'inte en parameter', 'x'],
      [null, 'Sammanvägning', null, 'poäng'],
    ]);
    const host = new MemoryHost(workbook(metod));
    const before = cells(await host.read());
    const outcome = await saveParameters(
      host,
      { ...DEFAULT_PARAMETERS, partlyAt: 0.75, goalRule: 'worstTwo' },
      'sv',
    );
    expect(outcome.ok).toBe(true);
    const after = await host.read();
    const read = readWorkbook(after, { lang: 'sv' });
    expect(read.parameters.partlyAt).toBe(0.75);
    expect(read.parameters.goalRule).toBe('worstTwo');
    // Every cell that was there keeps its value, but the two Värde cells.
    const changed = [...before].filter(([k, v]) => cells(after).get(k) !== v).map(([k]) => k);
    expect(changed.sort()).toEqual(['Metod!4:4', 'Metod!6:4']);
    // The parameters the sheet lacked get rows of their own, read back as saved.
    expect(read.parameters.minCoverage).toBe(DEFAULT_PARAMETERS.minCoverage);
    expect(after.sheets[0].rows.size).toBeGreaterThan(6);
  });

  it('refuses values that §6 does not allow, and writes nothing', async () => {
    const host = new MemoryHost(exampleSnapshot());
    const before = cells(await host.read());
    const outcome = await saveParameters(host, { partlyAt: 1.5 }, 'sv');
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('Delvis-gräns målvärde');
    expect(cells(await host.read())).toEqual(before);
  });

  it('cannot save into a protected Metod sheet and says so', async () => {
    const metod = sheet(
      'Metod',
      [
        ['Parameter', 'Värde'],
        ['partlyAt', 0.8],
      ],
      { protected: true },
    );
    const host = new MemoryHost(workbook(metod));
    const outcome = await saveParameters(host, { partlyAt: 0.7 }, 'sv');
    expect(outcome.ok).toBe(false);
    expect(readWorkbook(await host.read(), { lang: 'sv' }).parameters.partlyAt).toBe(0.8);
  });
});

describe('insertTemplate', () => {
  it('adds a sheet with a table the assessment reads, under a free name', async () => {
    const host = new MemoryHost(exampleSnapshot());
    const first = await insertTemplate(host, 'sv');
    const second = await insertTemplate(host, 'sv');
    expect(first).toMatchObject({ ok: true, sheet: 'Indikatorer (mall)' });
    expect(second).toMatchObject({ ok: true, sheet: 'Indikatorer (mall 2)' });
    const snapshot = await host.read();
    expect(snapshot.names).toEqual([]);
    const read = readWorkbook(snapshot, { lang: 'sv' });
    const fromTemplate = read.indicators.filter((i) => i.sheet === 'Indikatorer (mall)');
    expect(fromTemplate).toHaveLength(2);
    expect(fromTemplate.every((i) => i.actual !== null && i.direction !== null)).toBe(true);
    expect(read.problems.filter((p) => p.sheet.startsWith('Indikatorer'))).toEqual([]);
  });

  it('reads the English template as well', async () => {
    const host = new MemoryHost(workbook(sheet('Data', [['x']])));
    const outcome = await insertTemplate(host, 'en');
    expect(outcome).toMatchObject({ ok: true, sheet: 'Indicators (template)' });
    const read = readWorkbook(await host.read(), { lang: 'en' });
    expect(read.indicators).toHaveLength(2);
    expect(read.problems).toEqual([]);
  });
});
