/**
 * §5: goals, focus areas, owners and the whole. Goals and focus areas are
 * grouped by their trimmed text without regard to case; the first spelling is
 * shown. Everything is in order of first appearance: indicators in input
 * order, then goals only in the goal table, then goals only in the activity table.
 */
import { countActivity, emptyActivityCounts } from './activities';
import { focusAreaConflict, unknownGoalExpertStatus } from './messages';
import { readExpertStatus } from './override';
import { goalReason } from './reason';
import { addToTally, judgeTally, newTally, type Tally } from './rollup';
import { cleanText, SpellingCache } from './text';
import type {
  ActivityCounts,
  ActivityInput,
  GoalInput,
  GoalResult,
  GroupResult,
  IndicatorInput,
  IndicatorResult,
  Lang,
  Parameters,
  Problem,
  Status,
} from './types';
import { sanitizeWeight } from './values';

export const NO_GOAL: Readonly<Record<Lang, string>> = { sv: '(Utan mål)', en: '(No goal)' };
export const NO_FOCUS_AREA: Readonly<Record<Lang, string>> = {
  sv: '(Utan fokusområde)',
  en: '(No focus area)',
};
/** An owner column whose cell is empty (without the column, the sheet's name is the owner). */
export const NO_OWNER: Readonly<Record<Lang, string>> = { sv: '(Utan ansvarig)', en: '(No owner)' };

interface GoalGroup {
  name: string;
  focusKey: string | null;
  focusName: string | null;
  /**
   * Other focus areas already warned about: rows below a conflicting row
   * carry its focus area down (§7), and one warning says it.
   */
  conflicts: Set<string>;
  tally: Tally;
  activities: ActivityCounts;
  /** The first recognised goal-level expert status (§5, from the goal table). */
  expertStatus: Status | null;
  analysis: string | null;
}

interface NamedTally {
  name: string;
  tally: Tally;
}

export interface Rolled {
  goals: GoalResult[];
  focusAreas: GroupResult[];
  owners: GroupResult[];
  overall: { status: Status; score: number | null; counts: GoalResult['counts'] };
}

class Grouper {
  readonly goals = new Map<string, GoalGroup>();
  readonly owners = new Map<string, NamedTally>();
  private readonly spellings = new SpellingCache();

  constructor(
    private readonly lang: Lang,
    private readonly problems: Problem[],
  ) {}

  /* Rows of one goal usually follow each other: the last one found is tried first. */
  private lastGoalText: unknown = undefined;
  private lastGoal: GoalGroup | null = null;

  goal(text: unknown): GoalGroup {
    if (this.lastGoal !== null && text === this.lastGoalText) return this.lastGoal;
    const group = this.findGoal(text);
    this.lastGoalText = text;
    this.lastGoal = group;
    return group;
  }

  private findGoal(text: unknown): GoalGroup {
    const spelling = this.spellings.spell(text);
    const key = spelling?.key ?? '';
    let group = this.goals.get(key);
    if (!group) {
      group = {
        name: spelling?.name ?? NO_GOAL[this.lang],
        focusKey: null,
        conflicts: new Set(),
        focusName: null,
        tally: newTally(),
        activities: emptyActivityCounts(),
        expertStatus: null,
        analysis: null,
      };
      this.goals.set(key, group);
    }
    return group;
  }

  /** The first focus area given on a goal's rows holds; a different later one is a warning. */
  focusArea(goal: GoalGroup, text: unknown, sheet: string, cell: string): void {
    const spelling = this.spellings.spell(text);
    if (spelling === null) return;
    if (goal.focusKey === null) {
      goal.focusKey = spelling.key;
      goal.focusName = spelling.name;
    } else if (goal.focusKey !== spelling.key && !goal.conflicts.has(spelling.key)) {
      goal.conflicts.add(spelling.key);
      const first = goal.focusName ?? '';
      const place = { sheet, cell };
      this.problems.push(focusAreaConflict(place, goal.name, first, spelling.name, this.lang));
    }
  }

