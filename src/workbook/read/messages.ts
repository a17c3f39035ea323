/**
 * The reader's problems (§8), in Swedish and English. Each message says what
 * is wrong and what to do; the sheet and cell travel beside it, not in it.
 */
import type { Lang, Problem, Severity } from '../../engine/types';
import type { Cell } from '../snapshot';
import { cellText } from './cells';

export interface MessageParams {
  /** The cell's text as written (cut when long). */
  text?: string;
  /** A header as written. */
  header?: string;
  /** Another cell, e.g. the column that is used instead. */
  other?: string;
  /** A parameter's name and the other parameter of a pair. */
  name?: string;
  otherName?: string;
  allowed?: string;
  /** Default values, already formatted. */
  fallback?: string;
  otherFallback?: string;
}

type Texts = Record<ProblemCode, (p: MessageParams) => string>;

export type ProblemCode =
  | 'error_value'
  | 'unreadable_number'
  | 'date_in_number'
  | 'boolean_in_number'
  | 'uncalculated_formula'
  | 'unreadable_year'
  | 'invalid_weight'
  | 'duplicate_column'
  | 'invalid_parameter'
  | 'parameters_out_of_order';

const SEVERITY: Record<ProblemCode, Severity> = {
  error_value: 'error',
  unreadable_number: 'error',
  date_in_number: 'error',
  boolean_in_number: 'error',
  uncalculated_formula: 'error',
  unreadable_year: 'error',
  invalid_weight: 'warning',
  duplicate_column: 'warning',
  invalid_parameter: 'error',
  parameters_out_of_order: 'error',
};

const SV: Texts = {
  error_value: (p) =>
    `Cellen innehåller felvärdet ${p.text} och räknas som tom. ` +
    'Rätta formeln eller det den hämtar, eller lämna cellen tom.',
  unreadable_number: (p) =>
    `«${p.text}» är inte ett tal. Skriv ett tal (t.ex. 12,5) eller lämna cellen tom.`,
  date_in_number: (p) =>
    `Cellen innehåller ett datum (${p.text}) där det ska stå ett tal och räknas som tom. ` +
    'Skriv ett tal och ge cellen talformat i stället för datumformat.',
  boolean_in_number: (p) =>
    `Cellen innehåller ${p.text === 'TRUE' ? 'SANT' : 'FALSKT'} där det ska stå ett tal ` +
    'och räknas som tom. Skriv ett tal eller lämna cellen tom.',
  uncalculated_formula: (p) =>
    `Formeln ${p.text} har inget uträknat värde (filen är sparad av ett program som inte ` +
    'räknar ut formler), så cellen räknas som tom. Öppna arbetsboken i Excel och spara den.',
  unreadable_year: (p) =>
    `«${p.text}» är inte ett årtal. Skriv ett årtal med fyra siffror (t.ex. 2030) eller lämna cellen tom.`,
  invalid_weight: (p) =>
    `Vikten «${p.text}» är inte ett tal större än 0, så vikten 1 används. ` +
    'Skriv ett tal större än 0 eller lämna cellen tom.',
  duplicate_column: (p) =>
    `Kolumnen «${p.header}» anger samma uppgift som kolumnen i ${p.other} och läses inte. ` +
    'Ta bort en av kolumnerna eller byt rubrik på den.',
  invalid_parameter: (p) =>
    `«${p.text}» är inte tillåtet för ${p.name} (tillåtet: ${p.allowed}), ` +
    `så standardvärdet ${p.fallback} används. Skriv ett tillåtet värde.`,
  parameters_out_of_order: (p) =>
    `${p.name} får inte vara större än ${p.otherName}, så standardvärdena ` +
    `${p.fallback} och ${p.otherFallback} används för båda. ` +
    `Ändra värdena så att ${p.name} är högst ${p.otherName}.`,
};

const EN: Texts = {
  error_value: (p) =>
    `The cell holds the error value ${p.text} and counts as empty. ` +
    'Correct the formula or what it refers to, or leave the cell empty.',
  unreadable_number: (p) =>
    `“${p.text}” is not a number. Enter a number (e.g. 12.5) or leave the cell empty.`,
  date_in_number: (p) =>
    `The cell holds a date (${p.text}) where a number belongs and counts as empty. ` +
    'Enter a number and give the cell a number format instead of a date format.',
  boolean_in_number: (p) =>
    `The cell holds ${p.text} where a number belongs and counts as empty. ` +
    'Enter a number or leave the cell empty.',
  uncalculated_formula: (p) =>
    `The formula ${p.text} has no calculated value (the file was saved by a program that ` +
    'does not calculate formulas), so the cell counts as empty. Open the workbook in Excel and save it.',
  unreadable_year: (p) =>
    `“${p.text}” is not a year. Enter a four-digit year (e.g. 2030) or leave the cell empty.`,
  invalid_weight: (p) =>
    `The weight “${p.text}” is not a number greater than 0, so the weight 1 is used. ` +
    'Enter a number greater than 0 or leave the cell empty.',
  duplicate_column: (p) =>
    `The column “${p.header}” holds the same field as the column at ${p.other} and is not read. ` +
    'Remove one of the columns or rename its header.',
  invalid_parameter: (p) =>
    `“${p.text}” is not allowed for ${p.name} (allowed: ${p.allowed}), ` +
    `so the default ${p.fallback} is used. Enter an allowed value.`,
  parameters_out_of_order: (p) =>
    `${p.name} must not be greater than ${p.otherName}, so the defaults ` +
    `${p.fallback} and ${p.otherFallback} are used for both. ` +
    `Change the values so that ${p.name} is at most ${p.otherName}.`,
};

const MAX_QUOTED = 60;

/** Collects the reader's problems in the requested language. */
export class Reporter {
  readonly problems: Problem[] = [];

  constructor(readonly lang: Lang) {}

  add(code: ProblemCode, sheet: string, cell: string, params: MessageParams = {}): void {
    const texts = this.lang === 'en' ? EN : SV;
    const quoted = params.text === undefined ? params : { ...params, text: cut(params.text) };
    this.problems.push({
      severity: SEVERITY[code],
      sheet,
      cell,
      code,
      // The problem carries its sheet and cell; the faces show them once.
      message: texts[code](quoted),
    });
  }
}

/** Long cell texts are cut so that the message stays readable. */
function cut(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > MAX_QUOTED ? `${oneLine.slice(0, MAX_QUOTED - 1)}…` : oneLine;
}

/** A number as the language writes it: "0,8" in Swedish, "0.8" in English. */
export function formatNumber(value: number, lang: Lang): string {
  const text = String(value);
  return lang === 'sv' ? text.replace('.', ',').replace('-', '−') : text;
}

/** A cell's value as a message quotes it: numbers in the language's way. */
export function cellDisplay(cell: Cell | undefined, lang: Lang): string {
  const value = cell?.value;
  if (typeof value === 'number' && Number.isFinite(value)) return formatNumber(value, lang);
  return cellText(cell) ?? '';
}
