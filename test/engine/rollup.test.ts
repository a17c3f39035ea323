import { svText } from '../support/problem-text';
import { assess } from '../../src/engine';
import type { IndicatorInput, Status } from '../../src/engine/types';
import { assessRows, indicator, params } from './helpers';

/** An indicator whose final status is `status`, via the expert column. */
function withStatus(status: Status, over: Partial<IndicatorInput> = {}): Partial<IndicatorInput> {
  const word = {
    met: 'Uppfyllt',
    partly_met: 'Delvis',
    not_met: 'Ej uppfyllt',
    not_assessed: 'Grå',
  };
  return { rule: 'manual', expertStatus: word[status], ...over };
}

function goalOf(statuses: (Status | [Status, number])[], p = {}) {
  const rows = statuses.map((s) =>
    Array.isArray(s) ? withStatus(s[0], { weight: s[1] }) : withStatus(s),
  );
  return assessRows(rows, p).goals[0];
}

describe('§5 points', () => {
  test('S = Σ w·points / Σ w; exactly goalMetAt is met', () => {
    const g = goalOf([
      ['met', 4],
      ['not_met', 1],
    ]);
    expect(g.score).toBeCloseTo(0.8, 12);
    expect(g.status).toBe('met');
  });

  test('exactly goalPartlyAt is partly met; below it not met', () => {
    expect(goalOf(['met', 'not_met']).status).toBe('partly_met');
    expect(goalOf(['partly_met']).score).toBe(0.5);
    expect(goalOf(['partly_met', 'not_met']).status).toBe('not_met');
  });

  test('the thresholds are parameters', () => {
    expect(goalOf(['met', 'partly_met'], { goalMetAt: 0.75 }).status).toBe('met');
    expect(goalOf(['met', 'partly_met']).status).toBe('partly_met');
  });

  test('weights that are not numbers > 0 count as 1', () => {
    const g = goalOf([
      ['met', NaN],
      ['not_met', -3],
      ['not_met', 0],
      ['met', Infinity],
    ]);
    expect(g.score).toBe(0.5);
  });

  test('coverage: 1 ranked of 2 is enough at minCoverage 0.5, 1 of 3 is not (score still given)', () => {
    const enough = goalOf(['met', 'not_assessed']);
    expect(enough.status).toBe('met');
    const few = goalOf(['met', 'not_assessed', 'not_assessed']);
    expect(few.computedStatus).toBe('not_assessed');
    expect(few.score).toBe(1);
    expect(few.reason).toBe(
      '1 av 3 indikatorer uppfyllda, 2 kan inte bedömas. För få indikatorer kan bedömas (1 av 3; minst 50 % krävs).',
    );
  });

  test('no ranked indicator: not assessed and no score', () => {
    const g = goalOf(['not_assessed']);
    expect(g.status).toBe('not_assessed');
    expect(g.score).toBeNull();
  });

  test('weights count in the score, not in the coverage', () => {
    const g = goalOf([['met', 10], 'not_assessed', 'not_assessed'], { minCoverage: 0.4 });
    expect(g.status).toBe('not_assessed');
  });
});

describe('§5 worstTwo', () => {
  const w = { goalRule: 'worstTwo' as const };
  test.each<[Status[], Status]>([
    [['met', 'met', 'met'], 'met'],
    [['met', 'met', 'partly_met'], 'partly_met'],
    [['not_met', 'not_met', 'met'], 'not_met'],
    [['met', 'not_met'], 'partly_met'],
    [['partly_met', 'partly_met'], 'partly_met'],
    [['not_met'], 'not_met'],
    [['met', 'not_assessed'], 'met'],
  ])('%j → %s', (statuses, expected) => {
    const g = goalOf(statuses, w);
    expect(g.status).toBe(expected);
    expect(g.score).toBeNull();
  });

  test('coverage applies too', () => {
    expect(goalOf(['met', 'not_assessed', 'not_assessed'], w).status).toBe('not_assessed');
  });
});

