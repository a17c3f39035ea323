/**
 * §6: the Metod sheet with the default parameters, made when the workbook has
 * none. Always Swedish (the reader knows these names) and never marked: it is
 * the user's from then on and Målkoll does not touch it again.
 */
import { DEFAULT_PARAMETERS, PARAMETER_SPECS } from '../../engine/parameters';
import { METHOD_SHEET } from '../labels';
import type { PlanContext } from './context';
import { SectionWriter } from './sections';
import { BOLD } from './styles';
import type { PlanValue } from './types';

const METHOD_WIDTHS = [28, 12, 90];

export function planMethodSheet(ctx: PlanContext): void {
  // A sheet of that name that the reader did not take for the method's is still in the way.
  const name = METHOD_SHEET.name.toLowerCase();
  if (ctx.snapshot.sheets.some((s) => s.name.toLowerCase() === name)) return;
  ctx.plan.sheets.push({
    name: METHOD_SHEET.name,
    replaces: null,
    columnWidths: METHOD_WIDTHS,
    freezeRows: 1,
  });
  const rows: PlanValue[][] = PARAMETER_SPECS.map((spec) => {
    const value = DEFAULT_PARAMETERS[spec.key];
    const shown =
      value === 'points'
        ? METHOD_SHEET.goalRulePoints
        : value === 'worstTwo'
          ? METHOD_SHEET.goalRuleWorstTwo
          : value;
    return [spec.sv, shown, spec.descriptionSv];
  });
  const top = new SectionWriter(ctx, METHOD_SHEET.name).section([
    [...METHOD_SHEET.headers],
    ...rows,
  ]);
  ctx.styles.range(METHOD_SHEET.name, BOLD, { top, bottom: top, left: 1, right: 3 });
}
