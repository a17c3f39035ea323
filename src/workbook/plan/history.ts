/**
 * §10: the Historik sheet, rewritten whole from what it held and this
 * assessment. This follow-up's column is replaced (or added, in the order of
 * periods); every other column is written back as it was read, so a user's
 * edit there stays until that follow-up is assessed again. Rows this
 * assessment lacks keep their cells and are empty in its column; new rows
 * come after the rows of their level.
 */
import { NO_FOCUS_AREA, NO_GOAL, NO_OWNER } from '../../engine/groups';
import { statusText } from '../../engine/statuses';
import type { Assessment, Lang, Problem } from '../../engine/types';
import { compareFollowUps, type FollowUp } from '../history/follow-up';
import {
  currentRows,
  rowKey,
  statusOfCell,
  type CurrentRow,
  type History,
  type HistoryRowId,
  type HistoryValue,
} from '../history/model';
import { HISTORY_LABELS, HISTORY_LEVELS, HISTORY_SHEET, type HistoryLevel } from '../labels';
import { ownedSheet, type Owned } from '../ownership';
import type { WorkbookSnapshot } from '../snapshot';
import type { PlanContext } from './context';
import { historyRenamedProblem } from './messages';
import { BOLD, statusStyle } from './styles';
import { cellText } from './text';
import type { PlanValue } from './types';

const NAME_WIDTHS = [14, 28, 28, 44, 44];
const FOLLOW_UP_WIDTH = 24;

export interface HistoryName {
  name: string;
  /** The Historik Målkoll made on an earlier run, found by its mark and rewritten in place. */
  replaces: string | null;
  problem: Problem | null;
}

/**
 * "Historik", unless the user has a sheet of that name (or the plan already
 * takes it): then the first free "Historik (2)", "(3)" … and a problem that says so.
 */
export function chooseHistoryName(
  snapshot: WorkbookSnapshot,
  owned: Owned,
  lang: Lang,
  taken: readonly string[] = [],
): HistoryName {
  const base = HISTORY_SHEET[lang];
  const replaces = ownedSheet(owned, 'history');
  const lower = (s: string) => s.toLowerCase();
  const busy = (name: string) =>
    taken.some((t) => lower(t) === lower(name)) ||
    snapshot.sheets.some((s) => s.name !== replaces && lower(s.name) === lower(name));
  if (!busy(base)) return { name: base, replaces, problem: null };
  let n = 2;
  while (busy(`${base} (${n})`)) n++;
  const name = `${base} (${n})`;
  const clash = snapshot.sheets.find((s) => s.name !== replaces && lower(s.name) === lower(base));
  const problem = clash ? historyRenamedProblem(clash.name, name, lang) : null;
  return { name, replaces, problem };
}

interface MergedRow {
  id: HistoryRowId | null;
  /** The five first cells, for a row Målkoll does not recognise. */
  names: HistoryValue[];
  values: HistoryValue[];
}

export function planHistory(
  ctx: PlanContext,
  name: HistoryName,
  history: History,
  assessment: Assessment,
  followUp: FollowUp,
): void {
  const { followUps, place, current } = mergeColumns(history, followUp);
  const rows = mergeRows(history, currentRows(assessment), place, current, followUps.length, ctx);
  const t = HISTORY_LABELS[ctx.lang];
  const values: PlanValue[][] = [[t.level, ...t.names, ...followUps.map((f) => cellText(f.name))]];
  for (const row of rows) values.push([...namesOf(row, ctx.lang), ...row.values]);
  ctx.plan.sheets.push({
    name: name.name,
    replaces: name.replaces,
    columnWidths: [...NAME_WIDTHS, ...followUps.map(() => FOLLOW_UP_WIDTH)],
    freezeRows: 1,
  });
  ctx.plan.values.push({ sheet: name.name, top: 1, left: 1, values });
  const width = values[0].length;
  ctx.styles.range(name.name, BOLD, { top: 1, bottom: 1, left: 1, right: width });
  for (let c = 0; c < followUps.length; c++) {
    rows.forEach((row, r) => {
      const status = statusOfCell(row.values[c]);
      if (status)
        ctx.styles.cell(name.name, statusStyle(status), r + 2, NAME_WIDTHS.length + c + 1);
    });
  }
}

