/**
 * "Spara parametrar": writes new values into the user's Metod sheet (§6).
 * Only the Värde cells change, so the user's own layout, descriptions and
 * notes stay; a parameter the sheet lacks gets a row of its own under the
 * table, and a missing sheet is made as the plan would make it. Pure: a write
 * plan without marks, because the Metod sheet is the user's.
 */
import { PARAMETER_SPECS, parameterKey, type ParameterKey } from '../../engine/parameters';
import type { Parameters } from '../../engine/types';
import { METHOD_SHEET } from '../labels';
import type { PlanValue, ValueBlock, WritePlan } from './types';
import { cellText } from '../read/cells';
import { METHOD_HEADERS, normaliseHeader } from '../read/headers';
import { isMethodSheet } from '../read/method-sheet';
import type { Cell, SheetData, WorkbookSnapshot } from '../snapshot';

/** Widths of Parameter, Värde and Beskrivning when the sheet is made. */
const METHOD_WIDTHS = [28, 12, 90];

interface MethodColumns {
  headerRow: number;
  parameter: number;
  value: number;
  description: number | null;
}

export function buildParametersPlan(snapshot: WorkbookSnapshot, parameters: Parameters): WritePlan {
  const sheet = findMethodSheet(snapshot);
  if (!sheet) return newMethodSheetPlan(parameters);
  const columns = findColumns(sheet);
  if (!columns) return emptyPlan(freshTable(sheet, parameters));
  return emptyPlan(valueCells(sheet, columns, parameters));
}

/** The sheet that the reader takes for the Metod sheet. */
export function findMethodSheet(snapshot: WorkbookSnapshot): SheetData | null {
  return snapshot.sheets.find((s) => isMethodSheet(s.name)) ?? null;
}

/** As the Metod sheet shows it: numbers as numbers, the goal rule in Swedish words. */
function shownValue(parameters: Parameters, key: ParameterKey): PlanValue {
  const value = parameters[key];
  if (value === 'points') return METHOD_SHEET.goalRulePoints;
  if (value === 'worstTwo') return METHOD_SHEET.goalRuleWorstTwo;
  return value;
}

function methodRows(parameters: Parameters): PlanValue[][] {
  return PARAMETER_SPECS.map((spec) => [
    spec.sv,
    shownValue(parameters, spec.key),
    spec.descriptionSv,
  ]);
}

function newMethodSheetPlan(parameters: Parameters): WritePlan {
  const name = METHOD_SHEET.name;
  const plan = emptyPlan([
    {
      sheet: name,
      top: 1,
      left: 1,
      values: [[...METHOD_SHEET.headers], ...methodRows(parameters)],
    },
  ]);
  plan.sheets.push({ name, replaces: null, columnWidths: METHOD_WIDTHS, freezeRows: 1 });
  plan.styles.push({
    sheet: name,
    style: { bold: true },
    ranges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
  });
  return plan;
}

function isHeader(cell: Cell | undefined, names: { sv: readonly string[]; en: readonly string[] }) {
  const text = cellText(cell);
  if (text === null) return false;
  const key = normaliseHeader(text);
  return [...names.sv, ...names.en].some((n) => normaliseHeader(n) === key);
}

function indexOf(cells: Cell[], names: { sv: readonly string[]; en: readonly string[] }) {
  const index = cells.findIndex((cell) => isHeader(cell, names));
  return index > 0 ? index : null;
}

/** The first row that has both a Parameter and a Värde header. */
function findColumns(sheet: SheetData): MethodColumns | null {
  for (const rowNumber of sortedRows(sheet)) {
    const cells = sheet.rows.get(rowNumber) ?? [];
    const parameter = indexOf(cells, METHOD_HEADERS.parameter);
    const value = indexOf(cells, METHOD_HEADERS.value);
    if (parameter !== null && value !== null) {
      const description = indexOf(cells, METHOD_HEADERS.description);
      return { headerRow: rowNumber, parameter, value, description };
    }
  }
  return null;
}

function sortedRows(sheet: SheetData): number[] {
  return [...sheet.rows.keys()].sort((a, b) => a - b);
}

function lastRow(sheet: SheetData): number {
  return sortedRows(sheet)
    .filter((r) => (sheet.rows.get(r) ?? []).some((cell) => cellText(cell) !== null))
    .reduce((max, r) => Math.max(max, r), 0);
}

/** One block per Värde cell of a known parameter; rows of their own for those missing. */
function valueCells(
  sheet: SheetData,
  columns: MethodColumns,
  parameters: Parameters,
): ValueBlock[] {
  const blocks: ValueBlock[] = [];
  const found = new Set<ParameterKey>();
  for (const row of sortedRows(sheet).filter((r) => r > columns.headerRow)) {
    const name = cellText(sheet.rows.get(row)?.[columns.parameter]);
    const key = name === null ? null : parameterKey(name);
    if (!key) continue;
    found.add(key);
    const values = [[shownValue(parameters, key)]];
    blocks.push({ sheet: sheet.name, top: row, left: columns.value, values });
  }
  let next = Math.max(lastRow(sheet), columns.headerRow) + 1;
  for (const spec of PARAMETER_SPECS.filter((s) => !found.has(s.key))) {
    const row = next++;
    const cell = (left: number, value: PlanValue) => ({
      sheet: sheet.name,
      top: row,
      left,
      values: [[value]],
    });
    blocks.push(
      cell(columns.parameter, spec.sv),
      cell(columns.value, shownValue(parameters, spec.key)),
    );
    if (columns.description !== null) blocks.push(cell(columns.description, spec.descriptionSv));
  }
  return blocks;
}

/** A Metod sheet without a Parameter/Värde table: the table goes under what is there. */
function freshTable(sheet: SheetData, parameters: Parameters): ValueBlock[] {
  const last = lastRow(sheet);
  const top = last === 0 ? 1 : last + 2;
  const values = [[...METHOD_SHEET.headers], ...methodRows(parameters)];
  return [{ sheet: sheet.name, top, left: 1, values }];
}

function emptyPlan(values: ValueBlock[]): WritePlan {
  return { clear: [], sheets: [], tables: [], values, styles: [], links: [], columnWidths: [] };
}
