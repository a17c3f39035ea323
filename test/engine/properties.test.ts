/** Properties of the method that hold for every input, checked with fast-check. */
import { svText } from '../support/problem-text';
import fc from 'fast-check';
import { assess } from '../../src/engine';
import { EXPERT_WORDS } from '../../src/engine/override';
import { rank, STATUS_LOOK } from '../../src/engine/statuses';
import type {
  ActivityInput,
  Assessment,
  GoalInput,
  IndicatorInput,
  Parameters,
  RuleKind,
  Status,
} from '../../src/engine/types';
import { STATUSES } from '../../src/engine/types';
import { indicator, params } from './helpers';

const RULES: RuleKind[] = ['target', 'trend', 'comparison', 'pace', 'manual'];

// ---- arbitraries -------------------------------------------------------------------------

/** Any number at all, or nothing: NaN, ±Infinity, ±0, huge and tiny values included. */
const anyNumber = fc.oneof(fc.constant(null), fc.double(), fc.integer());
const anyText = fc.option(fc.string({ maxLength: 12 }), { nil: null });

const anyIndicator: fc.Arbitrary<IndicatorInput> = fc
  .record({
    row: fc.integer({ min: 1, max: 1000 }),
    goal: anyText,
    focusArea: anyText,
    owner: anyText,
    actual: anyNumber,
    actualYear: anyNumber,
    previous: anyNumber,
    baseline: anyNumber,
    baselineYear: anyNumber,
    target: anyNumber,
    targetYear: anyNumber,
    comparison: anyNumber,
    direction: fc.constantFrom<1 | -1 | null>(1, -1, null),
    directionText: anyText,
    rule: fc.constantFrom<RuleKind | null>(...RULES, null),
    ruleText: anyText,
    weight: fc.double(),
    expertStatus: fc.oneof(anyText, fc.constantFrom(...Object.values(EXPERT_WORDS).flat())),
    percent: fc.boolean(),
  })
  .map((r) => indicator({ ...r, cells: { indicator: `A${r.row}`, expert: `K${r.row}` } }));

const anyParameters: fc.Arbitrary<Parameters> = fc.record({
  partlyAt: fc.double(),
  trendBand: fc.double(),
  comparisonBand: fc.double(),
  paceOnTrack: fc.double(),
  paceModerate: fc.double(),
  goalRule: fc.constantFrom<Parameters['goalRule']>('points', 'worstTwo'),
  goalMetAt: fc.double(),
  goalPartlyAt: fc.double(),
  minCoverage: fc.double(),
});

const anyGoalRow: fc.Arbitrary<GoalInput> = fc
  .record({ goal: fc.string({ maxLength: 6 }), focusArea: anyText, expertStatus: anyText })
  .map((r) => ({ ...r, sheet: 'Mål', row: 2, analysis: null, cells: { goal: 'A2' } }));

const anyActivity: fc.Arbitrary<ActivityInput> = fc
  .record({ goal: fc.string({ maxLength: 6 }), focusArea: anyText, status: anyText })
  .map((r) => ({
    ...r,
    sheet: 'Akt',
    row: 2,
    activity: 'x',
    cells: { goal: 'A2', activity: 'B2' },
  }));

/** Everything in an assessment that must be a status. */
function allStatuses(a: Assessment): Status[] {
  return [
    ...a.indicators.flatMap((i) => [i.status, i.computedStatus]),
    ...a.goals.flatMap((g) => [g.status, g.computedStatus]),
    ...a.focusAreas.map((f) => f.status),
    ...a.owners.map((o) => o.status),
    a.overall.status,
  ];
}