/**
 * The follow-up columns after this run, in the order of periods (a column
 * of this follow-up, however written, gives way to this run's one, which
 * keeps the name first written, as §5 shows a goal's first spelling), and
 * where each old column goes.
 */
function mergeColumns(history: History, followUp: FollowUp) {
  const columns = history.followUps.map((f, old) => ({ f, old }));
  const same = columns.find(({ f }) => compareFollowUps(f, followUp) === 0);
  const kept = columns.filter(({ f }) => compareFollowUps(f, followUp) !== 0);
  const current = { f: same?.f ?? followUp, old: -1 };
  const all = [...kept, current].sort((a, b) => compareFollowUps(a.f, b.f));
  const place = new Map<number, number>();
  all.forEach(({ old }, i) => {
    if (old >= 0) place.set(old, i);
  });
  return { followUps: all.map((c) => c.f), place, current: all.findIndex((c) => c.old < 0) };
}

function mergeRows(
  history: History,
  now: CurrentRow[],
  place: Map<number, number>,
  current: number,
  width: number,
  ctx: PlanContext,
): MergedRow[] {
  const byKey = new Map<string, CurrentRow>();
  for (const row of now) if (!byKey.has(rowKey(row.id))) byKey.set(rowKey(row.id), row);
  const claimed = new Set<string>();
  const byLevel = new Map<HistoryLevel | null, MergedRow[]>();
  const add = (level: HistoryLevel | null, row: MergedRow) => {
    const list = byLevel.get(level) ?? [];
    list.push(row);
    byLevel.set(level, list);
  };
  const statusCell = (row: CurrentRow) => statusText(row.status, ctx.lang, row.overridden);

  for (const old of history.rows) {
    const values: HistoryValue[] = new Array<HistoryValue>(width).fill(null);
    old.values.forEach((v, i) => {
      const to = place.get(i);
      if (to !== undefined) values[to] = v;
    });
    const key = old.id ? rowKey(old.id) : null;
    const match = key !== null && !claimed.has(key) ? byKey.get(key) : undefined;
    if (key !== null && match) {
      claimed.add(key);
      values[current] = statusCell(match);
    }
    add(old.id?.level ?? null, { id: match?.id ?? old.id, names: old.names, values });
  }
  for (const row of now) {
    const key = rowKey(row.id);
    if (claimed.has(key)) continue;
    claimed.add(key);
    const values: HistoryValue[] = new Array<HistoryValue>(width).fill(null);
    values[current] = statusCell(row);
    add(row.id.level, { id: row.id, names: [], values });
  }
  return [...HISTORY_LEVELS, null].flatMap((level) => byLevel.get(level) ?? []);
}

/** Nivå and the four names; the missing ones as the summary shows them. */
function namesOf(row: MergedRow, lang: Lang): PlanValue[] {
  if (!row.id) return [0, 1, 2, 3, 4].map((i) => row.names[i] ?? null);
  const { level, focusArea, owner, goal, indicator } = row.id;
  const t = HISTORY_LABELS[lang];
  const shown = (text: string | null, none: string) => cellText(text || none);
  const uses = (levels: HistoryLevel[]) => levels.includes(level);
  return [
    t.levels[level],
    uses(['focusArea', 'goal', 'indicator']) ? shown(focusArea, NO_FOCUS_AREA[lang]) : null,
    uses(['owner', 'indicator']) ? shown(owner, NO_OWNER[lang]) : null,
    uses(['goal', 'indicator']) ? shown(goal, NO_GOAL[lang]) : null,
    uses(['indicator']) ? cellText(indicator) : null,
  ];
}
