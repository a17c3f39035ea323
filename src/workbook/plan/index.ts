/**
 * §9: from the assessment to a host-neutral write plan. The plan depends only
 * on the user's cells, the options and the ownership marks, never on what
 * Målkoll wrote before, so running twice gives the same workbook as once.
 */
import type { Assessment, Lang, Problem } from '../../engine/types';
import { ownedIn } from '../ownership';
import type { ReadResult } from '../read/types';
import type { WorkbookSnapshot } from '../snapshot';
import { planColumns } from './columns';
import { newContext } from './context';
import { ownedRangesToClear, planMarks } from './marks';
import { planMethodSheet } from './method-sheet';
import { mergeProblems } from './problems';
import type { Comparison } from '../history/change';
import type { History } from '../history/model';
import { chooseHistoryName, planHistory } from './history';
import { chooseSummaryName, planSummary } from './summary';
import type { WritePlan } from './types';

export interface PlanOptions {
  lang: Lang;
  /** The date of the assessment, YYYY-MM-DD. */
  date: string;
  /** The period named for the assessment, or null for the latest outcome per indicator. */
  period: string | null;
  /**
   * §10: the history read from the workbook and this follow-up beside it. The
   * Historik sheet is written, and the summary shows the change, only with it.
   */
  followUps?: { history: History; comparison: Comparison } | null;
}

export function buildPlan(
  snapshot: WorkbookSnapshot,
  read: ReadResult,
  assessment: Assessment,
  options: PlanOptions,
): { plan: WritePlan; problems: Problem[] } {
  const owned = ownedIn(snapshot);
  const ctx = newContext(snapshot, owned, options.lang);
  const summary = chooseSummaryName(snapshot, owned, options.lang);
  if (summary.problem) ctx.problems.push(summary.problem);
  const followUps = options.followUps ?? null;
  const history = followUps && chooseHistoryName(snapshot, owned, options.lang, [summary.name]);
  if (history?.problem) ctx.problems.push(history.problem);
  const written = planColumns(ctx, read.tables, assessment.indicators, summary.name);
  const problems = mergeProblems(sheetOrder(snapshot), [
    read.problems,
    assessment.problems,
    ctx.problems,
  ]);
  const { date, period } = options;
  const comparison = followUps?.comparison ?? null;
  planSummary(ctx, summary, {
    assessment,
    problems,
    date,
    period,
    periodColumns: read.periods,
    comparison,
  });
  if (followUps && history) {
    planHistory(ctx, history, followUps.history, assessment, followUps.comparison.followUp);
  }
  if (!read.hasMethodSheet) planMethodSheet(ctx);
  ctx.plan.clear = ownedRangesToClear(owned);
  ctx.plan.marks = planMarks(written, summary.name, history?.name ?? null);
  ctx.plan.styles = ctx.styles.runs();
  return { plan: ctx.plan, problems: ctx.problems };
}

export function sheetOrder(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.map((s) => s.name);
}

export { buildRemovalPlan } from './removal';
export { mergeProblems } from './problems';
export { MAX_CELL_TEXT, cutText } from './text';
export * from './types';
