/**
 * Defined names, through exceljs's name model: a list of { name, ranges,
 * localSheetId } where each range is a sheet-qualified absolute reference.
 */
import type { Workbook } from 'exceljs';
import { absoluteRef, parseSheetRef } from '../../workbook/address';
import { isMark } from '../../workbook/ownership';
import type { DefinedName } from '../../workbook/snapshot';

interface NameModel {
  name: string;
  ranges: string[];
  /** Set for a name that belongs to one sheet: that sheet's position, from 0. */
  localSheetId?: number;
}

/**
 * exceljs 4.4 keeps defined names cell by cell, by name: a sheet's own name
 * becomes workbook-wide, two names of one name on different sheets (as Excel
 * makes when a sheet is copied) merge into one, and a name over a large
 * range costs an object per cell. The workbook gets the plain list instead,
 * which exceljs fills on load and writes on save through the same `model`.
 * Call on a new workbook, before it is loaded or built.
 */
export function keepNamesAsListed(wb: Workbook): void {
  let names: NameModel[] = [];
  Object.defineProperty(wb.definedNames, 'model', {
    get: () => names,
    set: (value: NameModel[]) => {
      names = value.map((n) => ({ ...n, ranges: [...n.ranges] }));
    },
  });
}

function nameModels(wb: Workbook): NameModel[] {
  return wb.definedNames.model as unknown as NameModel[];
}

function setNameModels(wb: Workbook, names: NameModel[]): void {
  (wb.definedNames as unknown as { model: NameModel[] }).model = names;
}

function keepNames(wb: Workbook, keep: (name: NameModel) => boolean): void {
  setNameModels(wb, nameModels(wb).filter(keep));
}

/** The workbook-level names that refer to one range on one sheet; others are left out. */
export function readNames(wb: Workbook): DefinedName[] {
  return nameModels(wb).flatMap(({ name, ranges, localSheetId }) => {
    const ref = ranges.length === 1 && localSheetId === undefined ? parseSheetRef(ranges[0]) : null;
    return ref ? [{ name, sheet: ref.sheet, range: ref.range }] : [];
  });
}

/** Adds names, each after the existing ones. */
export function addNames(wb: Workbook, names: DefinedName[]): void {
  const added = names.map((n) => ({ name: n.name, ranges: [absoluteRef(n.sheet, n.range)] }));
  setNameModels(wb, [...nameModels(wb), ...added]);
}

/** Deletes every ownership mark and adds `marks` instead. */
export function replaceMarks(wb: Workbook, marks: DefinedName[]): void {
  keepNames(wb, (n) => !isMark(n.name));
  addNames(wb, marks);
}

/** Deletes the named names (Excel compares names without regard to case). */
export function deleteNames(wb: Workbook, names: string[]): void {
  const doomed = new Set(names.map((n) => n.toLowerCase()));
  keepNames(wb, (n) => !doomed.has(n.name.toLowerCase()));
}

/** Points names at a renamed sheet, as Excel does when a sheet is renamed. */
export function renameSheetInNames(wb: Workbook, from: string, to: string): void {
  const rename = (ref: string) => {
    const parsed = parseSheetRef(ref);
    return parsed?.sheet === from ? absoluteRef(to, parsed.range) : ref;
  };
  setNameModels(
    wb,
    nameModels(wb).map((n) => ({ ...n, ranges: n.ranges.map(rename) })),
  );
}

/**
 * Follows the deletion of the sheet at `position`: deletes the names that
 * refer to it or belong to it, and renumbers the names of the sheets after
 * it. A name that points at a missing sheet would make Excel repair the file.
 */
export function deleteNamesOnSheet(wb: Workbook, sheet: string, position: number): void {
  keepNames(
    wb,
    (n) =>
      n.localSheetId !== position && !n.ranges.some((ref) => parseSheetRef(ref)?.sheet === sheet),
  );
  for (const n of nameModels(wb)) {
    if (n.localSheetId !== undefined && n.localSheetId > position) n.localSheetId -= 1;
  }
}
