/** English, the alternative language: every user text of Målkoll's problems. */
import { DEFAULT_PARAMETERS, PARAMETER_SPECS, type ParameterKey } from '../engine/parameters';
import { RULE_LABELS } from '../engine/rules/labels';
import type { ProblemParams, UnitField } from '../engine/types';
import { unitForms } from './units';
import { cutName } from './cut';
import type { HostFailure, Texts } from './types';

const q = (text: string | undefined) => `“${text ?? ''}”`;
const name = (p: ProblemParams) => q(cutName(p.name));
const number = (value: number) => String(value);
const shown = (p: ProblemParams) => (p.value === undefined ? (p.text ?? '') : number(p.value));

function parameterName(key: ParameterKey | undefined): string {
  return PARAMETER_SPECS.find((s) => s.key === key)?.en ?? String(key);
}

function allowed(key: ParameterKey | undefined): string {
  if (key === 'goalRule') return 'points or worstTwo';
  const spec = PARAMETER_SPECS.find((s) => s.key === key);
  return `${number(spec?.min ?? 0)}–${number(spec?.max ?? 0)}`;
}

function fallback(key: ParameterKey | undefined): string {
  const value = key ? DEFAULT_PARAMETERS[key] : undefined;
  return typeof value === 'number' ? number(value) : 'points';
}

function missing(label: string, definite: string, header: string) {
  return (p: ProblemParams) =>
    `${label} is missing for ${name(p)}, so the indicator cannot be assessed. ` +
    (p.hasColumn ? `Enter ${definite}.` : `Add a column ${header} and enter ${definite}.`);
}

const EXPERT_WORDS = 'Write Met, Partly met, Not met or Cannot be assessed.';

/** Excel's own codes that say more than what was being done. */
const HOST_CODES: Record<string, (sheet: string | null) => string> = {
  InvalidOperationInCellEditMode: () =>
    'Excel is waiting for you to finish editing a cell. Press Enter or Esc and try again.',
  RequestPayloadSizeLimitExceeded: () =>
    'The workbook is too large to be written at once in Excel on the web. Try Excel for the desktop.',
  ResponsePayloadSizeLimitExceeded: () =>
    'The workbook is too large to be read at once in Excel on the web. Try Excel for the desktop.',
  ItemNotFound: (sheet) =>
    `A sheet, table or name that Målkoll read${sheet ? ` (the sheet ${q(sheet)})` : ''} no longer exists. Assess the workbook again.`,
  ItemAlreadyExists: (sheet) =>
    `A sheet or name that Målkoll wanted to create${sheet ? ` (${q(sheet)})` : ''} already exists. Assess the workbook again.`,
  UndoNotSupported: () =>
    'Excel could not make the change as a single undo step, so Målkoll stopped it. Update Excel and try again; if that does not help, contact whoever supports Målkoll.',
  MergedRangeConflict: (sheet) =>
    `Merged cells${sheet ? ` on the sheet ${q(sheet)}` : ''} lie where Målkoll must write. Unmerge them and assess again.`,
};

const HOST_FAILURES: Record<HostFailure, (sheet: string | null) => string> = {
  read: () =>
    'Målkoll could not read the workbook. Finish editing any cell (press Enter or Esc) and try again.',
  write: (sheet) =>
    `Målkoll could not write to the workbook${sheet ? ` (the sheet ${q(sheet)})` : ''}. Check that the workbook is not read-only and assess again.`,
  select: (sheet) =>
    `Målkoll could not go to the cell${sheet ? ` on the sheet ${q(sheet)}` : ''}. The sheet may have been renamed or deleted; assess again.`,
  readOnly: () =>
    'The workbook is read-only (opened read-only or for viewing only). Choose Edit Workbook in Excel and try again.',
  structure: () =>
    "The workbook's structure is protected, so Målkoll could not add or rename its sheets. Unprotect it (Review → Protect Workbook) and try again.",
  protected: (sheet) =>
    `The sheet ${q(sheet ?? '')} is protected, so Målkoll could not write there. Unprotect it (Review → Unprotect Sheet) and assess again.`,
};

function hostError(failure: HostFailure, code: string, sheet: string | null): string {
  const specific = failure === 'protected' ? undefined : HOST_CODES[code];
  const message = (specific ?? HOST_FAILURES[failure])(sheet);
  return code === 'Unknown' ? message : `${message} (Excel error code: ${code})`;
}

const DEFINITE: Record<UnitField, string> = {
  actual: 'the actual value',
  previous: 'the previous value',
  baseline: 'the baseline',
  target: 'the target',
  comparison: 'the comparison value',
};

