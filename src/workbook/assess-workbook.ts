/** One assessment of a workbook: read, assess (the engine), plan the writes, report. */
import { assess } from '../engine';
import type { Assessment, Lang, Problem } from '../engine/types';
import { KoladaLookup, readKoladaSheet, unknownKommunProblem, unknownKpiProblems } from './kolada';
import type { KoladaData } from './kolada/types';
import { ownedIn } from './ownership';
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
  /** What a fetch from Kolada brought (§12); absent: the Kolada sheet is used as it is. */
  kolada?: KoladaFetchOutcome | null;
}

/** A fetch's outcome, as the assessment needs it. */
export interface KoladaFetchOutcome {
  /** The figures of a completed fetch, which replace the Kolada sheet; null: the fetch did not complete. */
  data: KoladaData | null;
  /** KPI ids that Kolada does not know (a warning at each cell holding one). */
  unknownKpis?: string[];
  /** The Metod sheet's Kommun that Kolada does not know (an error at its cell). */
  unknownKommun?: { sheet: string; cell: string; text: string } | null;
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
  const fetched = options.kolada?.data ?? null;
  const koladaData = fetched ?? readKoladaSheet(snapshot, ownedIn(snapshot));
  const kolada = { lookup: new KoladaLookup(koladaData), lastYear: lastKoladaYear(options) };
  const read = readWorkbook(snapshot, { lang, period, kolada });
  read.problems.push(
    ...unknownKpiProblems(read.indicators, options.kolada?.unknownKpis ?? [], lang),
  );
  const unknownKommun = options.kolada?.unknownKommun;
  if (unknownKommun) read.problems.push(unknownKommunProblem(unknownKommun, lang));
  const assessment = assess(
    {
      indicators: read.indicators,
      goals: read.goals,
      activities: read.activities,
      parameters: read.parameters,
    },
    { lang },
  );
  const built = buildPlan(snapshot, read, assessment, {
    lang,
    date: options.date,
    period,
    koladaFetched: fetched,
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
    report: toReport(read, assessment, problems),
  };
}

/**
 * §12: `a` from Kolada is not after the follow-up (§10): the year of the named
 * period where one is named, else the assessment date's year.
 */
function lastKoladaYear(options: AssessWorkbookOptions): number | null {
  const named = options.period ? /(\d{4})\s*$/.exec(options.period.trim()) : null;
  if (named) return Number(named[1]);
  const dated = /^(\d{4})-/.exec(options.date);
  return dated ? Number(dated[1]) : null;
}
