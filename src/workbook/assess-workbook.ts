/**
 * One assessment of a workbook: read, assess (the engine), plan the writes,
 * drop those the workbook would refuse, report. Its problem list is the one
 * every face shows: the summary sheet, the JSON report, the CLI and the pane.
 */
import { assess } from '../engine';
import type { Assessment, Lang, Problem } from '../engine/types';
import { compareWithHistory, type Comparison } from './history/change';
import { deriveFollowUp, namedFollowUp } from './history/follow-up';
import { readHistory } from './history/read';
import { buildPlan, mergeProblems, sheetOrder } from './plan';
import type { WritePlan } from './plan/types';
import { readWorkbook } from './read';
import type { ReadResult } from './read/types';
import { toReport, type Report } from './report';
import type { WorkbookSnapshot } from './snapshot';
import { checkWritable } from './plan/writable';

export interface AssessWorkbookOptions {
  /** The language of what is written into the workbook and of the report's messages. */
  lang?: Lang;
  /** Assess this period column instead of the latest outcome per indicator. */
  period?: string | null;
  /** The date of the assessment, YYYY-MM-DD, shown on the summary. */
  date: string;
  /**
   * §10: the follow-up's name, a period ("T1 2024"); else the period's, else
   * derived from the workbook. Check it first with checkFollowUp: a name that
   * is not a period is not used.
   */
  followUp?: string | null;
}

export interface WorkbookAssessment {
  read: ReadResult;
  assessment: Assessment;
  /** What can be written: the writes the workbook would refuse are left out. */
  plan: WritePlan;
  /** The summary sheet's name as written, e.g. "Sammanställning (2)". */
  summarySheet: string;
  /** Reading, engine, plan and pre-write problems, without repeats, in sheet and cell order. */
  problems: Problem[];
  report: Report;
  /** §10: the follow-up assessed, the previous one on Historik, and the change since it. */
  comparison: Comparison;
}

/** The plan is made again at most this often for the pre-write check's problems to settle. */
const MAX_ROUNDS = 3;

export function assessWorkbook(
  snapshot: WorkbookSnapshot,
  options: AssessWorkbookOptions,
): WorkbookAssessment {
  const lang = options.lang ?? 'sv';
  const period = options.period ?? null;
  const named = namedFollowUp(options.followUp, period);
  // §10: a follow-up uses what was known then; later period columns are as if empty.
  const read = readWorkbook(snapshot, { period, until: named?.rank ?? null });
  const assessment = assess(
    {
      indicators: read.indicators,
      goals: read.goals,
      activities: read.activities,
      parameters: read.parameters,
    },
    { lang },
  );
  const followUp = named ?? deriveFollowUp(read.latestPeriod, read.indicators, options.date);
  const history = readHistory(snapshot);
  const comparison = compareWithHistory(history, assessment, followUp);
  const planOptions = { lang, date: options.date, period, followUps: { history, comparison } };
  // The summary lists the pre-write check's problems, and the check looks at
  // the plan with the summary in it: plan, check, and plan again with what
  // the check found until the list stands (the second round, in practice).
  let listed: Problem[] = [];
  let built = buildPlan(snapshot, read, assessment, planOptions);
  let checked = checkWritable(snapshot, built.plan);
  for (let round = 1; round < MAX_ROUNDS && !sameProblems(checked.problems, listed); round++) {
    listed = checked.problems;
    built = buildPlan(snapshot, read, assessment, { ...planOptions, alsoListed: listed });
    checked = checkWritable(snapshot, built.plan);
  }
  const problems = mergeProblems(sheetOrder(snapshot), [
    read.problems,
    assessment.problems,
    built.problems,
    checked.problems,
  ]);
  return {
    read,
    assessment,
    plan: checked.plan,
    summarySheet: built.summarySheet,
    problems,
    report: toReport(read, assessment, problems, comparison, lang),
    comparison,
  };
}

function sameProblems(a: Problem[], b: Problem[]): boolean {
  const key = (p: Problem) => `${p.sheet}\u0000${p.cell}\u0000${p.code}`;
  return a.length === b.length && a.every((p, i) => key(p) === key(b[i]));
}
