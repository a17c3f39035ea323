/** §10's pieces one by one: names, order, derivation, the reader's cut, the cells. */
import { DEFAULT_PARAMETERS } from '../../../src/engine/parameters';
import { assess } from '../../../src/engine';
import { assessWorkbook } from '../../../src/workbook/assess-workbook';
import {
  changeOf,
  compareWithHistory,
  previousFollowUp,
} from '../../../src/workbook/history/change';
import {
  checkFollowUp,
  compareFollowUps,
  deriveFollowUp,
  parseFollowUp,
} from '../../../src/workbook/history/follow-up';
import { rowKey, statusOfCell, type History } from '../../../src/workbook/history/model';
import { sheetMarkName } from '../../../src/workbook/ownership';
import { readWorkbook } from '../../../src/workbook/read';
import { sheet, workbook } from '../../support/snapshot-builder';

describe('a follow-up is a period, compared and ordered as periods are', () => {
  it.each([
    ['T1 2024', 'T1 2024'],
    ['  Utfall  T2 2024 ', 'T2 2024'],
    ['Actual 2023', '2023'],
    ['Delårsrapport 2024', 'Delårsrapport 2024'],
    ['årsredovisning 2023', 'årsredovisning 2023'],
  ])('%j is the follow-up %j', (text, name) => {
    expect(parseFollowUp(text)?.name).toBe(name);
  });

  it.each([['våren 2024'], ['Q1 2024'], ['T4 2024'], [''], ['2024-09-30']])(
    '%j is not a period',
    (text) => {
      expect(parseFollowUp(text)).toBeNull();
    },
  );

  it('treats T2, Tertial 2, Delår and Delårsrapport as one; the full year in all its names as one', () => {
    const rank = (t: string) => parseFollowUp(t)!.rank;
    expect(
      new Set(['T2 2024', 'Tertial 2 2024', 'Delår 2024', 'Delårsrapport 2024'].map(rank)).size,
    ).toBe(1);
    expect(
      new Set(
        ['Helår 2023', 'Bokslut 2023', 'Utfall 2023', '2023', 'T3 2023', 'Årsredovisning 2023'].map(
          rank,
        ),
      ).size,
    ).toBe(1);
  });

  it('orders by year, then T1 < T2 < the full year', () => {
    const names = ['2024', 'T2 2024', 'Helår 2023', 'T1 2024', 'Delår 2023'];
    const sorted = names.map((n) => parseFollowUp(n)!).sort(compareFollowUps);
    expect(sorted.map((f) => f.name)).toEqual([
      'Delår 2023',
      'Helår 2023',
      'T1 2024',
      'T2 2024',
      '2024',
    ]);
  });

  it('is a bad argument when it is not a period or names another period than --period', () => {
    expect(checkFollowUp(null, 'Utfall 2023')).toBeNull();
    expect(checkFollowUp('T1 2024', null)).toBeNull();
    expect(checkFollowUp('Delår 2024', 'Utfall T2 2024')).toBeNull();
    expect(checkFollowUp('hösten', null)).toBe('not_a_period');
    expect(checkFollowUp('T1 2024', 'Utfall T2 2024')).toBe('contradicts_period');
  });
});

describe('the follow-up when none is named', () => {
  const periods = [
    'Indikator',
    'Mål',
    'Målvärde',
    'Utfall 2023',
    'Utfall T1 2024',
    'Utfall T2 2024',
  ];

  it('is the latest period with a number in some indicator row, in the order of periods', () => {
    const book = workbook(
      sheet('A', [
        ['Indikator', 'Mål', 'Målvärde', 'Utfall T2 2024', 'Utfall 2023', 'Utfall T1 2024'],
        ['X', 'M', 10, null, 8, 9],
        ['Y', 'M', 10, null, 8, null],
      ]),
    );
    expect(assessWorkbook(book, { date: '2026-01-01' }).report.followUp).toBe('T1 2024');
  });

  it('is the period of --period when one is named', () => {
    const book = workbook(sheet('A', [periods, ['X', 'M', 10, 8, 9, 11]]));
    expect(
      assessWorkbook(book, { date: '2026-01-01', period: 'Utfall 2023' }).report.followUp,
    ).toBe('2023');
  });

  it('is the latest Utfallsår, else the year of the date', () => {
    const withYear = readWorkbook(
      workbook(
        sheet('A', [
          ['Indikator', 'Utfall', 'Utfallsår'],
          ['X', 1, 2022],
          ['Y', 2, 2023],
        ]),
      ),
    );
    expect(deriveFollowUp(withYear.latestPeriod, withYear.indicators, '2026-05-01').name).toBe(
      '2023',
    );
    const without = readWorkbook(
      workbook(
        sheet('A', [
          ['Indikator', 'Utfall'],
          ['X', 1],
        ]),
      ),
    );
    expect(deriveFollowUp(without.latestPeriod, without.indicators, '2026-05-01').name).toBe(
      '2026',
    );
  });
});