  owner(text: unknown): NamedTally {
    const spelling = this.spellings.spell(text);
    const key = spelling?.key ?? '';
    let owner = this.owners.get(key);
    if (!owner) {
      owner = { name: spelling?.name ?? NO_OWNER[this.lang], tally: newTally() };
      this.owners.set(key, owner);
    }
    return owner;
  }

  addIndicator(ind: IndicatorInput, result: IndicatorResult): void {
    const weight = sanitizeWeight(ind.weight);
    const goal = this.goal(ind.goal);
    addToTally(goal.tally, result.status, weight);
    this.focusArea(goal, ind.focusArea, ind.sheet, ind.cells.focusArea ?? ind.cells.indicator);
    addToTally(this.owner(ind.owner).tally, result.status, weight);
  }

  addGoalRow(row: GoalInput): void {
    const goal = this.goal(row.goal);
    this.focusArea(goal, row.focusArea, row.sheet, row.cells.focusArea ?? row.cells.goal);
    const expert = readExpertStatus(row.expertStatus);
    if (expert.unrecognised) {
      const place = { sheet: row.sheet, cell: row.cells.expert ?? row.cells.goal };
      const word = cleanText(row.expertStatus) ?? '';
      this.problems.push(unknownGoalExpertStatus(place, goal.name, word, this.lang));
    }
    goal.expertStatus ??= expert.status;
    goal.analysis ??= cleanText(row.analysis);
  }

  addActivity(row: ActivityInput): void {
    const goal = this.goal(row.goal);
    this.focusArea(goal, row.focusArea, row.sheet, row.cells.focusArea ?? row.cells.goal);
    countActivity(goal.activities, row.status);
  }
}

function groupResult(named: NamedTally, params: Parameters): GroupResult {
  const { status, score } = judgeTally(named.tally, params);
  return { name: named.name, status, score, counts: named.tally.counts };
}

function goalResult(g: GoalGroup, focusArea: string, params: Parameters, lang: Lang): GoalResult {
  const judged = judgeTally(g.tally, params);
  const overridden = g.expertStatus !== null;
  const status = g.expertStatus ?? judged.status;
  const counts = g.tally.counts;
  const reason = goalReason(
    { counts, computedStatus: judged.status, status, overridden, minCoverage: params.minCoverage },
    lang,
  );
  return {
    name: g.name,
    focusArea,
    status,
    computedStatus: judged.status,
    overridden,
    score: judged.score,
    counts,
    activities: g.activities,
    analysis: g.analysis,
    reason,
  };
}

/** Goals, then focus areas and the whole from the goals' final statuses (weight 1 each). */
function rollUpGoals(grouper: Grouper, params: Parameters, lang: Lang): Rolled {
  const areas = new Map<string, NamedTally>();
  const whole = newTally();
  const goals: GoalResult[] = [];
  for (const g of grouper.goals.values()) {
    const key = g.focusKey ?? '';
    let area = areas.get(key);
    if (!area) {
      area = { name: g.focusName ?? NO_FOCUS_AREA[lang], tally: newTally() };
      areas.set(key, area);
    }
    const result = goalResult(g, area.name, params, lang);
    goals.push(result);
    addToTally(area.tally, result.status, 1);
    addToTally(whole, result.status, 1);
  }
  const overall = judgeTally(whole, params);
  return {
    goals,
    focusAreas: [...areas.values()].map((a) => groupResult(a, params)),
    owners: [...grouper.owners.values()].map((o) => groupResult(o, params)),
    overall: { ...overall, counts: whole.counts },
  };
}

export function rollUp(
  indicators: readonly IndicatorInput[],
  results: readonly IndicatorResult[],
  goalRows: readonly GoalInput[],
  activities: readonly ActivityInput[],
  params: Parameters,
  lang: Lang,
  problems: Problem[],
): Rolled {
  const grouper = new Grouper(lang, problems);
  for (let i = 0; i < indicators.length; i++) grouper.addIndicator(indicators[i], results[i]);
  for (const row of goalRows) grouper.addGoalRow(row);
  for (const row of activities) grouper.addActivity(row);
  return rollUpGoals(grouper, params, lang);
}
