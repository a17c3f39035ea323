/** One assessment of a workbook: read, assess (the engine), plan the writes, report. */
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

export interface AssessWorkbookOptions {
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
  plan: WritePlan;
  /** Reading, engine and plan problems, without repeats, in sheet and cell order. */
  problems: Problem[];
  report: Report;
  /** §10: the follow-up assessed, the previous one on Historik, and the change since it. */
  comparison: Comparison;
}

export function assessWorkbook(
  snapshot: WorkbookSnapshot,
  options: AssessWorkbookOptions,
): WorkbookAssessment {
  const lang = options.lang ?? 'sv';
  const period = options.period ?? null;
  const named = namedFollowUp(options.followUp, period);
  // §10: a follow-up uses what was known then; later period columns are as if empty.
  const read = readWorkbook(snapshot, { lang, period, until: named?.rank ?? null });
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
  const built = buildPlan(snapshot, read, assessment, {
    lang,
    date: options.date,
    period,
    followUps: { history, comparison },
  });
  const problems = mergeProblems(sheetOrder(snapshot), [
    read.problems,
    assessment.problems,
    built.problems,
  ]);
  return {
    read,
    assessment,
    plan: built.plan,
    problems,
    report: toReport(read, assessment, problems, comparison),
    comparison,
  };
}
