/**
 * Everything the command line prints, in Swedish and English. Each message is
 * one line that says what is wrong and what to do.
 */
import type { Lang } from '../engine/types';

export type FailureReason =
  'not_found' | 'not_a_workbook' | 'encrypted' | 'too_large' | 'corrupt' | 'empty';

/** The size limits, for the message about a file that is too large. */
export interface Limits {
  fileMb: number;
  unpackedMb: number;
}

export interface Messages {
  help: string;
  /** Appended to every argument error. */
  helpHint: string;
  noCommand: string;
  unknownCommand(command: string): string;
  noInput: string;
  extraArgument(arg: string): string;
  unknownFlag(flag: string): string;
  missingValue(flag: string): string;
  badLang(value: string): string;
  badDate(value: string): string;
  emptyPeriod: string;
  /** §10: a follow-up's name that is not a period; `forms` are examples of names that are. */
  badFollowUp(value: string, forms: readonly string[]): string;
  followUpContradictsPeriod(followUp: string, period: string): string;
  /** `--period` names no period column of the workbook; `available` are those it has. */
  unknownPeriod(period: string, available: readonly string[]): string;
  writesInput(flag: string, path: string): string;
  sameOutputs(path: string): string;
  unreadable(reason: FailureReason, path: string, limits: Limits): string;
  loadFailed(path: string): string;
  /** `indicator` and `actual` are the header lists the reader looks for, in order. */
  noIndicatorTable(indicator: readonly string[], actual: readonly string[]): string;
  /** --force is accepted but no longer needed: nothing in a workbook is dropped. */
  forceNotNeeded: string;
  /** `why` is one of WriteProblem: never the text of a JavaScript error. */
  writeFailed(path: string, why: WriteProblem): string;
  wrote(path: string): string;
  wroteReport(path: string): string;
  unexpected(why: string): string;
  summary: SummaryTexts;
  /** "a, b och c" */
  and: string;
}

/** Why a file could not be written, told from the system's error code. */
export type WriteProblem =
  | 'no_folder'
  | 'no_access'
  | 'busy'
  | 'disk_full'
  | 'is_folder'
  | 'other'
  /** The plan could not be written into the package: Målkoll's fault, not the file system's. */
  | 'internal';

/** The system's error code → what the user can do something about. */
export function writeProblem(error: unknown): WriteProblem {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no_folder';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'no_access';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'busy';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk_full';
    case 'EISDIR':
      return 'is_folder';
    default:
      return 'other';
  }
}

/** The printed summary's texts. */
export interface SummaryTexts {
  title(file: string, indicators: number, goals: number, date: string): string;
  /** The period the user named, or the latest outcome of each indicator. */
  period(period: string | null): string;
  /** §10: the follow-up assessed and the previous one on Historik (null: none). */
  followUp(followUp: string, previous: string | null): string;
  legend: string;
  whole: string;
  focusAreas: string;
  owners: string;
  problems(errors: number, warnings: number): string;
  more(count: number): string;
  noProblems: string;
}

