/**
 * §10 end to end through the memory host: a workbook with period columns up
 * to T2 2024, assessed for T1 2024, then on its own result for the latest
 * follow-up, then again; then T1 2024 once more.
 */
import { MemoryHost } from '../../../src/adapters/memory';
import type { Status } from '../../../src/engine/types';
import { assessWorkbook, type WorkbookAssessment } from '../../../src/workbook/assess-workbook';
import { sheetMarkName } from '../../../src/workbook/ownership';
import type { Report } from '../../../src/workbook/report';
import type { WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { sheet, workbook } from '../../support/snapshot-builder';

const HEADERS = [
  'Indikator',
  'Mål',
  'Fokusområde',
  'Nämnd',
  'Önskad riktning',
  'Målvärde',
  'Utfall 2023',
  'Utfall T1 2024',
  'Utfall T2 2024',
];

/** Statuses move between T1 and T2: one goal better, one worse, one the same, one new. */
function municipality(): WorkbookSnapshot {
  return workbook(
    sheet('Mål', [
      HEADERS,
      ['Nöjda brukare', 'Trygg kommun', 'Trygghet', 'Socialnämnden', 'Öka', 80, 60, 70, 85],
      ['Sjukfrånvaro', 'Trygg kommun', 'Trygghet', 'Socialnämnden', 'Minska', 5, 7, 6, 4],
      ['Väntetid', 'Snabb service', 'Service', 'Kommunstyrelsen', 'Minska', 10, 12, 9, 14],
      ['Soliditet', 'Hållbar ekonomi', 'Service', 'Kommunstyrelsen', 'Öka', 100, 80, 85, 90],
      ['Nytt mått', 'Nytt mål', 'Service', 'Kommunstyrelsen', 'Öka', 10, null, null, 12],
    ]),
  );
}

const RANK: Record<Status, number | null> = {
  not_met: 0,
  partly_met: 1,
  met: 2,
  not_assessed: null,
};

/** The change the two statuses imply, worked out here on its own. */
function expectedChange(before: Status | undefined, after: Status): string | null {
  if (before === undefined) return null;
  const [b, a] = [RANK[before], RANK[after]];
  if (b === null || a === null) return null;
  return a > b ? 'better' : a < b ? 'worse' : 'same';
}

async function assessOn(
  host: MemoryHost,
  followUp: string | null,
  lang: 'sv' | 'en' = 'sv',
): Promise<WorkbookAssessment> {
  const result = assessWorkbook(await host.read(), { date: '2024-10-01', followUp, lang });
  await host.apply(result.plan);
  return result;
}

function historySheet(snapshot: WorkbookSnapshot) {
  const mark = snapshot.names.find((n) => n.name === sheetMarkName('history'));
  expect(mark).toBeDefined();
  const found = snapshot.sheets.find((s) => s.name === mark!.sheet)!;
  const rows = [...found.rows.keys()].sort((a, b) => a - b);
  return {
    name: found.name,
    // Cells are stored by 1-based column: index 0 is A.
    grid: rows.map((r) => Array.from((found.rows.get(r) ?? []).slice(1), (c) => c?.value ?? null)),
  };
}

/** Historik's cell for a goal in the column headed `followUp`. */
function goalCell(grid: unknown[][], goal: string, followUp: string): unknown {
  const col = grid[0].indexOf(followUp);
  expect(col).toBeGreaterThan(0);
  const row = grid.find((r) => r[0] === 'Mål' && r[3] === goal);
  return row?.[col] ?? null;
}

const statusOf = (report: Report, goal: string) =>
  report.goals.find((g) => g.name === goal)?.status;

describe('follow-ups over time (§10)', () => {
  let first: WorkbookAssessment;
  let second: WorkbookAssessment;
  let third: WorkbookAssessment;
  let afterSecond: WorkbookSnapshot;
  let afterThird: WorkbookSnapshot;
  let host: MemoryHost;

  beforeAll(async () => {
    host = new MemoryHost(municipality());
    first = await assessOn(host, 'T1 2024');
    second = await assessOn(host, null);
    afterSecond = await host.read();
    third = await assessOn(host, null);
    afterThird = await host.read();
  });

  it('assesses T1 2024 with what was known then, and derives the latest follow-up', () => {
    expect(first.report.followUp).toBe('T1 2024');
    expect(first.report.previousFollowUp).toBeNull();
    expect(first.report.indicators.map((i) => i.period)).toEqual([
      'Utfall T1 2024',
      'Utfall T1 2024',
      'Utfall T1 2024',
      'Utfall T1 2024',
      null,
    ]);
    expect(second.report.followUp).toBe('T2 2024');
    expect(second.report.indicators[0].period).toBe('Utfall T2 2024');
  });

  it('names T1 2024 as previous and gives each goal the change its two statuses imply', () => {
    expect(second.report.previousFollowUp).toBe('T1 2024');
    expect(second.report.goals.length).toBe(4);
    for (const goal of second.report.goals) {
      const before = statusOf(first.report, goal.name);
      expect(goal.previousStatus).toBe(before ?? null);
      expect(goal.change).toBe(expectedChange(before, goal.status));
    }
    // The workbook was made so that every kind of change occurs.
    expect(second.report.goals.map((g) => g.change).sort()).toEqual(
      ['better', 'same', 'worse', null].sort(),
    );
    expect(second.report.overall.previousStatus).toBe(first.report.overall.status);
    for (const area of second.report.focusAreas) {
      const before = first.report.focusAreas.find((f) => f.name === area.name)!.status;
      expect(area.change).toBe(expectedChange(before, area.status));
    }
    second.report.indicators.forEach((ind, i) => {
      expect(ind.previousStatus).toBe(first.report.indicators[i].status);
    });
  });

  it('keeps both follow-ups on Historik, marked as its history, with the statuses of each run', () => {
    const { name, grid } = historySheet(afterSecond);
    expect(name).toBe('Historik');
    expect(grid[0]).toEqual([
      'Nivå',
      'Fokusområde',
      'Nämnd',
      'Mål',
      'Indikator',
      'T1 2024',
      'T2 2024',
    ]);
    expect(grid.map((r) => r[0])).toEqual([
      'Nivå',
      'Helhet',
      'Fokusområde',
      'Fokusområde',
      'Nämnd',
      'Nämnd',
      'Mål',
      'Mål',
      'Mål',
      'Mål',
      'Indikator',
      'Indikator',
      'Indikator',
      'Indikator',
      'Indikator',
    ]);
    const label = { met: 'Uppfyllt', partly_met: 'Delvis uppfyllt', not_met: 'Ej uppfyllt' };
    for (const [run, column] of [
      [first, 'T1 2024'],
      [second, 'T2 2024'],
    ] as const) {
      for (const goal of run.report.goals) {
        const text = goalCell(grid, goal.name, column);
        if (goal.status === 'not_assessed') expect(text).toBe('▲ Kan inte bedömas');
        else expect(text).toMatch(new RegExp(`^. ${label[goal.status]}$`));
      }
    }
  });

  it('gives the previous status a fill on Historik as in §1', async () => {
    const { grid } = historySheet(afterSecond);
    const row = grid.findIndex((r) => r[3] === 'Snabb service' && r[0] === 'Mål') + 1;
    expect(host.styleAt('Historik', row, 6)?.fill).toBe('#C6EFCE'); // T1: met
    expect(host.styleAt('Historik', row, 7)?.fill).toBe('#FFC7CE'); // T2: not met
  });

  it('does not change Historik, the summary or the report on a third run', () => {
    expect(historySheet(afterThird)).toEqual(historySheet(afterSecond));
    expect(third.report).toEqual(second.report);
    expect(third.plan).toEqual(second.plan);
  });

  it('shows the previous status and the change beside each goal on the summary', () => {
    const summary = afterSecond.sheets.find((s) => s.name === 'Sammanställning')!;
    const rows = [...summary.rows.values()].map((r) => r.map((c) => c?.value ?? null));
    const service = rows.find((r) => r[1] === 'Snabb service')!;
    expect(service[8]).toBe('● Uppfyllt');
    expect(service[9]).toBe('↓ Sämre');
    const safety = rows.find((r) => r[1] === 'Trygg kommun')!;
    expect(safety[9]).toBe('↑ Bättre');
    expect(rows.find((r) => r[1] === 'Hållbar ekonomi')![9]).toBe('→ Oförändrad');
    expect(
      rows.some((r) => r[1] === 'Uppföljning' && r[2] === 'T2 2024' && r[4] === 'T1 2024'),
    ).toBe(true);
  });

  it('keeps the T2 column when T1 2024 is assessed again, and compares T1 with nothing before it', async () => {
    const again = await assessOn(host, 'T1 2024');
    expect(again.report.previousFollowUp).toBeNull();
    expect(again.report.goals.every((g) => g.change === null)).toBe(true);
    const before = historySheet(afterThird).grid;
    const after = historySheet(await host.read()).grid;
    expect(after[0]).toEqual(before[0]);
    const t2 = before[0].indexOf('T2 2024');
    expect(after.map((r) => r[t2])).toEqual(before.map((r) => r[t2]));
    const t1 = before[0].indexOf('T1 2024');
    expect(after.map((r) => r[t1])).toEqual(before.map((r) => r[t1]));
  });
});

describe('the Historik sheet', () => {
  it('replaces a follow-up written another way ("T2 2024" is Delår 2024) under its first name, and adds new rows after their level', async () => {
    const host = new MemoryHost(municipality());
    await assessOn(host, 'Delår 2024');
    const wb = await host.read();
    const data = wb.sheets.find((s) => s.name === 'Mål')!;
    data.rows.set(7, [
      undefined as never,
      ...['Ny indikator', 'Snabb service', 'Service', 'Kommunstyrelsen', 'Öka', 5, 4, 4, 6].map(
        (value) => ({ value }),
      ),
    ]);
    const next = new MemoryHost(wb);
    await assessOn(next, 'T2 2024');
    const { grid } = historySheet(await next.read());
    expect(grid[0].slice(5)).toEqual(['Delår 2024']);
    expect(grid.slice(1).every((r) => typeof r[5] === 'string')).toBe(true);
    const levels = grid.slice(1).map((r) => r[0]);
    expect(levels.lastIndexOf('Indikator')).toBe(levels.length - 1);
    expect(grid[grid.length - 1][4]).toBe('Ny indikator');
  });

  it('keeps what a user wrote in another follow-up column, and rows this assessment lacks', async () => {
    const host = new MemoryHost(municipality());
    await assessOn(host, 'T1 2024');
    const wb = await host.read();
    const history = wb.sheets.find((s) => s.name === 'Historik')!;
    const goalRow = [...history.rows.entries()].find(
      ([, r]) => r[4]?.value === 'Snabb service',
    )![0];
    history.rows.get(goalRow)![6] = { value: 'Delvis uppfyllt' }; // the official's own word
    history.rows.set(40, [
      undefined as never,
      { value: 'Mål' },
      { value: 'Gammalt' },
      undefined as never,
      { value: 'Avslutat mål' },
      undefined as never,
      { value: '■ Ej uppfyllt' },
    ]);
    const next = new MemoryHost(wb);
    const result = await assessOn(next, 'T2 2024');
    const { grid } = historySheet(await next.read());
    expect(goalCell(grid, 'Snabb service', 'T1 2024')).toBe('Delvis uppfyllt');
    expect(result.report.goals.find((g) => g.name === 'Snabb service')!.previousStatus).toBe(
      'partly_met',
    );
    const old = grid.find((r) => r[3] === 'Avslutat mål')!;
    expect(old[5]).toBe('■ Ej uppfyllt');
    expect(old[6] ?? null).toBeNull();
  });

  it('is read in either language: an English run continues a Swedish history', async () => {
    const host = new MemoryHost(municipality());
    await assessOn(host, 'T1 2024');
    const english = await assessOn(host, 'T2 2024', 'en');
    expect(english.report.previousFollowUp).toBe('T1 2024');
    expect(english.report.goals.every((g) => g.previousStatus !== null)).toBe(true);
    const { name, grid } = historySheet(await host.read());
    expect(name).toBe('Follow-up history');
    expect(grid[0].slice(0, 5)).toEqual(['Level', 'Focus area', 'Committee', 'Goal', 'Indicator']);
    expect(goalCell(grid, 'Snabb service', 'T1 2024')).toBeNull(); // Nivå is now "Goal"
    const row = grid.find((r) => r[0] === 'Goal' && r[3] === 'Snabb service')!;
    expect(row[5]).toBe('● Uppfyllt');
    expect(row[6]).toBe('■ Not met');
  });

  it('is never read as an indicator table', async () => {
    const host = new MemoryHost(municipality());
    const once = await assessOn(host, 'T1 2024');
    const twice = assessWorkbook(await host.read(), { date: '2024-10-01', followUp: 'T1 2024' });
    expect(twice.read.indicators.length).toBe(once.read.indicators.length);
  });
});