export const en: Texts = {
  quote: q,
  number,
  hostError,
  invalidParameter: ({ key, kind, otherKey }) =>
    kind === 'out_of_order'
      ? `${parameterName(key)} must not be greater than ${parameterName(otherKey)}.`
      : `${parameterName(key)} must be ${allowed(key)}.`,
  errors: (n) => `${n} ${n === 1 ? 'error' : 'errors'}`,
  warnings: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
  list: (items) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`,
  problems: {
    missing_actual: (p) =>
      `The actual value is missing for ${name(p)}, so the indicator cannot be assessed. ` +
      'Enter the actual value when it is available.',
    missing_target: missing('The target', 'the target', 'Target'),
    missing_previous: missing('The previous value', 'the previous value', 'Previous'),
    missing_comparison: missing('The comparison value', 'the comparison value', 'Comparison'),
    missing_baseline: missing('The baseline', 'the baseline', 'Baseline'),
    missing_baseline_year: missing('The baseline year', 'the baseline year', 'Baseline year'),
    missing_target_year: missing('The target year', 'the target year', 'Target year'),
    missing_actual_year: (p) =>
      p.hasColumn
        ? missing(
            'The year of the actual value',
            'the year of the actual value',
            'Year of actual',
          )(p)
        : `The year of the actual value is missing for ${name(p)}, so the indicator cannot be ` +
          'assessed. Add a column Year of actual, or write the year in the header of the outcome ' +
          'column (e.g. “Actual 2024”).',
    missing_direction: (p) =>
      `The desired direction is missing for ${name(p)}, so the indicator cannot be assessed. ` +
      (p.hasColumn
        ? 'Write Increase or Decrease in the Direction column.'
        : 'Add a column Direction and write Increase or Decrease.'),
    unknown_direction: (p) =>
      `The direction ${q(cutName(p.word))} for ${name(p)} is not recognised. Write Increase or Decrease.` +
      (p.needed ? ' Without a direction the indicator cannot be assessed.' : ''),
    unknown_rule: (p) =>
      `The rule ${q(cutName(p.word))} for ${name(p)} is not recognised, so ` +
      `${RULE_LABELS[p.rule ?? 'target'].en} is used. Write Target, Trend, Comparison, Pace or Manual.`,
    direction_contradiction: (p) =>
      `The direction does not match the baseline and target of ${name(p)}: with the direction ` +
      (p.direction === -1
        ? 'Decrease the target should be lower than the baseline.'
        : 'Increase the target should be higher than the baseline.') +
      ' Correct the direction, the baseline or the target.' +
      (p.stopsPace ? ' The pace cannot be assessed until this is corrected.' : ''),
    pace_actual_year_order: (p) =>
      `Pace towards the target for ${name(p)} needs the year of the actual value (${p.year}) to be ` +
      `after the baseline year (${p.baselineYear}). Correct the baseline year, or wait for a later outcome.`,
    pace_target_year_order: (p) =>
      `Pace towards the target for ${name(p)} needs the target year (${p.year}) to be after the ` +
      `baseline year (${p.baselineYear}). Correct the target year or the baseline year.`,
    pace_nonpositive: (p) =>
      `Pace cannot be computed for values ≤ 0 (${name(p)}). Choose the rule Target instead.`,
    pace_not_computable: (p) =>
      `The pace of ${name(p)} cannot be computed from these values. Choose the rule Target instead.`,
    needs_expert: (p) =>
      p.ruleGiven
        ? `${name(p)} has the rule Manual and needs an expert assessment. ` +
          'Fill in Expert assessment (Met, Partly met or Not met).'
        : `${name(p)} has no target, comparison value or previous value and can therefore only ` +
          'be assessed by an expert. Fill in one of them, or Expert assessment.',
    unknown_expert_status: (p) =>
      `The expert assessment ${q(cutName(p.word))} for ${name(p)} is not recognised, so the ` +
      `computed status stands. ${EXPERT_WORDS}`,
    unknown_goal_expert_status: (p) =>
      `The expert assessment ${q(cutName(p.word))} for the goal ${q(cutName(p.goal))} is not ` +
      `recognised, so the computed status stands. ${EXPERT_WORDS}`,
    mixed_units: (p) => {
      const [plain, percent] = unitForms(p.value ?? 0, p.markedValue ?? 0, 'en');
      const definite = DEFINITE[p.field ?? 'actual'];
      const marked = DEFINITE[p.markedField ?? 'target'];
      return (
        `${definite.charAt(0).toUpperCase()}${definite.slice(1)} ${plain.value} for ${name(p)} is ` +
        `written without a percent sign, but ${marked} is ${percent.marked}, so the units are mixed ` +
        `and the indicator cannot be assessed. Write ${percent.value}, or write ${marked} as ${plain.marked}.`
      );
    },
    focus_area_conflict: (p) =>
      `The goal ${q(cutName(p.goal))} already has the focus area ${q(cutName(p.firstFocusArea))}, ` +
      `so ${q(cutName(p.otherFocusArea))} on this row is not used. ` +
      'Write the same focus area on all rows of the goal.',

    error_value: (p) =>
      `The cell holds the error value ${p.text} and counts as empty. ` +
      'Correct the formula or what it refers to, or leave the cell empty.',
    unreadable_number: (p) =>
      `${q(p.text)} is not a number. Enter a number (e.g. 12.5) or leave the cell empty.`,
    date_in_number: (p) =>
      `The cell holds a date (${p.text}) where a number belongs and counts as empty. ` +
      'Enter a number and give the cell a number format instead of a date format.',
    boolean_in_number: (p) =>
      `The cell holds ${p.text} where a number belongs and counts as empty. ` +
      'Enter a number or leave the cell empty.',
    unreadable_year: (p) =>
      `${q(p.text)} is not a year. Enter a four-digit year (e.g. 2030) or leave the cell empty.`,
    invalid_weight: (p) =>
      `The weight ${q(shown(p))} is not a number greater than 0, so the weight 1 is used. ` +
      'Enter a number greater than 0 or leave the cell empty.',
    duplicate_column: (p) =>
      `The column ${q(p.header)} holds the same field as the column at ${p.other} and is not read. ` +
      'Remove one of the columns or rename its header.',
    invalid_parameter: (p) =>
      `${q(shown(p))} is not allowed for ${parameterName(p.key)} (allowed: ${allowed(p.key)}), ` +
      `so the default ${fallback(p.key)} is used. Enter an allowed value.`,
    parameters_out_of_order: (p) =>
      `${parameterName(p.key)} must not be greater than ${parameterName(p.otherKey)}, so the ` +
      `defaults ${fallback(p.key)} and ${fallback(p.otherKey)} are used for both. ` +
      `Change the values so that ${parameterName(p.key)} is at most ${parameterName(p.otherKey)}.`,

    unknown_kolada_kpi: (p) =>
      `Kolada does not know the KPI ${q(p.text ?? '')}. Check the id on kolada.se (e.g. N15428) ` +
      'or empty the cell.',
    unknown_kolada_kommun: (p) =>
      `Kolada does not know the municipality ${q(p.text ?? '')}. Write its code (e.g. 2260) or its ` +
      'name as Kolada writes it (e.g. Ånge). Nothing was fetched from Kolada.',
    uncalculated_formula: (p) =>
      `The formula ${p.text} has no calculated value (the file was saved by a program that ` +
      'does not calculate formulas), so the cell counts as empty. Open the workbook in Excel and save it.',

    no_room: (p) =>
      (p.blocked === 'past_last_column'
        ? 'The assessment could not be written beside the table: the sheet ends at column XFD ' +
          'and four columns are needed to the right of the table. Move the table to the left and ' +
          'run the assessment again.'
        : 'The assessment could not be written beside the table: columns ' +
          `${p.columns} are needed but cell ${p.other} holds something else. Move what is there ` +
          '(or the table) and run the assessment again.') +
      ` The table's results are still on the sheet ${p.summary}.`,
    summary_renamed: (p) =>
      `The sheet ${p.sheet} is your own, so the summary was written to the sheet ${p.summary} ` +
      `instead. Rename your sheet if you want the summary to be called ${p.sheet}.`,
    history_renamed: (p) =>
      `The sheet ${p.sheet} is your own, so the history of follow-ups was written to the sheet ` +
      `${p.summary} instead. Rename your sheet if you want the history to be called ${p.sheet}.`,
    sheet_protected: (p) =>
      p.summary !== undefined
        ? 'The assessment could not be written beside the table because the sheet is protected. ' +
          'Unprotect the sheet and run the assessment again. ' +
          `The table's results are still on the sheet ${p.summary}.`
        : `The sheet ${q(p.sheet)} is protected. Unprotect it (Review → Unprotect Sheet) and assess ` +
          'again; nothing was written on that sheet.',
    workbook_structure_protected: (p) =>
      `The workbook's structure is protected, so Målkoll could not add the sheet ${q(p.sheet)}. ` +
      'What belongs beside the tables was written. Unprotect it (Review → Protect Workbook) and assess again.',
    merged_cells: (p) =>
      `The cells ${p.range} on the sheet ${q(p.sheet)} are merged where Målkoll must write` +
      `${p.table ? ` (the table ${q(p.table)})` : ''}. Unmerge them (Home → Merge & Center → ` +
      `Unmerge Cells) and assess again; nothing was written ` +
      `${p.wholeSheet ? 'on that sheet' : 'in that area'}.`,
  },
};
