import { toReport } from '../../src/workbook/report';
import { assessmentOf, goal, problem, readOf, result, ZERO } from './plan/helpers';
import type { IndicatorInput } from '../../src/engine/types';

const input = (sheet: string, row: number) => ({ sheet, row }) as IndicatorInput;

describe('the JSON report', () => {
  const read = readOf([], {
    indicators: [input('A', 3), input('A', 10), input('B', 2), input('B', 5)],
  });
  const assessment = assessmentOf(
    [
      result('B', 5),
      result('A', 10, { fulfilment: 0.123456789, paceRatio: 1.0000001, trend: 'worsened' }),
      result('B', 2, { status: 'not_assessed', computedStatus: 'not_assessed', fulfilment: null }),
      result('A', 3, {
        status: 'partly_met',
        computedStatus: 'met',
        overridden: true,
        rule: 'pace',
      }),
    ],
    {
      goals: [
        goal('Trygg kommun', {
          analysis: 'Analys',
          reason: 'Skäl',
          activities: { done: 1, planned: 2, other: 3 },
        }),
        goal('(Utan mål)', {
          focusArea: '(Utan fokusområde)',
          score: null,
          status: 'not_assessed',
        }),
      ],
      focusAreas: [{ name: 'Trygghet', status: 'met', score: 1, counts: { ...ZERO, met: 1 } }],
      owners: [{ name: 'Nämnd A', status: 'not_met', score: 0, counts: { ...ZERO, not_met: 2 } }],
      overall: { status: 'partly_met', score: 0.5, counts: { ...ZERO, met: 1, not_assessed: 1 } },
    },
  );
  const problems = [problem('A', 'C3', { severity: 'error' })];
  const report = toReport(read, assessment, problems);

  it('has version 1 and the parameters used', () => {
    expect(report.version).toBe(1);
    expect(report.parameters).toEqual(assessment.parameters);
  });

  it('lists indicators in workbook order: sheets as read, rows top down', () => {
    expect(report.indicators.map((i) => [i.sheet, i.row])).toEqual([
      ['A', 3],
      ['A', 10],
      ['B', 2],
      ['B', 5],
    ]);
  });

  it('gives each indicator exactly the contract fields, codes untranslated, numbers unrounded', () => {
    const [first, second] = report.indicators;
    expect(Object.keys(first)).toEqual([
      'sheet',
      'row',
      'name',
      'goal',
      'focusArea',
      'owner',
      'rule',
      'status',
      'computedStatus',
      'overridden',
      'trend',
      'fulfilment',
      'paceRatio',
      'period',
      'reason',
    ]);
    expect(first).toMatchObject({
      status: 'partly_met',
      computedStatus: 'met',
      overridden: true,
      rule: 'pace',
    });
    expect(second).toMatchObject({
      fulfilment: 0.123456789,
      paceRatio: 1.0000001,
      trend: 'worsened',
    });
  });

  it('gives goals, focus areas, owners and the whole exactly their contract fields', () => {
    expect(report.goals[0]).toEqual({
      name: 'Trygg kommun',
      focusArea: 'Område A',
      status: 'met',
      computedStatus: 'met',
      overridden: false,
      score: 1,
      counts: { met: 1, partly_met: 0, not_met: 0, not_assessed: 0 },
      activities: { done: 1, planned: 2, other: 3 },
    });
    expect(report.goals.map((g) => g.name)).toEqual(['Trygg kommun', '(Utan mål)']);
    expect(report.focusAreas).toEqual([
      {
        name: 'Trygghet',
        status: 'met',
        counts: { met: 1, partly_met: 0, not_met: 0, not_assessed: 0 },
      },
    ]);
    expect(report.owners).toEqual([
      {
        name: 'Nämnd A',
        status: 'not_met',
        counts: { met: 0, partly_met: 0, not_met: 2, not_assessed: 0 },
      },
    ]);
    expect(report.overall).toEqual({
      status: 'partly_met',
      counts: { met: 1, partly_met: 0, not_met: 0, not_assessed: 1 },
    });
  });

  it('gives problems sheet, cell, severity, message (without the location) and code', () => {
    expect(report.problems).toEqual([
      {
        sheet: 'A',
        cell: 'C3',
        severity: 'error',
        message: '”xC3” är inte ett tal. Skriv ett tal (t.ex. 12,5) eller lämna cellen tom.',
        code: 'unreadable_number',
      },
    ]);
  });

  it('words the messages in the language asked for', () => {
    expect(toReport(read, assessment, problems, null, 'en').problems[0].message).toBe(
      '“xC3” is not a number. Enter a number (e.g. 12.5) or leave the cell empty.',
    );
  });

  it('survives JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
