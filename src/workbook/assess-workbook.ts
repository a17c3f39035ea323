/**
 * One assessment of a workbook: read, assess (the engine), plan the writes,
 * drop those the workbook would refuse, report. Its problem list is the one
 * every face shows: the summary sheet, the JSON report, the CLI and the pane.
 */
import { assess } from '../engine';
import type { Assessment, Lang, Problem } from '../engine/types';
import { KoladaLookup, readKoladaSheet, unknownKommunProblem, unknownKpiProblems } from './kolada';
import type { KoladaData } from './kolada/types';
import { ownedIn } from './ownership';
import { compareWithHistory, type Comparison } from './history/change';
import { deriveFollowUp, namedFollowUp } from './history/follow-up';
import { readHistory } from './history/read';
import { buildPlan, mergeProblems, sheetOrder } from './plan';
import type { WritePlan } from './plan/types';
import { periodIdentity, readWorkbook } from './read';
import { normaliseHeader } from './read/headers';
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
  /** What a fetch from Kolada brought (§12); absent: the Kolada sheet is used as it is. */
  kolada?: KoladaFetchOutcome | null;
  /**
   * §10: the follow-up's name, a period ("T1 2024"); else the period's, else
   * derived from the workbook. Check it first with checkFollowUp: a name that
   * is not a period is not used.
   */
  followUp?: string | null;
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
  const fetched = options.kolada?.data ?? null;
  const koladaData = fetched ?? readKoladaSheet(snapshot, ownedIn(snapshot));
  const lookup = new KoladaLookup(koladaData);
  // The follow-up needs a first reading; only a workbook with Kolada figures pays for it.
  const lastYear = lookup.size > 0 ? lastKoladaYear(snapshot, options) : null;
  const kolada = { lookup, lastYear };
  // §10: a follow-up uses what was known then; later period columns are as if empty.
  const read = readWorkbook(snapshot, { period, until: named?.rank ?? null, kolada });
  read.problems.push(...unknownKpiProblems(read.indicators, options.kolada?.unknownKpis ?? []));
  const unknownKommun = options.kolada?.unknownKommun;
  if (unknownKommun) read.problems.push(unknownKommunProblem(unknownKommun));
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
  const planOptions = {
    lang,
    date: options.date,
    period,
    koladaFetched: fetched,
    followUps: { history, comparison },
  };
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

/**
 * §12: `a` from Kolada is not after the follow-up (§10): the named period;
 * else the latest period that gave some row its outcome from the user's own
 * cells (a period column, or an Utfallsår); else the assessment date's year.
 * A full-year follow-up takes Kolada's figure of its own year; a tertial's
 * does not (the full year comes after it), so the year before is the last.
 */
function lastKoladaYear(snapshot: WorkbookSnapshot, options: AssessWorkbookOptions): number | null {
  const given = options.followUp ?? options.period ?? null;
  let latest: KoladaFollowUp | null = given ? followUpOf(given) : null;
  if (latest === null) {
    const own = readWorkbook(snapshot, { period: null });
    for (const i of own.indicators) {
      const f = i.actual === null || i.actualPeriod === null ? null : followUpOf(i.actualPeriod);
      if (f && (latest === null || f.year * 3 + f.part > latest.year * 3 + latest.part)) latest = f;
    }
  }
  if (latest === null) {
    const dated = /^(\d{4})-/.exec(options.date);
    return dated ? Number(dated[1]) : null;
  }
  return latest.part === 2 ? latest.year : latest.year - 1;
}

/** A period's year and part: 0 tertial 1, 1 tertial 2 (delår), 2 the full year. */
interface KoladaFollowUp {
  year: number;
  part: number;
}

function followUpOf(header: string): KoladaFollowUp | null {
  const identity = periodIdentity(normaliseHeader(header));
  const m = /^(?:(.+) )?(\d{4})$/.exec(identity);
  if (!m) return null;
  const word = m[1] ?? '';
  // Delår and Delårsrapport are tertial 2; T3, Helår, Bokslut, Årsredovisning and a bare year the full year.
  const part = /^(t1|tertial 1)$/.test(word) ? 0 : /^(t2|tertial 2|del)/.test(word) ? 1 : 2;
  return { year: Number(m[2]), part };
}