describe('an assessment for a follow-up uses what was known then', () => {
  const book = () =>
    workbook(
      sheet('A', [
        ['Indikator', 'Mål', 'Önskad riktning', 'Utfall 2023', 'Utfall T1 2024', 'Utfall T2 2024'],
        ['X', 'M', 'Öka', 5, 6, 4],
        ['Y', 'M', 'Öka', 5, null, 7],
      ]),
    );

  it('ignores period columns after it, as if they were empty', () => {
    const read = readWorkbook(book(), { until: parseFollowUp('T1 2024')!.rank });
    expect(read.indicators.map((i) => [i.actual, i.previous, i.actualPeriod])).toEqual([
      [6, 5, 'Utfall T1 2024'],
      [5, null, 'Utfall 2023'],
    ]);
    expect(read.latestPeriod).toBe('Utfall T1 2024');
    // The task pane still offers every period column.
    expect(read.periods.map((p) => p.label)).toEqual([
      'Utfall 2023',
      'Utfall T1 2024',
      'Utfall T2 2024',
    ]);
  });

  it('reads every period column without a follow-up', () => {
    const read = readWorkbook(book());
    expect(read.indicators.map((i) => i.actual)).toEqual([4, 7]);
    expect(read.latestPeriod).toBe('Utfall T2 2024');
  });
});

describe('Historik cells and rows', () => {
  it.each([
    ['● Uppfyllt', 'met'],
    ['◆ Delvis uppfyllt (sakkunnig)', 'partly_met'],
    ['■ Not met (expert)', 'not_met'],
    ['▲', 'not_assessed'],
    ['Ej uppfyllt', 'not_met'],
    ['● Ej uppfyllt', 'not_met'],
    ['Partly met', 'partly_met'],
    ['bra jobbat', null],
    [42, null],
    [null, null],
  ])('reads %j as %j', (cell, status) => {
    expect(statusOfCell(cell)).toBe(status);
  });

  it('identifies goals by name and indicators by goal, indicator and nämnd, trimmed and without regard to case', () => {
    const id = {
      level: 'goal' as const,
      focusArea: 'A',
      owner: null,
      goal: ' Trygg Kommun ',
      indicator: null,
    };
    expect(rowKey(id)).toBe(rowKey({ ...id, focusArea: 'B', goal: 'trygg kommun' }));
    const ind = {
      level: 'indicator' as const,
      focusArea: 'A',
      owner: 'KS',
      goal: 'M',
      indicator: 'X',
    };
    expect(rowKey(ind)).toBe(rowKey({ ...ind, focusArea: null, owner: 'ks ' }));
    expect(rowKey(ind)).not.toBe(rowKey({ ...ind, owner: 'SN' }));
    expect(rowKey({ ...id, goal: '(Utan mål)' })).toBe(rowKey({ ...id, goal: '(No goal)' }));
  });

  it('takes as previous the latest follow-up before the current one, never one after it', () => {
    const history: History = {
      followUps: ['T1 2024', '2024', 'Helår 2023'].map((n) => parseFollowUp(n)!),
      rows: [],
    };
    expect(previousFollowUp(history, parseFollowUp('T2 2024')!)).toBe(0);
    expect(previousFollowUp(history, parseFollowUp('T1 2024')!)).toBe(2);
    expect(previousFollowUp(history, parseFollowUp('2023')!)).toBe(-1);
  });

  it('gives the change by rank, null where either status has none', () => {
    expect(changeOf('partly_met', 'met')).toBe('better');
    expect(changeOf('met', 'not_met')).toBe('worse');
    expect(changeOf('not_met', 'not_met')).toBe('same');
    expect(changeOf('not_assessed', 'met')).toBeNull();
    expect(changeOf('met', 'not_assessed')).toBeNull();
    expect(changeOf(null, 'met')).toBeNull();
  });

  it('compares with an empty column of the previous follow-up as no previous status', () => {
    const a = assess({
      indicators: [],
      goals: [
        {
          sheet: 'G',
          row: 2,
          goal: 'M',
          focusArea: null,
          expertStatus: 'Uppfyllt',
          analysis: null,
          cells: { goal: 'B2' },
        },
      ],
      parameters: DEFAULT_PARAMETERS,
    });
    const history: History = {
      followUps: [parseFollowUp('T1 2024')!],
      rows: [
        {
          id: { level: 'goal', focusArea: null, owner: null, goal: 'M', indicator: null },
          names: [],
          values: [null],
        },
      ],
    };
    const c = compareWithHistory(history, a, parseFollowUp('T2 2024')!);
    expect(c.previous?.name).toBe('T1 2024');
    expect(c.goals).toEqual([{ previousStatus: null, change: null }]);
  });
});

describe('the Historik sheet is named as the summary is', () => {
  it('goes to "Historik (2)" when the user has a sheet Historik, with a warning', () => {
    const book = workbook(
      sheet('A', [
        ['Indikator', 'Utfall 2023'],
        ['X', 1],
      ]),
      sheet('Historik', [['mina anteckningar']]),
    );
    const result = assessWorkbook(book, { date: '2024-01-01' });
    const mark = result.plan.marks!.find((m) => m.name === sheetMarkName('history'));
    expect(mark?.sheet).toBe('Historik (2)');
    expect(
      result.problems.some((p) => p.code === 'history_renamed' && p.sheet === 'Historik'),
    ).toBe(true);
    // The user's own Historik sheet is read as any sheet of theirs, and never written.
    expect(result.plan.values.some((v) => v.sheet === 'Historik')).toBe(false);
  });
});
