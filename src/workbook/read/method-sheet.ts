/**
 * §6: the parameters on the sheet "Metod": a table with the columns
 * Parameter (Swedish name or key), Värde and Beskrivning (not read back).
 * A missing key means the default; a value that is not allowed is an error at
 * its cell and the default is used (for a pair out of order, both defaults).
 */
import { parameterKey, validateParameters, type ParameterKey } from '../../engine/parameters';
import type { Parameters, ProblemParams } from '../../engine/types';
import { a1 } from '../address';
import { METHOD_SHEET } from '../labels';
import type { SheetData } from '../snapshot';
import { cellText } from './cells';
import { SheetGrid } from './grid';
import { METHOD_HEADERS, normaliseHeader } from './headers';
import { cellShown, type Reporter } from './messages';
import { readNumber } from './numbers';

export function isMethodSheet(name: string): boolean {
  return name.trim().toLowerCase() === METHOD_SHEET.name.toLowerCase();
}

/** A parameter as found on the sheet: its value for validateParameters, its cell and text. */
interface Given {
  value: unknown;
  cell: string;
  shown: ProblemParams;
}

export function readMethodSheet(sheet: SheetData, reporter: Reporter): Parameters {
  const grid = new SheetGrid(sheet, []);
  const given = readGiven(grid);
  const raw: Partial<Record<ParameterKey, unknown>> = {};
  for (const [key, g] of given) raw[key] = g.value;
  // The engine checks; this says where on the sheet.
  const { parameters, invalid } = validateParameters(raw);
  const notAllowed = new Set(invalid.filter((i) => i.kind === 'not_allowed').map((i) => i.key));
  for (const [key, g] of given) {
    if (notAllowed.has(key))
      reporter.add('invalid_parameter', grid.name, g.cell, { ...g.shown, key });
  }
  for (const { key, kind, otherKey } of invalid) {
    if (kind !== 'out_of_order') continue;
    const cell = given.get(key)?.cell ?? (otherKey && given.get(otherKey)?.cell) ?? 'A1';
    reporter.add('parameters_out_of_order', grid.name, cell, { key, otherKey });
  }
  return parameters;
}

/** The first row with Parameter and Värde headers, and the first value of each key below it. */
function readGiven(grid: SheetGrid): Map<ParameterKey, Given> {
  const given = new Map<ParameterKey, Given>();
  const header = findHeader(grid);
  if (!header) return given;
  for (const row of grid.rowsBetween(header.row + 1, Infinity)) {
    const name = cellText(grid.cell(row, header.parameter));
    const key = name === null ? null : parameterKey(name);
    if (key === null || given.has(key)) continue;
    const cell = grid.cell(row, header.value);
    const text = cellText(cell);
    if (text === null) continue;
    let value: unknown = cell?.value;
    if (key !== 'goalRule') {
      const read = readNumber(cell);
      if (read.kind === 'missing') continue;
      value = read.kind === 'number' ? read.value : NaN;
    }
    given.set(key, { value, cell: a1(row, header.value), shown: cellShown(cell) });
  }
  return given;
}

function findHeader(grid: SheetGrid): { row: number; parameter: number; value: number } | null {
  const parameterNames = new Set(
    [...METHOD_HEADERS.parameter.sv, ...METHOD_HEADERS.parameter.en].map(normaliseHeader),
  );
  const valueNames = new Set(
    [...METHOD_HEADERS.value.sv, ...METHOD_HEADERS.value.en].map(normaliseHeader),
  );
  for (const row of grid.rowNumbers) {
    let parameter: number | undefined;
    let value: number | undefined;
    grid.forEachCell(row, (col, cell) => {
      if (typeof cell.value !== 'string') return;
      const key = normaliseHeader(cell.value);
      if (parameter === undefined && parameterNames.has(key)) parameter = col;
      else if (value === undefined && valueNames.has(key)) value = col;
    });
    if (parameter !== undefined && value !== undefined) return { row, parameter, value };
  }
  return null;
}
