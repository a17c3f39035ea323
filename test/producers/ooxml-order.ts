/**
 * The element order ECMA-376 Part 1 prescribes for the SpreadsheetML parts
 * Målkoll writes, written down from the standard's schema (sml.xsd: the
 * xsd:sequence of CT_Worksheet, CT_Workbook, CT_Stylesheet, CT_Table and
 * the row and cell types) because the schemas themselves cannot be
 * committed. Excel answers an element out of this order with a repair
 * prompt, so a writer must keep it.
 *
 * Only children in the part's own SpreadsheetML namespace are placed;
 * elements of other namespaces (mc:AlternateContent, x14:…) are extensions
 * and are left to their own rules.
 */
import { attr, type XmlElement } from './xml-tree';

interface Sequence {
  /** The children in the schema's order. */
  order: readonly string[];
  /** Children that may occur more than once (maxOccurs="unbounded" or > 1). */
  many?: readonly string[];
  /** Children that must be there (minOccurs="1"). */
  required?: readonly string[];
}

/** CT_Worksheet (§18.3.1.99). */
export const WORKSHEET: Sequence = {
  order: [
    'sheetPr',
    'dimension',
    'sheetViews',
    'sheetFormatPr',
    'cols',
    'sheetData',
    'sheetCalcPr',
    'sheetProtection',
    'protectedRanges',
    'scenarios',
    'autoFilter',
    'sortState',
    'dataConsolidate',
    'customSheetViews',
    'mergeCells',
    'phoneticPr',
    'conditionalFormatting',
    'dataValidations',
    'hyperlinks',
    'printOptions',
    'pageMargins',
    'pageSetup',
    'headerFooter',
    'rowBreaks',
    'colBreaks',
    'customProperties',
    'cellWatches',
    'ignoredErrors',
    'smartTags',
    'drawing',
    'legacyDrawing',
    'legacyDrawingHF',
    'drawingHF',
    'picture',
    'oleObjects',
    'controls',
    'webPublishItems',
    'tableParts',
    'extLst',
  ],
  many: ['cols', 'conditionalFormatting'],
  required: ['sheetData'],
};

/** CT_Workbook (§18.2.27). */
export const WORKBOOK: Sequence = {
  order: [
    'fileVersion',
    'fileSharing',
    'workbookPr',
    'workbookProtection',
    'bookViews',
    'sheets',
    'functionGroups',
    'externalReferences',
    'definedNames',
    'calcPr',
    'oleSize',
    'customWorkbookViews',
    'pivotCaches',
    'smartTagPr',
    'smartTagTypes',
    'webPublishing',
    'fileRecoveryPr',
    'webPublishObjects',
    'extLst',
  ],
  many: ['fileRecoveryPr'],
  required: ['sheets'],
};

/** CT_Stylesheet (§18.8.39). */
export const STYLESHEET: Sequence = {
  order: [
    'numFmts',
    'fonts',
    'fills',
    'borders',
    'cellStyleXfs',
    'cellXfs',
    'cellStyles',
    'dxfs',
    'tableStyles',
    'colors',
    'extLst',
  ],
};

/** CT_Table (§18.5.1.2). */
export const TABLE: Sequence = {
  order: ['autoFilter', 'sortState', 'tableColumns', 'tableStyleInfo', 'extLst'],
  required: ['tableColumns'],
};

const ROW: Sequence = { order: ['c', 'extLst'], many: ['c'] };
const CELL: Sequence = { order: ['f', 'v', 'is', 'extLst'] };
const SHEET_VIEW: Sequence = {
  order: ['pane', 'selection', 'pivotSelection', 'extLst'],
  many: ['selection', 'pivotSelection'],
};