const sv: Messages = {
  help: [
    'Målkoll – bedömer indikatorerna i en Excel-arbetsbok enligt den gemensamma metodiken.',
    '',
    'Användning:',
    '  malkoll assess ARBETSBOK.xlsx [-o UT.xlsx] [--json RAPPORT.json] [--lang sv|en]',
    '                 [--period PERIOD] [--uppfoljning NAMN] [--date ÅÅÅÅ-MM-DD] [--force]',
    '',
    'Målkoll läser arbetsboken, bedömer varje indikator och sparar en ny arbetsbok med',
    'fyra kolumner bredvid varje indikatortabell och bladet Sammanställning.',
    'Originalfilen ändras aldrig.',
    '',
    'Flaggor:',
    '  -o, --output UT.xlsx   Var den bedömda arbetsboken sparas (standard:',
    '                         ARBETSBOK-bedomd.xlsx, .xlsm för .xlsm, bredvid originalet).',
    '  --json RAPPORT.json    Spara också hela bedömningen som JSON.',
    '  --lang sv|en           Språk i arbetsboken och i utskriften (standard: sv).',
    '  --period PERIOD        Bedöm en viss periodkolumn, t.ex. "Utfall 2023",',
    '                         i stället för det senaste utfallet.',
    '  --uppfoljning NAMN     Uppföljningen som bedöms, t.ex. "T1 2024" eller "Delår 2024"',
    '                         (även --follow-up). Periodkolumner efter den räknas inte.',
    '                         Standard: perioden i --period, annars den senaste med utfall.',
    '  --date ÅÅÅÅ-MM-DD      Datum för bedömningen (standard: i dag).',
    '  --force                Behövs inte längre (godtas för gamla skript).',
    '  -h, --help             Visa den här hjälpen.',
    '  --version              Visa versionen.',
    '',
    'Slutkoder: 0 klart, 1 filen kunde inte läsas, 2 fel i argumenten,',
    '           3 ingen indikatortabell, 4 ingen arbetsbok sparades.',
  ].join('\n'),
  helpHint: 'Skriv malkoll --help för hjälp.',
  noCommand: 'Ange vad Målkoll ska göra, till exempel: malkoll assess arbetsbok.xlsx.',
  unknownCommand: (c) => `Okänt kommando "${c}". Det som finns är assess.`,
  noInput: 'Ange arbetsboken som ska bedömas: malkoll assess arbetsbok.xlsx.',
  extraArgument: (a) => `Okänt argument "${a}": ange bara en arbetsbok.`,
  unknownFlag: (f) => `Okänd flagga ${f}.`,
  missingValue: (f) => `Flaggan ${f} behöver ett värde.`,
  badLang: (v) => `--lang ska vara sv eller en, inte "${v}".`,
  badDate: (v) => `--date ska vara ett datum som ÅÅÅÅ-MM-DD, till exempel 2024-09-30, inte "${v}".`,
  emptyPeriod: '--period behöver namnet på en periodkolumn, till exempel "Utfall 2023".',
  badFollowUp: (v, forms) =>
    `--uppfoljning ska vara en period, till exempel ${forms.map((f) => `"${f}"`).join(', ')}, inte "${v}".`,
  followUpContradictsPeriod: (f, p) =>
    `--uppfoljning "${f}" och --period "${p}" är olika perioder. Ange samma period, eller bara en av dem.`,
  writesInput: (f, p) =>
    `${f} pekar på arbetsboken som ska bedömas (${p}). Målkoll skriver aldrig över originalet: välj ett annat filnamn.`,
  sameOutputs: (p) => `-o och --json pekar på samma fil (${p}): välj olika filnamn.`,
  unreadable: (reason, p, limits) => {
    switch (reason) {
      case 'not_found':
        return `Hittar inte filen ${p}. Kontrollera namnet och mappen.`;
      case 'not_a_workbook':
        return `${p} är inte en Excel-arbetsbok (.xlsx). Öppna den i Excel och spara som Excel-arbetsbok.`;
      case 'encrypted':
        return `${p} är lösenordsskyddad (krypterad). Ta bort lösenordet i Excel och försök igen.`;
      case 'too_large':
        return `${p} är för stor: Målkoll läser arbetsböcker på högst ${limits.fileMb} MB (${limits.unpackedMb} MB uppackad).`;
      case 'corrupt':
        return `${p} är trasig eller avkortad och kan inte läsas. Öppna den i Excel och spara den på nytt.`;
      case 'empty':
        return `${p} är tom. Kontrollera att det är rätt fil.`;
    }
  },
  loadFailed: (p) =>
    `${p} kunde inte läsas som Excel-arbetsbok. Öppna den i Excel och spara den på nytt.`,
  unknownPeriod: (period, available) =>
    `Perioden ”${period}” finns inte som kolumn i arbetsboken. ` +
    (available.length > 0
      ? `Välj en av: ${available.join(', ')} (eller utelämna --period för senaste utfallet).`
      : 'Arbetsboken har inga periodkolumner; utelämna --period.'),
  noIndicatorTable: (indicator, actual) =>
    `Hittade ingen indikatortabell. Målkoll letar efter en rubrikrad med ${indicator[0]} ` +
    `(eller ${indicator.slice(1).join(', ')}) och ${actual[0]} ` +
    `(eller en periodkolumn som ${actual[0]} 2023).`,
  forceNotNeeded:
    'Obs: --force behövs inte längre. Målkoll behåller allt i arbetsboken (diagram, pivottabeller, makron …).',
  writeFailed: (p, why) => `Kunde inte spara ${p}: ${WRITE_PROBLEMS_SV[why]}`,
  wrote: (p) => `Sparade den bedömda arbetsboken: ${p}`,
  wroteReport: (p) => `Sparade rapporten: ${p}`,
  unexpected: (why) => `Något gick fel i Målkoll: ${why}. Arbetsboken sparades inte.`,
  summary: {
    title: (file, indicators, goals, date) =>
      `Målkoll har bedömt ${indicators} indikatorer och ${goals} mål i ${file} (${date}).`,
    period: (p) => (p ? `Period: ${p}.` : 'Period: senaste utfallet för varje indikator.'),
    followUp: (f, p) =>
      `Uppföljning: ${f} (${p ? `jämförs med ${p}` : 'ingen tidigare uppföljning att jämföra med'}).`,
    legend: 'Antal per bedömning:',
    whole: 'Hela arbetsboken (mål)',
    focusAreas: 'Fokusområden (mål)',
    owners: 'Nämnder (indikatorer)',
    problems: (errors, warnings) => `Problem: ${errors} fel och ${warnings} varningar`,
    more: (n) => `… och ${n} till. Alla finns på bladet Sammanställning.`,
    noProblems: 'Inga problem hittades.',
  },
  and: 'och',
};