describe('§5 goals, focus areas, owners and the whole', () => {
  test('goals grouped by trimmed text without case, first spelling shown, in order of appearance', () => {
    const a = assessRows([
      withStatus('met', { goal: ' Trygg kommun ' }),
      withStatus('met', { goal: null }),
      withStatus('not_met', { goal: 'TRYGG KOMMUN' }),
    ]);
    expect(a.goals.map((g) => g.name)).toEqual(['Trygg kommun', '(Utan mål)']);
    expect(a.goals[0].counts).toEqual({ met: 1, partly_met: 0, not_met: 1, not_assessed: 0 });
    expect(a.goals[1].focusArea).toBe('(Utan fokusområde)');
  });

  test('English names for rows without goal or focus area', () => {
    const a = assessRows([withStatus('met', { goal: '' })], {}, 'en');
    expect(a.goals[0].name).toBe('(No goal)');
    expect(a.goals[0].focusArea).toBe('(No focus area)');
    expect(a.goals[0].reason).toBe('1 of 1 indicator met.');
  });

  test('a goal whose rows name two focus areas: a warning at the later focus-area cell', () => {
    const a = assessRows([
      withStatus('met', { focusArea: 'Välfärd', cells: { indicator: 'A2', focusArea: 'B2' } }),
      withStatus('met', { focusArea: ' välfärd ', cells: { indicator: 'A3', focusArea: 'B3' } }),
      withStatus('met', { focusArea: 'Miljö', cells: { indicator: 'A4', focusArea: 'B4' } }),
    ]);
    expect(a.goals[0].focusArea).toBe('Välfärd');
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0]).toMatchObject({ code: 'focus_area_conflict', cell: 'B4' });
    expect(svText(a.problems[0])).toContain('”Välfärd”');
    expect(svText(a.problems[0])).toContain('”Miljö”');
  });

  test('focus areas and the whole weigh their goals final statuses, weight 1 each', () => {
    const a = assessRows([
      withStatus('met', { goal: 'G1', focusArea: 'A', weight: 100 }),
      withStatus('not_met', { goal: 'G1', focusArea: 'A' }),
      withStatus('not_met', { goal: 'G2', focusArea: 'a' }),
      withStatus('partly_met', { goal: 'G3', focusArea: 'B' }),
    ]);
    expect(a.goals.map((g) => g.status)).toEqual(['met', 'not_met', 'partly_met']);
    expect(a.focusAreas).toEqual([
      {
        name: 'A',
        status: 'partly_met',
        score: 0.5,
        counts: { met: 1, partly_met: 0, not_met: 1, not_assessed: 0 },
      },
      {
        name: 'B',
        status: 'partly_met',
        score: 0.5,
        counts: { met: 0, partly_met: 1, not_met: 0, not_assessed: 0 },
      },
    ]);
    expect(a.overall).toEqual({
      status: 'partly_met',
      score: 0.5,
      counts: { met: 1, partly_met: 1, not_met: 1, not_assessed: 0 },
    });
  });

  test('owners apply the goal rule directly to their indicators, across goals', () => {
    const a = assessRows([
      withStatus('met', { goal: 'G1', owner: 'Kultur', weight: 3 }),
      withStatus('not_met', { goal: 'G2', owner: 'kultur ' }),
      withStatus('not_met', { goal: 'G1', owner: 'Skola' }),
      withStatus('not_assessed', { goal: 'G2', owner: null }),
    ]);
    expect(a.owners.map((o) => o.name)).toEqual(['Kultur', 'Skola', '(Utan ansvarig)']);
    expect(a.owners[0]).toMatchObject({ status: 'partly_met', score: 0.75 });
    expect(a.owners[0].counts).toEqual({ met: 1, partly_met: 0, not_met: 1, not_assessed: 0 });
    expect(a.owners[2]).toMatchObject({ status: 'not_assessed', score: null });
  });

  test('a goal only in the goal table: no indicators, its expert status and focus area apply', () => {
    const out = assess({
      indicators: [indicator(withStatus('met', { goal: 'G1' }))],
      goals: [
        {
          sheet: 'Mål',
          row: 2,
          goal: 'Medborgardialog',
          focusArea: 'Demokrati',
          expertStatus: 'delvis uppfyllt',
          analysis: 'Arbetet pågår.',
          cells: { goal: 'A2', focusArea: 'B2', expert: 'C2', analysis: 'D2' },
        },
      ],
      parameters: params(),
    });
    const g = out.goals[1];
    expect(g).toMatchObject({
      name: 'Medborgardialog',
      focusArea: 'Demokrati',
      computedStatus: 'not_assessed',
      status: 'partly_met',
      overridden: true,
      score: null,
      analysis: 'Arbetet pågår.',
    });
    expect(g.counts).toEqual({ met: 0, partly_met: 0, not_met: 0, not_assessed: 0 });
    expect(g.reason).toBe(
      'Målet har inga indikatorer. Sakkunnig bedömning: Delvis uppfyllt (beräknat: Kan inte bedömas).',
    );
    expect(out.focusAreas.map((f) => f.name)).toEqual(['(Utan fokusområde)', 'Demokrati']);
  });

  test('a goal-table expert status overrides the computed goal; unrecognised text is a warning', () => {
    const goalRow = (expertStatus: string) => ({
      sheet: 'Mål',
      row: 5,
      goal: 'g1',
      focusArea: null,
      expertStatus,
      analysis: null,
      cells: { goal: 'A5', expert: 'C5' },
    });
    const rows = [indicator(withStatus('met', { goal: 'G1' }))];
    const over = assess({ indicators: rows, goals: [goalRow('RÖD')], parameters: params() });
    expect(over.goals[0]).toMatchObject({
      status: 'not_met',
      computedStatus: 'met',
      overridden: true,
    });
    const bad = assess({ indicators: rows, goals: [goalRow('Okej')], parameters: params() });
    expect(bad.goals[0]).toMatchObject({ status: 'met', overridden: false });
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]).toMatchObject({
      code: 'unknown_goal_expert_status',
      sheet: 'Mål',
      cell: 'C5',
    });
  });

  test('activities are counted per goal; an activity-only goal comes last', () => {
    const activity = (goal: string, status: string | null, row: number) => ({
      sheet: 'Aktiviteter',
      row,
      goal,
      focusArea: null,
      activity: `Aktivitet ${row}`,
      status,
      cells: { goal: `A${row}`, activity: `B${row}` },
    });
    const out = assess({
      indicators: [indicator(withStatus('met', { goal: 'G1' }))],
      activities: [
        activity('g1', ' genomförd ', 2),
        activity('G1', 'Pågående', 3),
        activity('G1', 'EJ PÅBÖRJAD', 4),
        activity('G1', 'Försenad', 5),
        activity('G1', 'planerad', 6),
        activity('G1', 'Inställd', 7),
        activity('G1', null, 8),
        activity('Nytt mål', 'Okänd', 9),
      ],
      parameters: params(),
    });
    expect(out.goals[0].activities).toEqual({ done: 1, planned: 4, other: 2 });
    expect(out.goals[1]).toMatchObject({ name: 'Nytt mål', status: 'not_assessed' });
    expect(out.goals[1].activities).toEqual({ done: 0, planned: 0, other: 1 });
  });

  test('the goal sentence counts the indicators', () => {
    const a = assessRows([
      withStatus('met'),
      withStatus('met'),
      withStatus('met'),
      withStatus('partly_met'),
    ]);
    expect(a.goals[0].reason).toBe('3 av 4 indikatorer uppfyllda, 1 delvis.');
    const en = assessRows(
      [withStatus('met'), withStatus('met'), withStatus('met'), withStatus('partly_met')],
      {},
      'en',
    );
    expect(en.goals[0].reason).toBe('3 of 4 indicators met, 1 partly.');
  });
});
