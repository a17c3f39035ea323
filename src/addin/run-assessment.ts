/**
 * The add-in's actions, shared by the task pane and the ribbon command:
 * read the workbook through a host, decide in the workbook model, write back
 * through the host. Every failure becomes a plain message in the user's
 * language; nothing here throws.
 */
import {
  PARAMETER_SPECS,
  validateParameters,
  type InvalidParameter,
  type ParameterKey,
} from '../engine/parameters';
import type { Counts, Lang, Parameters, Problem } from '../engine/types';
import type { WorkbookHost } from '../adapters/host';
import { HostWriteError } from '../adapters/officejs/errors';
import { assessWorkbook, type WorkbookAssessment } from '../workbook/assess-workbook';
import {
  checkFollowUp,
  deriveFollowUp,
  FOLLOW_UP_EXAMPLES,
  parseFollowUp,
  type FollowUpError,
} from '../workbook/history/follow-up';
import { buildRemovalPlan, mergeProblems, sheetOrder } from '../workbook/plan';
import type { WritePlan } from '../workbook/plan/types';
import { readWorkbook } from '../workbook/read';
import type { PeriodColumn } from '../workbook/read/types';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { ownedIn, ownedSheet } from '../workbook/ownership';
import { checkWritable } from '../workbook/writable';
import { buildParametersPlan } from './parameters-plan';
import { buildTemplatePlan, templateSheetName } from './template-sheet';

export interface AssessmentOptions {
  lang: Lang;
  /** A period column's header to assess instead of the latest outcome per indicator. */
  period?: string | null;
  /** §10: the follow-up's name from the pane's field; null or empty to derive it. */
  followUp?: string | null;
  /** YYYY-MM-DD; today (local time) when not given. */
  date?: string;
}

export type AssessmentOutcome =
  | {
      ok: true;
      /** Problems include those of writing (protected sheets, merged cells); plan is what was applied. */
      result: WorkbookAssessment;
      /** One line in the requested language. */
      summary: string;
    }
  | { ok: false; message: string };

export type ActionOutcome = { ok: true; message: string } | { ok: false; message: string };

/** The template's outcome names the sheet it added. */
export type TemplateOutcome =
  { ok: true; message: string; sheet: string } | { ok: false; message: string };

export interface WorkbookInfo {
  periods: PeriodColumn[];
  /**
   * §10: the name the follow-up field is prefilled with: `latest` without a
   * period chosen, else the chosen period column's (by its label).
   */
  followUps: { latest: string; byPeriod: Record<string, string> };
  parameters: Parameters;
  hasMethodSheet: boolean;
}

export type InfoOutcome = { ok: true; info: WorkbookInfo } | { ok: false; message: string };

type Stage = 'read' | 'assess' | 'write';

/** Raised inside the actions to carry the stage that failed to the one catch. */
class StageError extends Error {
  constructor(
    readonly stage: Stage,
    readonly original: unknown,
  ) {
    super(stage);
  }
}

async function step<T>(stage: Stage, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new StageError(stage, error);
  }
}