describe('the engine never throws', () => {
  test('on arbitrary rows, parameters, goal rows and activities', () => {
    fc.assert(
      fc.property(
        fc.array(anyIndicator, { maxLength: 8 }),
        anyParameters,
        fc.array(anyGoalRow, { maxLength: 3 }),
        fc.array(anyActivity, { maxLength: 3 }),
        fc.constantFrom<'sv' | 'en'>('sv', 'en'),
        (indicators, parameters, goals, activities, lang) => {
          const a = assess({ indicators, parameters, goals, activities }, { lang });
          expect(a.indicators).toHaveLength(indicators.length);
          for (const s of allStatuses(a)) expect(STATUSES).toContain(s);
          for (const i of a.indicators) expect(i.reason.length).toBeGreaterThan(0);
          for (const g of a.goals) {
            if (g.score !== null) expect(Number.isFinite(g.score)).toBe(true);
          }
          for (const p of a.problems) expect(svText(p).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });
});

// ---- monotonicity in the actual ------------------------------------------------------------

const small = fc.integer({ min: -200, max: 200 }).map((x) => x / 4);
const positive = fc.integer({ min: 0, max: 400 }).map((x) => x / 4);
const value = fc.oneof(small, positive);
const year = fc.integer({ min: 2000, max: 2040 });

describe('moving the actual in the desired direction never lowers its rank', () => {
  /*
   * Stated precisely: for every rule but manual (which computes not_assessed
   * whatever a is), with every other value and the direction d fixed, and
   * a2 = a1 + d·δ for δ > 0: if the computed status at a1 has a rank, the
   * computed status at a2 has a rank too, and it is not lower.
   */
  const RUNS = 500;
  test.each(['target', 'trend', 'comparison', 'pace'] as const)('%s', (rule) => {
    let rankedRuns = 0;
    fc.assert(
      fc.property(
        fc.record({
          a: value,
          delta: fc.integer({ min: 1, max: 400 }).map((x) => x / 8),
          direction: fc.constantFrom<1 | -1>(1, -1),
          baseline: fc.option(value, { nil: null }),
          target: value,
          previous: value,
          comparison: value,
          // Mostly in the order pace needs, sometimes not.
          baselineYear: fc.integer({ min: 2000, max: 2018 }),
          actualYear: fc.integer({ min: 2016, max: 2025 }),
          targetYear: fc.integer({ min: 2016, max: 2040 }),
        }),
        ({ a, delta, ...rest }) => {
          const status = (actual: number) =>
            assess({ indicators: [indicator({ ...rest, rule, actual })], parameters: params() })
              .indicators[0].computedStatus;
          const before = rank(status(a));
          if (before === null) return;
          rankedRuns += 1;
          const after = rank(status(a + rest.direction * delta));
          expect(after).not.toBeNull();
          expect(after as number).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
    // The property must not hold merely because nothing was ranked.
    expect(rankedRuns).toBeGreaterThan(RUNS / 5);
  });
});

// ---- overrides ---------------------------------------------------------------------------

const wordFor = (status: Status) => EXPERT_WORDS[status][0];
const ranked: Status[] = ['not_met', 'partly_met', 'met'];

/** A word of §3.6 in random case. */
const expertWord = fc
  .record({
    status: fc.constantFrom(...STATUSES),
    pick: fc.nat(),
    upper: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
  })
  .map(({ status, pick, upper }) => {
    const words = EXPERT_WORDS[status];
    const word = words[pick % words.length];
    const cased = [...word].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase()));
    return { status, word: cased.join('') };
  });

describe('overrides', () => {
  test('an expert status always wins, for indicators and for goals', () => {
    fc.assert(
      fc.property(anyIndicator, expertWord, expertWord, (row, mine, goals) => {
        const a = assess({
          indicators: [{ ...row, goal: 'G', expertStatus: mine.word }],
          goals: [
            {
              sheet: 'Mål',
              row: 2,
              goal: ' g ',
              focusArea: null,
              expertStatus: goals.word,
              analysis: null,
              cells: { goal: 'A2' },
            },
          ],
          parameters: params(),
        });
        expect(a.indicators[0].status).toBe(mine.status);
        expect(a.indicators[0].overridden).toBe(true);
        expect(a.goals[0].status).toBe(goals.status);
        expect(a.goals[0].overridden).toBe(true);
      }),
    );
  });

  test("raising one indicator's status never lowers its goal's rank", () => {
    /*
     * For a goal whose indicators have final statuses s_1..s_n (via the expert
     * column, weights from a small set), overriding one ranked s_i with s ≥ s_i:
     * if the goal had a rank it keeps one that is not lower (and S does not fall).
     */
    const member = fc.record({
      status: fc.constantFrom(...STATUSES),
      weight: fc.constantFrom(0.5, 1, 2, 3, 10),
    });
    fc.assert(
      fc.property(
        fc.array(member, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<Parameters['goalRule']>('points', 'worstTwo'),
        (members, pickRow, pickRaise, goalRule) => {
          const i = pickRow % members.length;
          const current = rank(members[i].status);
          if (current === null) return;
          const raisedTo = ranked[current + (pickRaise % (3 - current))];
          const goalWith = (changed: Status) => {
            const rows = members.map((m, j) =>
              indicator({
                row: j + 2,
                rule: 'manual',
                weight: m.weight,
                expertStatus: wordFor(j === i ? changed : m.status),
              }),
            );
            return assess({ indicators: rows, parameters: params({ goalRule }) }).goals[0];
          };
          const before = goalWith(members[i].status);
          const after = goalWith(raisedTo);
          const r0 = rank(before.status);
          if (r0 === null) return;
          expect(rank(after.status)).not.toBeNull();
          expect(rank(after.status) as number).toBeGreaterThanOrEqual(r0);
          if (before.score !== null)
            expect(after.score as number).toBeGreaterThanOrEqual(before.score);
        },
      ),
      { numRuns: 500 },
    );
  });
});

// ---- order of the rows -------------------------------------------------------------------

const GOALS = ['Trygg kommun', 'Hållbar miljö', 'Attraktiv skola', null];
const AREAS = ['Välfärd', 'Miljö', null];
const OWNERS = ['Kultur', 'Skola', null];

/** A spelling of `text` that groups with it: other case, stray spaces. */
function respell(text: string | null, variant: number): string | null {
  if (text === null) return null;
  if (variant % 3 === 1) return text.toUpperCase();
  if (variant % 3 === 2) return `  ${text.toLowerCase()} `;
  return text;
}

/** Each goal keeps one focus area, written on some rows and not on others. */
function areaOf(goalIndex: number): string | null {
  return AREAS[goalIndex % AREAS.length];
}

const realisticRow = fc
  .record({
    goalIndex: fc.nat({ max: GOALS.length - 1 }),
    ownerIndex: fc.nat({ max: OWNERS.length - 1 }),
    variant: fc.nat(),
    writesArea: fc.boolean(),
    rule: fc.constantFrom<RuleKind | null>(...RULES, null),
    direction: fc.constantFrom<1 | -1 | null>(1, -1, null),
    actual: fc.option(small, { nil: null }),
    previous: fc.option(small, { nil: null }),
    baseline: fc.option(small, { nil: null }),
    target: fc.option(small, { nil: null }),
    comparison: fc.option(small, { nil: null }),
    baselineYear: year,
    actualYear: year,
    targetYear: year,
    weight: fc.constantFrom(0.5, 1, 2, 3),
    expertStatus: fc.option(fc.constantFrom('Uppfyllt', 'Delvis', 'Röd', 'Grå', 'Okänt'), {
      nil: null,
    }),
  })
  .map(({ goalIndex, ownerIndex, variant, writesArea, ...r }) => ({
    ...r,
    goal: respell(GOALS[goalIndex], variant),
    focusArea: writesArea ? respell(areaOf(goalIndex), variant + 1) : null,
    owner: respell(OWNERS[ownerIndex], variant + 2),
  }));

/** What must not depend on the order: everything but the displayed spelling. */
function orderFree(a: Assessment) {
  const byName = <T extends { name: string }>(xs: T[], pick: (x: T) => unknown) =>
    Object.fromEntries(xs.map((x) => [x.name.trim().toLowerCase(), pick(x)]));
  return {
    indicators: Object.fromEntries(
      a.indicators.map((i) => [
        i.row,
        [i.status, i.computedStatus, i.overridden, i.trend, i.fulfilment, i.paceRatio, i.rule],
      ]),
    ),
    goals: byName(a.goals, (g) => [
      g.status,
      g.computedStatus,
      g.score,
      g.counts,
      g.activities,
      g.focusArea.toLowerCase(),
    ]),
    focusAreas: byName(a.focusAreas, (f) => [f.status, f.score, f.counts]),
    owners: byName(a.owners, (o) => [o.status, o.score, o.counts]),
    overall: a.overall,
  };
}

describe('statuses, scores and counts do not depend on the order of the rows', () => {
  test('shuffled indicator, goal and activity rows give the same results', () => {
    const scenario = fc
      .record({
        rows: fc.array(realisticRow, { minLength: 1, maxLength: 12 }),
        goalExperts: fc.array(fc.option(fc.constantFrom('Grön', 'Gul', 'Nej'), { nil: null }), {
          minLength: GOALS.length,
          maxLength: GOALS.length,
        }),
        activities: fc.array(
          fc.record({
            goalIndex: fc.nat({ max: GOALS.length - 1 }),
            status: fc.constantFrom('Genomförd', 'pågående', 'Inställd', 'Planerad'),
          }),
          { maxLength: 6 },
        ),
        goalRule: fc.constantFrom<Parameters['goalRule']>('points', 'worstTwo'),
      })
      .chain((s) => {
        const indicators = s.rows.map((r, i) => indicator({ ...r, row: i + 2 }));
        const goals: GoalInput[] = GOALS.flatMap((goal, i) =>
          goal === null
            ? []
            : [
                {
                  sheet: 'Mål',
                  row: i + 2,
                  goal,
                  focusArea: areaOf(i),
                  expertStatus: s.goalExperts[i],
                  analysis: null,
                  cells: { goal: `A${i + 2}` },
                },
              ],
        );
        const activities: ActivityInput[] = s.activities.map((x, i) => ({
          sheet: 'Akt',
          row: i + 2,
          goal: GOALS[x.goalIndex] ?? '',
          focusArea: null,
          activity: `Aktivitet ${i}`,
          status: x.status,
          cells: { goal: `A${i + 2}`, activity: `B${i + 2}` },
        }));
        const shuffle = <T>(xs: T[]) =>
          fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length });
        return fc.record({
          original: fc.constant({ indicators, goals, activities }),
          shuffled: fc.record({
            indicators: shuffle(indicators),
            goals: shuffle(goals),
            activities: shuffle(activities),
          }),
          goalRule: fc.constant(s.goalRule),
        });
      });
    fc.assert(
      fc.property(scenario, ({ original, shuffled, goalRule }) => {
        const p = params({ goalRule });
        const a = assess({ ...original, parameters: p });
        const b = assess({ ...shuffled, parameters: p });
        expect(orderFree(b)).toEqual(orderFree(a));
      }),
      { numRuns: 300 },
    );
  });
});

test('every status has a look', () => {
  for (const s of STATUSES) expect(STATUS_LOOK[s].symbol).toBeTruthy();
});
