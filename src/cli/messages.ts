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
  /** `--period` names no period column of the workbook; `available` are those it has. */
  unknownPeriod(period: string, available: readonly string[]): string;
  writesInput(flag: string, path: string): string;
  /** Two of the outputs (-o, --json, --rapport) name one file. */
  sameOutputs(flag: string, other: string, path: string): string;
  unreadable(reason: FailureReason, path: string, limits: Limits): string;
  loadFailed(path: string): string;
  /** `indicator` and `actual` are the header lists the reader looks for, in order. */
  noIndicatorTable(indicator: readonly string[], actual: readonly string[]): string;
  droppedParts(parts: string): string;
  partsRemoved(parts: string): string;
  writeFailed(path: string, why: string): string;
  wrote(path: string): string;
  wroteReport(path: string): string;
  wroteBoardReport(path: string): string;
  unexpected(why: string): string;
  summary: SummaryTexts;
  /** "a, b och c" */
  and: string;
}

/** The printed summary's texts. */
export interface SummaryTexts {
  title(file: string, indicators: number, goals: number, date: string): string;
  /** The period the user named, or the latest outcome of each indicator. */
  period(period: string | null): string;
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
    '                 [--period PERIOD] [--date ÅÅÅÅ-MM-DD] [--force]',
    '                 [--rapport RAPPORT.docx]',
    '',
    'Målkoll läser arbetsboken, bedömer varje indikator och sparar en ny arbetsbok med',
    'fyra kolumner bredvid varje indikatortabell och bladet Sammanställning.',
    'Originalfilen ändras aldrig.',
    '',
    'Flaggor:',
    '  -o, --output UT.xlsx   Var den bedömda arbetsboken sparas',
    '                         (standard: ARBETSBOK-bedomd.xlsx bredvid originalet).',
    '  --json RAPPORT.json    Spara också hela bedömningen som JSON.',
    '  --rapport RAPPORT.docx Spara också rapporten till nämnden som Word-dokument',
    '                         (även --report).',
    '  --lang sv|en           Språk i arbetsboken och i utskriften (standard: sv).',
    '  --period PERIOD        Bedöm en viss periodkolumn, t.ex. "Utfall 2023",',
    '                         i stället för det senaste utfallet.',
    '  --date ÅÅÅÅ-MM-DD      Datum för bedömningen (standard: i dag).',
    '  --force                Spara även om diagram, pivottabeller o.d. då försvinner.',
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
  writesInput: (f, p) =>
    `${f} pekar på arbetsboken som ska bedömas (${p}). Målkoll skriver aldrig över originalet: välj ett annat filnamn.`,
  sameOutputs: (a, b, p) => `${a} och ${b} pekar på samma fil (${p}): välj olika filnamn.`,
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
  droppedParts: (parts) =>
    `Arbetsboken innehåller ${parts} som skulle försvinna om Målkoll skrev om filen. ` +
    'Använd --force för att skriva ändå (de delarna tas då bort i utdatafilen).',
  partsRemoved: (parts) => `Obs: ${parts} finns inte med i den sparade arbetsboken.`,
  writeFailed: (p, why) =>
    `Kunde inte spara ${p}: ${why}. Kontrollera mappen och att filen inte är öppen i Excel.`,
  wrote: (p) => `Sparade den bedömda arbetsboken: ${p}`,
  wroteReport: (p) => `Sparade rapporten: ${p}`,
  wroteBoardReport: (p) => `Sparade rapporten till nämnden: ${p}`,
  unexpected: (why) => `Något gick fel i Målkoll: ${why}. Arbetsboken sparades inte.`,
  summary: {
    title: (file, indicators, goals, date) =>
      `Målkoll har bedömt ${indicators} indikatorer och ${goals} mål i ${file} (${date}).`,
    period: (p) => (p ? `Period: ${p}.` : 'Period: senaste utfallet för varje indikator.'),
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
    '                 [--period PERIOD] [--date YYYY-MM-DD] [--force]',
    '                 [--report REPORT.docx]',
    '',
    'Målkoll reads the workbook, assesses every indicator and saves a new workbook with',
    'four columns beside each indicator table and a Summary sheet.',
    'The original file is never changed.',
    '',
    'Options:',
    '  -o, --output OUT.xlsx  Where the assessed workbook is saved',
    '                         (default: WORKBOOK-bedomd.xlsx beside the original).',
    '  --json REPORT.json     Also save the whole assessment as JSON.',
    '  --report REPORT.docx   Also save the report to the board as a Word document',
    '                         (also --rapport).',
    '  --lang sv|en           Language of the workbook and the output (default: sv).',
    '  --period PERIOD        Assess one period column, e.g. "Utfall 2023",',
    '                         instead of the latest outcome.',
    '  --date YYYY-MM-DD      Date of the assessment (default: today).',
    '  --force                Save even if charts, pivot tables and the like are lost.',
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
  writesInput: (f, p) =>
    `${f} names the workbook being assessed (${p}). Målkoll never overwrites the original: choose another file name.`,
  sameOutputs: (a, b, p) => `${a} and ${b} name the same file (${p}): choose different names.`,
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
  droppedParts: (parts) =>
    `The workbook contains ${parts} that would be lost if Målkoll rewrote the file. ` +
    'Use --force to save anyway (those parts are then left out of the saved file).',
  partsRemoved: (parts) => `Note: ${parts} are not in the saved workbook.`,
  writeFailed: (p, why) =>
    `Could not save ${p}: ${why}. Check the folder and that the file is not open in Excel.`,
  wrote: (p) => `Saved the assessed workbook: ${p}`,
  wroteReport: (p) => `Saved the report: ${p}`,
  wroteBoardReport: (p) => `Saved the report to the board: ${p}`,
  unexpected: (why) => `Something went wrong in Målkoll: ${why}. No workbook was saved.`,
  summary: {
    title: (file, indicators, goals, date) =>
      `Målkoll assessed ${indicators} indicators and ${goals} goals in ${file} (${date}).`,
    period: (p) => (p ? `Period: ${p}.` : 'Period: the latest outcome of each indicator.'),
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

export const MESSAGES: Record<Lang, Messages> = { sv, en };

/** "a, b och c" */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${MESSAGES[lang].and} ${items[items.length - 1]}`;
}

const PART_NAMES_EN: Record<string, string> = {
  diagram: 'charts',
  diagramblad: 'chart sheets',
  pivottabeller: 'pivot tables',
  utsnitt: 'slicers',
  tidslinjer: 'timelines',
  makron: 'macros',
  'trådade kommentarer': 'threaded comments',
  'externa länkar': 'external links',
  datamodell: 'a data model',
  frågetabeller: 'query tables',
};

/**
 * The parts a rewrite would drop, for a message: the adapter names them in
 * Swedish with the part's path ("diagram (xl/charts/chart1.xml)"); officials
 * need only the kind.
 */
export function partsList(parts: readonly string[], lang: Lang): string {
  const kinds = parts.map((part) => part.replace(/\s*\(.*\)$/, ''));
  const named = lang === 'en' ? kinds.map((k) => PART_NAMES_EN[k] ?? k) : kinds;
  return joinList([...new Set(named)], lang);
}
