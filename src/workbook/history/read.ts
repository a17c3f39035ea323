/**
 * §10: reads the Historik sheet back, for its history only (the indicator
 * reader skips it as one of Målkoll's sheets). It is found by its mark, in
 * either language; a follow-up column is one whose header names a period.
 */
import { foldWord } from '../../engine/text';
import { HISTORY_LABELS, HISTORY_LEVELS, type HistoryLevel } from '../labels';
import { ownedIn, ownedSheet, type Owned } from '../ownership';
import { cellText } from '../read/cells';
import type { Cell, WorkbookSnapshot } from '../snapshot';
import { parseFollowUp } from './follow-up';
import { EMPTY_HISTORY, type History, type HistoryRow, type HistoryValue } from './model';

/** The header row; the rows under it hold the history. */
const HEADER_ROW = 1;
/** Nivå, Fokusområde, Nämnd, Mål, Indikator. */
const NAME_COLUMNS = 5;

const LEVEL_BY_WORD = new Map<string, HistoryLevel>();
for (const labels of Object.values(HISTORY_LABELS)) {
  for (const level of HISTORY_LEVELS) LEVEL_BY_WORD.set(foldWord(labels.levels[level]), level);
}

export function readHistory(snapshot: WorkbookSnapshot, owned: Owned = ownedIn(snapshot)): History {
  const name = ownedSheet(owned, 'history');
  const sheet = name === null ? undefined : snapshot.sheets.find((s) => s.name === name);
  if (!sheet) return EMPTY_HISTORY;
  const header = sheet.rows.get(HEADER_ROW) ?? [];
  const columns: { col: number; followUp: NonNullable<ReturnType<typeof parseFollowUp>> }[] = [];
  for (let col = NAME_COLUMNS + 1; col < header.length; col++) {
    const followUp = parseFollowUp(cellText(header[col]));
    if (followUp) columns.push({ col, followUp });
  }
  const rows: HistoryRow[] = [];
  const numbers = [...sheet.rows.keys()].filter((r) => r > HEADER_ROW).sort((a, b) => a - b);
  for (const r of numbers) {
    const cells = sheet.rows.get(r) ?? [];
    const names = range(1, NAME_COLUMNS).map((c) => literal(cells[c]));
    const values = columns.map((c) => literal(cells[c.col]));
    if (names.every((v) => v === null) && values.every((v) => v === null)) continue;
    rows.push({ id: rowId(cells), names, values });
  }
  return { followUps: columns.map((c) => c.followUp), rows };
}

function rowId(cells: Cell[]): HistoryRow['id'] {
  const text = (col: number) => cellText(cells[col]);
  const word = text(1);
  const level = word === null ? undefined : LEVEL_BY_WORD.get(foldWord(word));
  if (level === undefined) return null;
  return { level, focusArea: text(2), owner: text(3), goal: text(4), indicator: text(5) };
}

/** A cell as it can be written back unchanged: text stays text, numbers numbers. */
function literal(cell: Cell | undefined): HistoryValue {
  const value = cell?.value;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return cellText(cell);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
