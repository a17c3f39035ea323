/** A worksheet part for a sheet Målkoll writes whole: its column widths and frozen rows, no cells yet. */
import { a1 } from '../../workbook/address';
import type { SheetPlan } from '../../workbook/plan/types';
import { MAIN_NS, REL_NS } from './xml';

export function freshSheet(plan: SheetPlan): string {
  const frozen = plan.freezeRows > 0;
  const first = a1(plan.freezeRows + 1, 1);
  const view = frozen
    ? `<sheetView workbookViewId="0"><pane ySplit="${plan.freezeRows}" topLeftCell="${first}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${first}" sqref="${first}"/></sheetView>`
    : '<sheetView workbookViewId="0"/>';
  const cols = plan.columnWidths
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetViews>${view}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData/>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}
