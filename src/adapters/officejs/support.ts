/**
 * Which parts of the Excel JavaScript API this Excel offers. Checked once per
 * call, through Office.context.requirements, or through a function the caller
 * injects (tests, or a host that knows better).
 */

export type IsSetSupported = (name: string, version: string) => boolean;

export interface HostSupport {
  /** Excel.run({ mergeUndoGroup: true }): the whole run is one undo step (ExcelApi 1.20). */
  mergeUndoGroup: boolean;
  /**
   * Excel.run({ delayForCellEdit: true }): wait while the user edits a cell
   * instead of failing. The reference names no requirement set for it; the
   * option came in 2020, with ExcelApi 1.11, which is what is checked.
   */
  delayForCellEdit: boolean;
  /** worksheet.getRanges("A1:A5, C3"): one format call for many ranges (ExcelApi 1.9). */
  rangeAreas: boolean;
  /** table.resize(range) (ExcelApi 1.13); otherwise table.columns.add. */
  tableResize: boolean;
  /** range.getMergedAreasOrNullObject() (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** workbook.protection.protected: structure protection (ExcelApi 1.7). */
  workbookProtection: boolean;
  /** workbook.readOnly (ExcelApi 1.8). */
  readOnly: boolean;
}

export function detectSupport(isSetSupported: IsSetSupported = officeIsSetSupported): HostSupport {
  const excel = (version: string) => safely(() => isSetSupported('ExcelApi', version));
  return {
    mergeUndoGroup: excel('1.20'),
    delayForCellEdit: excel('1.11'),
    rangeAreas: excel('1.9'),
    tableResize: excel('1.13'),
    mergedAreas: excel('1.13'),
    workbookProtection: excel('1.7'),
    readOnly: excel('1.8'),
  };
}

/** The options every Excel.run of the adapter passes; writes also merge their undo steps. */
export function runOptions(support: HostSupport, write: boolean): Excel.RunOptions {
  const options: Excel.RunOptions = {};
  if (support.delayForCellEdit) options.delayForCellEdit = true;
  if (write && support.mergeUndoGroup) options.mergeUndoGroup = true;
  return options;
}

function officeIsSetSupported(name: string, version: string): boolean {
  if (typeof Office === 'undefined') return false;
  return Office.context?.requirements?.isSetSupported(name, version) === true;
}

/** A host that throws while answering supports nothing we can rely on. */
function safely(check: () => boolean): boolean {
  try {
    return check() === true;
  } catch {
    return false;
  }
}
