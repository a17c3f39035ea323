/** One assessment of a workbook: read, assess (the engine), plan the writes, report. */
import { assess } from '../engine';
import type { Assessment, Lang, Problem } from '../engine/types';
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
}

export interface WorkbookAssessment {
  read: ReadResult;
  assessment: Assessment;
  plan: WritePlan;
  /** Reading, engine and plan problems, without repeats, in sheet and cell order. */
  problems: Problem[];
  report: Report;
}

export function assessWorkbook(
  snapshot: WorkbookSnapshot,
  options: AssessWorkbookOptions,
): WorkbookAssessment {
  const lang = options.lang ?? 'sv';
  const period = options.period ?? null;
  const read = readWorkbook(snapshot, { lang, period });
  const assessment = assess(
    {
      indicators: read.indicators,
      goals: read.goals,
      activities: read.activities,
      parameters: read.parameters,
    },
    { lang },
  );
  const built = buildPlan(snapshot, read, assessment, { lang, date: options.date, period });
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
    report: toReport(read, assessment, problems),
  };
}
