/**
 * §10: the history of follow-ups as kept on the Historik sheet: one row per
 * whole, focus area, nämnd, goal and indicator, one column per follow-up.
 */
import { NO_FOCUS_AREA, NO_GOAL, NO_OWNER } from '../../engine/groups';
import { STATUS_LOOK } from '../../engine/statuses';
import { parseStatusWord } from '../../engine/override';
import { foldWord } from '../../engine/text';
import type { Assessment, Status } from '../../engine/types';
import type { HistoryLevel } from '../labels';
import type { FollowUp } from './follow-up';

/** What a row is about; names as shown, null where the level has none. */
export interface HistoryRowId {
  level: HistoryLevel;
  focusArea: string | null;
  owner: string | null;
  goal: string | null;
  indicator: string | null;
}

/** A literal cell of a follow-up column, as read (kept as written) or as written. */
export type HistoryValue = string | number | null;

export interface HistoryRow {
  /** Null for a row whose Nivå Målkoll does not recognise: kept as it is, never matched. */
  id: HistoryRowId | null;
  /** The five first cells as written, for rows kept as they are. */
  names: HistoryValue[];
  /** One value per follow-up, in the order of History.followUps. */
  values: HistoryValue[];
}

export interface History {
  /** The follow-up columns, in the order they stand on the sheet. */
  followUps: FollowUp[];
  rows: HistoryRow[];
}

export const EMPTY_HISTORY: History = Object.freeze({ followUps: [], rows: [] }) as History;

/** Names are compared as §5 compares them; the "(Utan mål)" names in either language are none. */
function nameKey(name: string | null, none: Readonly<Record<string, string>>): string {
  if (name === null) return '';
  const folded = foldWord(name);
  return Object.values(none).some((n) => foldWord(n) === folded) ? '' : folded;
}

/** The identity of a row (§10): focus areas, nämnder and goals by name; indicators by goal, indicator and nämnd. */
export function rowKey(id: HistoryRowId): string {
  const focus = () => nameKey(id.focusArea, NO_FOCUS_AREA);
  const owner = () => nameKey(id.owner, NO_OWNER);
  const goal = () => nameKey(id.goal, NO_GOAL);
  switch (id.level) {
    case 'whole':
      return 'whole';
    case 'focusArea':
      return `focusArea\u0000${focus()}`;
    case 'owner':
      return `owner\u0000${owner()}`;
    case 'goal':
      return `goal\u0000${goal()}`;
    case 'indicator':
      return `indicator\u0000${goal()}\u0000${nameKey(id.indicator, {})}\u0000${owner()}`;
  }
}

/** One row of this assessment: what it is about and its final status. */
export interface CurrentRow {
  id: HistoryRowId;
  status: Status;
  overridden: boolean;
}

/** Every row of an assessment, in the order of §10: the whole, focus areas, nämnder, goals, indicators. */
export function currentRows(a: Assessment): CurrentRow[] {
  const id = (level: HistoryLevel, names: Partial<HistoryRowId> = {}): HistoryRowId => ({
    level,
    focusArea: null,
    owner: null,
    goal: null,
    indicator: null,
    ...names,
  });
  return [
    { id: id('whole'), status: a.overall.status, overridden: false },
    ...a.focusAreas.map((f) => ({
      id: id('focusArea', { focusArea: f.name }),
      status: f.status,
      overridden: false,
    })),
    ...a.owners.map((o) => ({
      id: id('owner', { owner: o.name }),
      status: o.status,
      overridden: false,
    })),
    ...a.goals.map((g) => ({
      id: id('goal', { focusArea: g.focusArea, goal: g.name }),
      status: g.status,
      overridden: g.overridden,
    })),
    ...a.indicators.map((i) => ({
      id: id('indicator', {
        focusArea: i.focusArea,
        owner: i.owner,
        goal: i.goal,
        indicator: i.name,
      }),
      status: i.status,
      overridden: i.overridden,
    })),
  ];
}

const BY_SYMBOL = new Map<string, Status>(
  (Object.keys(STATUS_LOOK) as Status[]).map((s) => [STATUS_LOOK[s].symbol, s]),
);
const EXPERT_SUFFIX = /\s*\((?:sakkunnig|expert)\)\s*$/i;

/**
 * A history cell's status (§10): read by its label, as §3.6 recognises
 * expert statuses in either language, else by its symbol; null when it is
 * neither (empty, or something a user wrote).
 */
export function statusOfCell(value: HistoryValue | undefined): Status | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(EXPERT_SUFFIX, '');
  const first = [...text][0] ?? '';
  const symbol = BY_SYMBOL.get(first) ?? null;
  const label = symbol ? text.slice(first.length) : text;
  return parseStatusWord(label) ?? symbol;
}
