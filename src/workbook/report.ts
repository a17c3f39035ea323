/**
 * The JSON report: the contract for other tools (--json on the command line).
 * Status codes are never translated; numbers are not rounded.
 */
import type {
  ActivityCounts,
  Assessment,
  Counts,
  IndicatorResult,
  Parameters,
  Problem,
  RuleKind,
  Severity,
  Status,
  TrendCode,
} from '../engine/types';
import type { Change, ChangeCode, Comparison } from './history/change';
import type { ReadResult } from './read/types';

export interface ReportIndicator {
  sheet: string;
  row: number;
  name: string;
  goal: string | null;
  focusArea: string | null;
  owner: string | null;
  rule: RuleKind;
  status: Status;
  computedStatus: Status;
  overridden: boolean;
  trend: TrendCode | null;
  fulfilment: number | null;
  paceRatio: number | null;
  period: string | null;
  reason: string;
  /** §10: the status at the previous follow-up, and the change since it. */
  previousStatus?: Status | null;
  change?: ChangeCode | null;
}

export interface ReportGoal {
  name: string;
  focusArea: string;
  status: Status;
  computedStatus: Status;
  overridden: boolean;
  score: number | null;
  counts: Counts;
  activities: ActivityCounts;
  previousStatus?: Status | null;
  change?: ChangeCode | null;
}

export interface ReportGroup {
  name: string;
  status: Status;
  counts: Counts;
  previousStatus?: Status | null;
  change?: ChangeCode | null;
}

export interface ReportProblem {
  sheet: string;
  cell: string;
  severity: Severity;
  message: string;
}

export interface Report {
  version: 1;
  parameters: Parameters;
  indicators: ReportIndicator[];
  goals: ReportGoal[];
  focusAreas: ReportGroup[];
  owners: ReportGroup[];
  overall: {
    status: Status;
    counts: Counts;
    previousStatus?: Status | null;
    change?: ChangeCode | null;
  };
  problems: ReportProblem[];
  /** §10: the follow-up assessed, and the latest on Historik before it (null: none). */
  followUp?: string;
  previousFollowUp?: string | null;
}

/**
 * The report. With a comparison (§10) it adds the follow-up and, on the whole,
 * each focus area, goal and indicator, the previous status and the change;
 * nothing else differs.
 */
export function toReport(
  read: ReadResult,
  assessment: Assessment,
  problems: Problem[],
  comparison: Comparison | null = null,
): Report {
  const report: Report = {
    version: 1,
    parameters: { ...assessment.parameters },
    indicators: inWorkbookOrder(read, assessment.indicators).map(indicator),
    goals: assessment.goals.map((g) => ({
      name: g.name,
      focusArea: g.focusArea,
      status: g.status,
      computedStatus: g.computedStatus,
      overridden: g.overridden,
      score: g.score,
      counts: counts(g.counts),
      activities: {
        done: g.activities.done,
        planned: g.activities.planned,
        other: g.activities.other,
      },
    })),
    focusAreas: assessment.focusAreas.map(group),
    owners: assessment.owners.map(group),
    overall: { status: assessment.overall.status, counts: counts(assessment.overall.counts) },
    problems: problems.map((p) => ({
      sheet: p.sheet,
      cell: p.cell,
      severity: p.severity,
      message: p.message,
    })),
  };
  return comparison ? withChanges(report, read, assessment, comparison) : report;
}

function withChanges(
  report: Report,
  read: ReadResult,
  assessment: Assessment,
  c: Comparison,
): Report {
  const change = (x: Change) => ({ previousStatus: x.previousStatus, change: x.change });
  // The report lists indicators in workbook order: find each one's change by its result.
  const byResult = new Map(assessment.indicators.map((r, i) => [r, c.indicators[i]]));
  const ordered = inWorkbookOrder(read, assessment.indicators);
  return {
    ...report,
    followUp: c.followUp.name,
    previousFollowUp: c.previous?.name ?? null,
    overall: { ...report.overall, ...change(c.overall) },
    focusAreas: report.focusAreas.map((f, i) => ({ ...f, ...change(c.focusAreas[i]) })),
    goals: report.goals.map((g, i) => ({ ...g, ...change(c.goals[i]) })),
    indicators: report.indicators.map((r, i) => ({
      ...r,
      ...change(byResult.get(ordered[i]) as Change),
    })),
  };
}

/**
 * Sheets in the order the reader met them (it reads the workbook's sheets in
 * order), rows top down. Stable, so two results on one row keep their order.
 */
function inWorkbookOrder(read: ReadResult, results: IndicatorResult[]): IndicatorResult[] {
  const sheetIndex = new Map<string, number>();
  const see = (sheet: string) => {
    if (!sheetIndex.has(sheet)) sheetIndex.set(sheet, sheetIndex.size);
  };
  read.indicators.forEach((i) => see(i.sheet));
  read.tables.forEach((t) => see(t.sheet));
  results.forEach((r) => see(r.sheet));
  const at = (r: IndicatorResult) => sheetIndex.get(r.sheet) ?? 0;
  return [...results].sort((a, b) => at(a) - at(b) || a.row - b.row);
}

function indicator(r: IndicatorResult): ReportIndicator {
  return {
    sheet: r.sheet,
    row: r.row,
    name: r.name,
    goal: r.goal,
    focusArea: r.focusArea,
    owner: r.owner,
    rule: r.rule,
    status: r.status,
    computedStatus: r.computedStatus,
    overridden: r.overridden,
    trend: r.trend,
    fulfilment: r.fulfilment,
    paceRatio: r.paceRatio,
    period: r.period,
    reason: r.reason,
  };
}

function group(g: { name: string; status: Status; counts: Counts }): ReportGroup {
  return { name: g.name, status: g.status, counts: counts(g.counts) };
}

/** Always the four keys, in the order of §1. */
function counts(c: Counts): Counts {
  return { met: c.met, partly_met: c.partly_met, not_met: c.not_met, not_assessed: c.not_assessed };
}