const en: Messages = {
  help: [
    'Målkoll – assesses the indicators in an Excel workbook by the shared method.',
    '',
    'Usage:',
    '  malkoll assess WORKBOOK.xlsx [-o OUT.xlsx] [--json REPORT.json] [--lang sv|en]',
    '                 [--period PERIOD] [--follow-up NAME] [--date YYYY-MM-DD] [--force]',
    '',
    'Målkoll reads the workbook, assesses every indicator and saves a new workbook with',
    'four columns beside each indicator table and a Summary sheet.',
    'The original file is never changed.',
    '',
    'Options:',
    '  -o, --output OUT.xlsx  Where the assessed workbook is saved (default:',
    '                         WORKBOOK-bedomd.xlsx, .xlsm for .xlsm, beside the original).',
    '  --json REPORT.json     Also save the whole assessment as JSON.',
    '  --lang sv|en           Language of the workbook and the output (default: sv).',
    '  --period PERIOD        Assess one period column, e.g. "Utfall 2023",',
    '                         instead of the latest outcome.',
    '  --follow-up NAME       The follow-up assessed, e.g. "T1 2024" or "Delår 2024"',
    '                         (also --uppfoljning). Later period columns are not used.',
    '                         Default: the period of --period, else the latest with outcomes.',
    '  --date YYYY-MM-DD      Date of the assessment (default: today).',
    '  --force                No longer needed (accepted for old scripts).',
    '  -h, --help             Show this help.',
    '  --version              Show the version.',
    '',
    'Exit codes: 0 done, 1 the file could not be read, 2 bad arguments,',
    '            3 no indicator table, 4 no workbook was saved.',
  ].join('\n'),
  helpHint: 'Type malkoll --help for help.',
  noCommand: 'Say what Målkoll should do, for example: malkoll assess workbook.xlsx.',
  unknownCommand: (c) => `Unknown command "${c}". The command is assess.`,
  noInput: 'Name the workbook to assess: malkoll assess workbook.xlsx.',
  extraArgument: (a) => `Unexpected argument "${a}": name only one workbook.`,
  unknownFlag: (f) => `Unknown option ${f}.`,
  missingValue: (f) => `The option ${f} needs a value.`,
  badLang: (v) => `--lang must be sv or en, not "${v}".`,
  badDate: (v) => `--date must be a date like YYYY-MM-DD, for example 2024-09-30, not "${v}".`,
  emptyPeriod: '--period needs the name of a period column, for example "Utfall 2023".',
  badFollowUp: (v, forms) =>
    `--follow-up must be a period, for example ${forms.map((f) => `"${f}"`).join(', ')}, not "${v}".`,
  followUpContradictsPeriod: (f, p) =>
    `--follow-up "${f}" and --period "${p}" are different periods. Give the same period, or only one of them.`,
  writesInput: (f, p) =>
    `${f} names the workbook being assessed (${p}). Målkoll never overwrites the original: choose another file name.`,
  sameOutputs: (p) => `-o and --json name the same file (${p}): choose different names.`,
  unreadable: (reason, p, limits) => {
    switch (reason) {
      case 'not_found':
        return `Cannot find the file ${p}. Check the name and the folder.`;
      case 'not_a_workbook':
        return `${p} is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel workbook.`;
      case 'encrypted':
        return `${p} is password protected (encrypted). Remove the password in Excel and try again.`;
      case 'too_large':
        return `${p} is too large: Målkoll reads workbooks of at most ${limits.fileMb} MB (${limits.unpackedMb} MB unpacked).`;
      case 'corrupt':
        return `${p} is damaged or cut short and cannot be read. Open it in Excel and save it again.`;
      case 'empty':
        return `${p} is empty. Check that it is the right file.`;
    }
  },
  loadFailed: (p) =>
    `${p} could not be read as an Excel workbook. Open it in Excel and save it again.`,
  unknownPeriod: (period, available) =>
    `The period “${period}” is not a column of the workbook. ` +
    (available.length > 0
      ? `Choose one of: ${available.join(', ')} (or leave out --period for the latest outcome).`
      : 'The workbook has no period columns; leave out --period.'),
  noIndicatorTable: (indicator, actual) =>
    `Found no indicator table. Målkoll looks for a header row with ${indicator[0]} ` +
    `(or ${indicator.slice(1).join(', ')}) and ${actual[0]} ` +
    `(or a period column such as ${actual[0]} 2023).`,
  forceNotNeeded:
    'Note: --force is no longer needed. Målkoll keeps everything in the workbook (charts, pivot tables, macros …).',
  writeFailed: (p, why) => `Could not save ${p}: ${WRITE_PROBLEMS_EN[why]}`,
  wrote: (p) => `Saved the assessed workbook: ${p}`,
  wroteReport: (p) => `Saved the report: ${p}`,
  unexpected: (why) => `Something went wrong in Målkoll: ${why}. No workbook was saved.`,
  summary: {
    title: (file, indicators, goals, date) =>
      `Målkoll assessed ${indicators} indicators and ${goals} goals in ${file} (${date}).`,
    period: (p) => (p ? `Period: ${p}.` : 'Period: the latest outcome of each indicator.'),
    followUp: (f, p) =>
      `Follow-up: ${f} (${p ? `compared with ${p}` : 'no earlier follow-up to compare with'}).`,
    legend: 'Count per assessment:',
    whole: 'Whole workbook (goals)',
    focusAreas: 'Focus areas (goals)',
    owners: 'Owners (indicators)',
    problems: (errors, warnings) => `Problems: ${errors} errors and ${warnings} warnings`,
    more: (n) => `… and ${n} more. All of them are on the Summary sheet.`,
    noProblems: 'No problems found.',
  },
  and: 'and',
};