/** Problems with the order of el's children, each naming the element; [] when in order. */
export function sequenceProblems(el: XmlElement, seq: Sequence, where = el.local): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  let last = -1;
  let lastName = '';
  for (const child of el.children) {
    if (child.uri !== el.uri) continue;
    const at = seq.order.indexOf(child.local);
    if (at < 0) {
      problems.push(`${where}: <${child.local}> is no child of <${el.local}>`);
      continue;
    }
    if (at < last) problems.push(`${where}: <${child.local}> comes after <${lastName}>`);
    const count = (seen.get(child.local) ?? 0) + 1;
    seen.set(child.local, count);
    if (count === 2 && !seq.many?.includes(child.local)) {
      problems.push(`${where}: <${child.local}> occurs more than once`);
    }
    if (at >= last) {
      last = at;
      lastName = child.local;
    }
  }
  for (const name of seq.required ?? []) {
    if (!seen.has(name)) problems.push(`${where}: <${name}> is missing`);
  }
  return problems;
}

/** "B12" → [12, 2]. */
function cellRef(ref: string): [number, number] | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

/**
 * A worksheet part: CT_Worksheet's sequence, and inside it what Excel also
 * insists on: rows in ascending order, cells ascending within their row and
 * in their own row, each cell's f, v, is in order, columns ascending and
 * not overlapping.
 */
export function worksheetProblems(root: XmlElement): string[] {
  if (root.local !== 'worksheet') return [`the root is <${root.local}>, not <worksheet>`];
  const problems = sequenceProblems(root, WORKSHEET);
  const ns = root.uri;
  const own = (el: XmlElement, local: string) =>
    el.children.filter((c) => c.uri === ns && c.local === local);
  for (const sheetData of own(root, 'sheetData')) {
    let lastRow = 0;
    for (const row of sheetData.children) {
      if (row.uri !== ns) continue;
      if (row.local !== 'row') {
        problems.push(`sheetData: <${row.local}> is no row`);
        continue;
      }
      const r = attr(row, 'r') === undefined ? lastRow + 1 : Number(attr(row, 'r'));
      if (!(r > lastRow)) problems.push(`row ${r} comes after row ${lastRow}`);
      lastRow = r;
      problems.push(...sequenceProblems(row, ROW, `row ${r}`));
      let lastCol = 0;
      for (const c of own(row, 'c')) {
        const ref = attr(c, 'r');
        const at = ref === undefined ? [r, lastCol + 1] : cellRef(ref);
        if (!at) {
          problems.push(`row ${r}: a cell has the reference "${ref}"`);
          continue;
        }
        if (at[0] !== r) problems.push(`row ${r}: cell ${ref} belongs to another row`);
        if (!(at[1] > lastCol)) problems.push(`row ${r}: cell ${ref} is out of column order`);
        lastCol = at[1];
        problems.push(...sequenceProblems(c, CELL, `cell ${ref}`));
      }
    }
  }
  for (const cols of own(root, 'cols')) {
    let lastMax = 0;
    for (const col of own(cols, 'col')) {
      const min = Number(attr(col, 'min'));
      const max = Number(attr(col, 'max'));
      if (!(min >= 1 && max >= min)) problems.push(`cols: <col min="${min}" max="${max}">`);
      if (!(min > lastMax))
        problems.push(`cols: column ${min} overlaps or comes before ${lastMax}`);
      lastMax = max;
    }
  }
  for (const views of own(root, 'sheetViews')) {
    for (const view of own(views, 'sheetView')) {
      problems.push(...sequenceProblems(view, SHEET_VIEW, 'sheetView'));
    }
  }
  return problems;
}

export function workbookProblems(root: XmlElement): string[] {
  if (root.local !== 'workbook') return [`the root is <${root.local}>, not <workbook>`];
  return sequenceProblems(root, WORKBOOK);
}

export function stylesheetProblems(root: XmlElement): string[] {
  if (root.local !== 'styleSheet') return [`the root is <${root.local}>, not <styleSheet>`];
  return sequenceProblems(root, STYLESHEET);
}

export function tableProblems(root: XmlElement): string[] {
  if (root.local !== 'table') return [`the root is <${root.local}>, not <table>`];
  return sequenceProblems(root, TABLE);
}
