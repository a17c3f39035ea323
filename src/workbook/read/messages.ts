/**
 * The reader's problems (§8), raised as codes with what their words need;
 * src/text words them where they are shown. Each names its sheet and cell.
 */
import type { Problem, ProblemParams, Severity } from '../../engine/types';
import type { ReadProblemCode } from '../../engine/problem-codes';
import type { Cell } from '../snapshot';
import { cellText } from './cells';

export type ProblemCode = ReadProblemCode;

const SEVERITY: Record<ReadProblemCode, Severity> = {
  error_value: 'error',
  unreadable_number: 'error',
  date_in_number: 'error',
  boolean_in_number: 'error',
  unreadable_year: 'error',
  invalid_weight: 'warning',
  duplicate_column: 'warning',
  invalid_parameter: 'error',
  parameters_out_of_order: 'error',
  uncalculated_formula: 'error',
};

const MAX_QUOTED = 60;

/** Collects the reader's problems. */
export class Reporter {
  readonly problems: Problem[] = [];

  add(code: ReadProblemCode, sheet: string, cell: string, params: ProblemParams = {}): void {
    const quoted = params.text === undefined ? params : { ...params, text: cut(params.text) };
    this.problems.push({ severity: SEVERITY[code], sheet, cell, code, params: quoted });
  }
}

/** Long cell texts are cut so that the message stays readable. */
function cut(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > MAX_QUOTED ? `${oneLine.slice(0, MAX_QUOTED - 1)}…` : oneLine;
}

/** A cell's value as a message quotes it: a number stays a number, for the language to write. */
export function cellShown(cell: Cell | undefined): ProblemParams {
  const value = cell?.value;
  if (typeof value === 'number' && Number.isFinite(value)) return { value };
  return { text: cellText(cell) ?? '' };
}