const WRITE_PROBLEMS_SV: Record<WriteProblem, string> = {
  no_folder: 'mappen finns inte. Kontrollera sökvägen.',
  no_access: 'du saknar behörighet att skriva där. Välj en annan mapp med -o.',
  busy: 'filen används av ett annat program. Stäng den (till exempel i Excel) och försök igen.',
  disk_full: 'disken är full. Frigör utrymme eller välj en annan mapp med -o.',
  is_folder: 'det är en mapp. Ange ett filnamn med -o.',
  other: 'filen kunde inte skrivas. Kontrollera mappen och att filen inte är öppen i Excel.',
  internal:
    'Målkoll kunde inte skriva in bedömningen i arbetsboken (ett fel i Målkoll, inte i din fil). Inget sparades; rapporten (--json) påverkas inte.',
};

const WRITE_PROBLEMS_EN: Record<WriteProblem, string> = {
  no_folder: 'the folder does not exist. Check the path.',
  no_access: 'you may not write there. Choose another folder with -o.',
  busy: 'another program is using the file. Close it (in Excel, for example) and try again.',
  disk_full: 'the disk is full. Free some space or choose another folder with -o.',
  is_folder: 'it is a folder. Give a file name with -o.',
  other: 'the file could not be written. Check the folder and that the file is not open in Excel.',
  internal:
    'Målkoll could not write the assessment into the workbook (a fault in Målkoll, not in your file). Nothing was saved; the report (--json) is not affected.',
};

export const MESSAGES: Record<Lang, Messages> = { sv, en };

/** "a, b och c" */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${MESSAGES[lang].and} ${items[items.length - 1]}`;
}