function failed(error: unknown, lang: Lang): { ok: false; message: string } {
  if (error instanceof StageError)
    return { ok: false, message: failureMessage(error.stage, error.original, lang) };
  return { ok: false, message: failureMessage('assess', error, lang) };
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Reads, assesses, drops the writes that cannot be made, and writes the rest. */
export async function runAssessment(
  host: WorkbookHost,
  options: AssessmentOptions,
): Promise<AssessmentOutcome> {
  const { lang } = options;
  const followUp = options.followUp?.trim() || null;
  const wrong = checkFollowUp(followUp, options.period);
  if (wrong) return { ok: false, message: followUpMessage(wrong, followUp ?? '', lang) };
  try {
    const snapshot = await step('read', () => host.read());
    const assessed = await step('assess', () =>
      assessWorkbook(snapshot, {
        lang,
        period: options.period ?? null,
        followUp,
        date: options.date ?? today(),
      }),
    );
    const writable = await step('assess', () => checkWritable(snapshot, assessed.plan, lang));
    await step('write', () => host.apply(writable.plan));
    const problems = mergeProblems(sheetOrder(snapshot), [assessed.problems, writable.problems]);
    const result: WorkbookAssessment = { ...assessed, plan: writable.plan, problems };
    return { ok: true, result, summary: summaryLine(result, lang) };
  } catch (error) {
    return failed(error, lang);
  }
}

/** The periods and parameters the task pane offers before anything is assessed. */
export async function readWorkbookInfo(host: WorkbookHost, lang: Lang): Promise<InfoOutcome> {
  try {
    const snapshot = await step('read', () => host.read());
    const read = await step('assess', () => readWorkbook(snapshot, { lang }));
    const latest = deriveFollowUp(read.latestPeriod, read.indicators, today()).name;
    const byPeriod: Record<string, string> = {};
    for (const p of read.periods) byPeriod[p.label] = parseFollowUp(p.label)?.name ?? latest;
    const info = {
      periods: read.periods,
      followUps: { latest, byPeriod },
      parameters: read.parameters,
      hasMethodSheet: read.hasMethodSheet,
    };
    return { ok: true, info };
  } catch (error) {
    return failed(error, lang);
  }
}

/**
 * "Ta bort bedömning": removes exactly what Målkoll wrote, as the marks tell;
 * the history of follow-ups (§10) stays unless `keepHistory` is false.
 */
export async function removeAssessment(
  host: WorkbookHost,
  lang: Lang,
  keepHistory = true,
): Promise<ActionOutcome> {
  try {
    const snapshot = await step('read', () => host.read());
    const plan = buildRemovalPlan(snapshot, { keepHistory });
    const nothing = !plan.clear.length && !plan.deleteSheets.length && !plan.marks.length;
    if (nothing) return { ok: true, message: TEXT[lang].nothingToRemove };
    await step('write', () => host.remove(plan));
    const kept = keepHistory && ownedSheet(ownedIn(snapshot), 'history');
    return { ok: true, message: kept ? TEXT[lang].removedKeptHistory(kept) : TEXT[lang].removed };
  } catch (error) {
    return failed(error, lang);
  }
}

/**
 * "Spara parametrar": checks the values against §6 and writes only the Värde
 * cells of the Metod sheet (making the sheet when it is missing).
 */
export async function saveParameters(
  host: WorkbookHost,
  values: Partial<Record<ParameterKey, unknown>>,
  lang: Lang,
): Promise<ActionOutcome> {
  const { parameters, invalid } = validateParameters(values);
  if (invalid.length) return { ok: false, message: invalidParametersMessage(invalid, lang) };
  return writeUserPlan(host, lang, (snapshot) => ({
    plan: buildParametersPlan(snapshot, parameters),
    message: TEXT[lang].parametersSaved,
  }));
}

/** "Infoga exempeltabell": a new sheet with an indicator table to fill in. */
export async function insertTemplate(host: WorkbookHost, lang: Lang): Promise<TemplateOutcome> {
  let sheet = '';
  const outcome = await writeUserPlan(host, lang, (snapshot) => {
    sheet = templateSheetName(snapshot, lang);
    return { plan: buildTemplatePlan(snapshot, lang), message: TEXT[lang].templateInserted(sheet) };
  });
  return outcome.ok ? { ...outcome, sheet } : outcome;
}

/** Writes a plan of the user's own cells, or says why it cannot be written. */
async function writeUserPlan(
  host: WorkbookHost,
  lang: Lang,
  make: (snapshot: WorkbookSnapshot) => { plan: WritePlan; message: string },
): Promise<ActionOutcome> {
  try {
    const snapshot = await step('read', () => host.read());
    const { plan, message } = await step('assess', () => make(snapshot));
    const writable = await step('assess', () => checkWritable(snapshot, plan, lang));
    if (writable.problems.length) return { ok: false, message: problemsText(writable.problems) };
    await step('write', () => host.apply(writable.plan));
    return { ok: true, message };
  } catch (error) {
    return failed(error, lang);
  }
}

function problemsText(problems: Problem[]): string {
  return problems.map((p) => `${p.sheet}!${p.cell}: ${p.message}`).join(' ');
}

// ---- Messages -------------------------------------------------------------

const TEXT = {
  sv: {
    removed:
      'Bedömningen är borttagen: Målkolls kolumner och sammanställning finns inte längre i arbetsboken.',
    nothingToRemove: 'Det finns ingen bedömning att ta bort i arbetsboken.',
    removedKeptHistory: (sheet: string) =>
      `Bedömningen är borttagen: Målkolls kolumner och sammanställning finns inte längre i arbetsboken. Uppföljningarnas historik finns kvar på bladet ${sheet}.`,
    followUp: {
      not_a_period: (name: string, forms: string) =>
        `Uppföljningen ska vara en period, till exempel ${forms}, inte ”${name}”.`,
      contradicts_period: (name: string) =>
        `Uppföljningen ”${name}” och den valda perioden är olika perioder. Välj samma period, eller töm fältet Uppföljning.`,
    },
    parametersSaved:
      'Parametrarna är sparade på bladet Metod. Bedöm arbetsboken igen för att använda dem.',
    templateInserted: (sheet: string) =>
      `Bladet ${sheet} är tillagt med en exempeltabell. Skriv in egna indikatorer och bedöm arbetsboken.`,
    failure: {
      read: 'Arbetsboken kunde inte läsas. Avsluta redigeringen av en cell (tryck Enter eller Esc) och försök igen.',
      assess:
        'Bedömningen kunde inte göras på grund av ett fel i Målkoll. Försök igen; kvarstår felet, spara en kopia av arbetsboken och kontakta den som förvaltar Målkoll.',
      write:
        'Arbetsboken kunde inte ändras. Avsluta redigeringen av en cell (tryck Enter eller Esc), kontrollera att arbetsboken inte är skrivskyddad och försök igen.',
    },
    invalid: (name: string, allowed: string) => `${name} måste vara ${allowed}.`,
  },
  en: {
    removed:
      "The assessment is removed: Målkoll's columns and summary are no longer in the workbook.",
    nothingToRemove: 'There is no assessment to remove in the workbook.',
    removedKeptHistory: (sheet: string) =>
      `The assessment is removed: Målkoll's columns and summary are no longer in the workbook. The history of follow-ups stays on the sheet ${sheet}.`,
    followUp: {
      not_a_period: (name: string, forms: string) =>
        `The follow-up must be a period, for example ${forms}, not “${name}”.`,
      contradicts_period: (name: string) =>
        `The follow-up “${name}” and the chosen period are different periods. Choose the same period, or empty the Follow-up field.`,
    },
    parametersSaved:
      'The parameters are saved on the Metod sheet. Assess the workbook again to use them.',
    templateInserted: (sheet: string) =>
      `The sheet ${sheet} has been added with an example table. Enter your own indicators and assess the workbook.`,
    failure: {
      read: 'The workbook could not be read. Finish editing any cell (press Enter or Esc) and try again.',
      assess:
        'The assessment could not be made because of an error in Målkoll. Try again; if the error remains, save a copy of the workbook and contact whoever maintains Målkoll.',
      write:
        'The workbook could not be changed. Finish editing any cell (press Enter or Esc), check that the workbook is not read-only and try again.',
    },
    invalid: (name: string, allowed: string) => `${name} must be ${allowed}.`,
  },
};

/**
 * The Office.js host already words its failures for the user (what failed,
 * where, what to do, Excel's error code); any other failure gets the plain
 * message of the step that failed.
 */
function failureMessage(stage: Stage, error: unknown, lang: Lang): string {
  if (error instanceof HostWriteError) return error.message;
  return TEXT[lang].failure[stage];
}

function followUpMessage(error: FollowUpError, name: string, lang: Lang): string {
  const texts = TEXT[lang].followUp;
  if (error === 'contradicts_period') return texts.contradicts_period(name);
  return texts.not_a_period(name, FOLLOW_UP_EXAMPLES.join(', '));
}

function invalidParametersMessage(invalid: InvalidParameter[], lang: Lang): string {
  return invalid
    .map((i) => {
      const spec = PARAMETER_SPECS.find((s) => s.key === i.key);
      return TEXT[lang].invalid(spec ? spec[lang] : i.key, i.allowed);
    })
    .join(' ');
}

const COUNT_WORDS: Record<Lang, Record<keyof Counts, [string, string]>> = {
  sv: {
    met: ['uppfyllt', 'uppfyllda'],
    partly_met: ['delvis uppfyllt', 'delvis uppfyllda'],
    not_met: ['ej uppfyllt', 'ej uppfyllda'],
    not_assessed: ['kan inte bedömas', 'kan inte bedömas'],
  },
  en: {
    met: ['met', 'met'],
    partly_met: ['partly met', 'partly met'],
    not_met: ['not met', 'not met'],
    not_assessed: ['cannot be assessed', 'cannot be assessed'],
  },
};

/** "Klart: 8 mål bedömda – 3 uppfyllda, 2 delvis uppfyllda, … 5 problem att åtgärda." */
function summaryLine(result: WorkbookAssessment, lang: Lang): string {
  const counts = result.assessment.overall.counts;
  const goals = result.assessment.goals.length;
  const parts = (Object.keys(COUNT_WORDS[lang]) as (keyof Counts)[]).map(
    (status) => `${counts[status]} ${COUNT_WORDS[lang][status][counts[status] === 1 ? 0 : 1]}`,
  );
  const n = result.problems.length;
  if (lang === 'sv') {
    const problems = n === 0 ? 'Inga problem hittades.' : `${n} problem att åtgärda.`;
    return `Klart: ${goals} mål ${goals === 1 ? 'bedömt' : 'bedömda'} – ${parts.join(', ')}. ${problems}`;
  }
  const problems =
    n === 0 ? 'No problems found.' : `${n} ${n === 1 ? 'problem' : 'problems'} to fix.`;
  return `Done: ${goals} ${goals === 1 ? 'goal' : 'goals'} assessed – ${parts.join(', ')}. ${problems}`;
}
