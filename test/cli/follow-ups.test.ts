/**
 * §10 through the command line, on real files: `malkoll assess IN
 * --uppfoljning "T1 2024" --json r.json`, then on the written file for the
 * latest follow-up, then again, then T1 2024 once more.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Status } from '../../src/engine/types';
import type { Report } from '../../src/workbook/report';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { loadSnapshot, plainSheet, run, saveSnapshot, STACK_LINE, tempDir } from './helpers';

jest.setTimeout(60_000);

const DATE = '2024-10-01';
let dir: string;

beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function municipality(): WorkbookSnapshot {
  return {
    sheets: [
      plainSheet('Mål', [
        [
          'Indikator',
          'Mål',
          'Fokusområde',
          'Nämnd',
          'Önskad riktning',
          'Målvärde',
          'Utfall 2023',
          'Utfall T1 2024',
          'Utfall T2 2024',
        ],
        ['Nöjda brukare', 'Trygg kommun', 'Trygghet', 'Socialnämnden', 'Öka', 80, 60, 70, 85],
        ['Sjukfrånvaro', 'Trygg kommun', 'Trygghet', 'Socialnämnden', 'Minska', 5, 7, 6, 4],
        ['Väntetid', 'Snabb service', 'Service', 'Kommunstyrelsen', 'Minska', 10, 12, 9, 14],
        ['Soliditet', 'Hållbar ekonomi', 'Service', 'Kommunstyrelsen', 'Öka', 100, 80, 85, 90],
        ['Nytt mått', 'Nytt mål', 'Service', 'Kommunstyrelsen', 'Öka', 10, null, null, 12],
      ]),
    ],
    names: [],
  };
}

const readReport = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
const RANK: Record<Status, number | null> = {
  not_met: 0,
  partly_met: 1,
  met: 2,
  not_assessed: null,
};

function implied(before: Status, after: Status): string | null {
  const [b, a] = [RANK[before], RANK[after]];
  if (b === null || a === null) return null;
  return a > b ? 'better' : a < b ? 'worse' : 'same';
}

/** Historik's cells, row by row from A1, found by its mark. */
async function history(file: string): Promise<unknown[][]> {
  const snapshot = await loadSnapshot(file);
  const mark = snapshot.names.find((n) => n.name === 'Malkoll_Blad_Historik');
  const sheet = snapshot.sheets.find((s) => s.name === mark?.sheet);
  if (!sheet) throw new Error('no Historik sheet');
  const rows = [...sheet.rows.keys()].sort((a, b) => a - b);
  return rows.map((r) => Array.from((sheet.rows.get(r) ?? []).slice(1), (c) => c?.value ?? null));
}

describe('malkoll assess --uppfoljning', () => {
  const file = (name: string) => path.join(dir, name);
  let r1: Report;
  let r2: Report;
  let r3: Report;

  beforeAll(async () => {
    await saveSnapshot(municipality(), file('in.xlsx'));
    const steps: [string, string, string, string[]][] = [
      ['in.xlsx', 'ut1.xlsx', 'r1.json', ['--uppfoljning', 'T1 2024']],
      ['ut1.xlsx', 'ut2.xlsx', 'r2.json', []],
      ['ut2.xlsx', 'ut3.xlsx', 'r3.json', []],
      ['ut3.xlsx', 'ut4.xlsx', 'r4.json', ['--follow-up', 'Tertial 1 2024']],
    ];
    for (const [input, output, json, extra] of steps) {
      const done = await run(
        'assess',
        file(input),
        '-o',
        file(output),
        '--json',
        file(json),
        '--date',
        DATE,
        ...extra,
      );
      expect({ output, code: done.code, stderr: done.stderr }).toEqual({
        output,
        code: 0,
        stderr: '',
      });
    }
    [r1, r2, r3] = ['r1.json', 'r2.json', 'r3.json'].map((j) => readReport(file(j)));
  });

  it('names the follow-ups: T1 2024 as given, then the latest with outcomes', () => {
    expect([r1.followUp, r1.previousFollowUp]).toEqual(['T1 2024', null]);
    expect([r2.followUp, r2.previousFollowUp]).toEqual(['T2 2024', 'T1 2024']);
  });

  it("gives every goal the previous status and the change the two reports' statuses imply", () => {
    for (const goal of r2.goals) {
      const before = r1.goals.find((g) => g.name === goal.name)!.status;
      expect({ goal: goal.name, previous: goal.previousStatus, change: goal.change }).toEqual({
        goal: goal.name,
        previous: before,
        change: implied(before, goal.status),
      });
    }
    expect(new Set(r2.goals.map((g) => g.change))).toEqual(
      new Set(['better', 'worse', 'same', null]),
    );
  });

  it('keeps both columns on Historik with the statuses of each run, unchanged by the third run', async () => {
    const grid = await history(file('ut2.xlsx'));
    expect(grid[0]).toEqual([
      'Nivå',
      'Fokusområde',
      'Nämnd',
      'Mål',
      'Indikator',
      'T1 2024',
      'T2 2024',
    ]);
    const words: Record<Status, string> = {
      met: '● Uppfyllt',
      partly_met: '◆ Delvis uppfyllt',
      not_met: '■ Ej uppfyllt',
      not_assessed: '▲ Kan inte bedömas',
    };
    for (const [report, col] of [
      [r1, 5],
      [r2, 6],
    ] as const) {
      for (const goal of report.goals) {
        const row = grid.find((r) => r[0] === 'Mål' && r[3] === goal.name)!;
        expect(row[col]).toBe(words[goal.status]);
      }
      const whole = grid.find((r) => r[0] === 'Helhet')!;
      expect(whole[col]).toBe(words[report.overall.status]);
    }
    expect(await history(file('ut3.xlsx'))).toEqual(grid);
    expect(r3).toEqual(r2);
  });

  it('keeps the T2 column when T1 2024 is assessed again', async () => {
    const before = await history(file('ut3.xlsx'));
    const after = await history(file('ut4.xlsx'));
    expect(after).toEqual(before);
    const r4 = readReport(file('r4.json'));
    expect(r4.followUp).toBe('Tertial 1 2024');
    expect(r4.goals.map((g) => g.status)).toEqual(r1.goals.map((g) => g.status));
  });
});

describe('bad follow-ups are bad arguments (exit 2)', () => {
  it.each([
    [['--uppfoljning', 'förra året'], 'ska vara en period', '"T1 2024"'],
    [['--follow-up', 'Q3 2024', '--lang', 'en'], 'must be a period', '"Delår 2024"'],
    [['--uppfoljning', 'T1 2024', '--period', 'Utfall T2 2024'], 'olika perioder', 'T2 2024'],
  ])('%j', async (extra, said, shown) => {
    const output = path.join(dir, 'inte.xlsx');
    const done = await run('assess', path.join(dir, 'in.xlsx'), '-o', output, ...extra);
    expect(done.code).toBe(2);
    expect(done.stderr).toContain(said);
    expect(done.stderr).toContain(shown);
    expect(done.stderr).not.toMatch(STACK_LINE);
    expect(fs.existsSync(output)).toBe(false);
  });
});
