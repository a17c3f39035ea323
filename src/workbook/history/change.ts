/**
 * §10: the change since the previous follow-up, for the whole, each focus
 * area, nämnd, goal and indicator: the ranks of the two final statuses
 * compared; null where either is not_assessed or there is no previous status.
 */
import { rank } from '../../engine/statuses';
import type { Assessment, Status } from '../../engine/types';
import { compareFollowUps, type FollowUp } from './follow-up';
import { currentRows, rowKey, statusOfCell, type History } from './model';

import type { Change, ChangeCode } from './change-look';

export { CHANGE_LOOK, changeText, type Change, type ChangeCode } from './change-look';

export function changeOf(previous: Status | null, current: Status): ChangeCode | null {
  const before = previous === null ? null : rank(previous);
  const now = rank(current);
  if (before === null || now === null) return null;
  return now > before ? 'better' : now < before ? 'worse' : 'same';
}

/** This assessment beside the previous follow-up, item by item in the assessment's order. */
export interface Comparison {
  followUp: FollowUp;
  /** The latest follow-up on Historik before this one, or null. */
  previous: FollowUp | null;
  overall: Change;
  focusAreas: Change[];
  owners: Change[];
  goals: Change[];
  indicators: Change[];
}

/** The latest follow-up of the history that comes before `current` (§10). */
export function previousFollowUp(history: History, current: FollowUp): number {
  let best = -1;
  history.followUps.forEach((f, i) => {
    if (compareFollowUps(f, current) >= 0) return;
    if (best < 0 || compareFollowUps(f, history.followUps[best]) > 0) best = i;
  });
  return best;
}

export function compareWithHistory(
  history: History,
  assessment: Assessment,
  followUp: FollowUp,
): Comparison {
  const column = previousFollowUp(history, followUp);
  const before = new Map<string, Status | null>();
  if (column >= 0) {
    for (const row of history.rows) {
      if (!row.id) continue;
      const key = rowKey(row.id);
      if (!before.has(key)) before.set(key, statusOfCell(row.values[column]));
    }
  }
  const changes = currentRows(assessment).map((row) => {
    const previousStatus = before.get(rowKey(row.id)) ?? null;
    return { previousStatus, change: changeOf(previousStatus, row.status) };
  });
  const take = (n: number) => changes.splice(0, n);
  const [overall] = take(1);
  return {
    followUp,
    previous: column >= 0 ? history.followUps[column] : null,
    overall,
    focusAreas: take(assessment.focusAreas.length),
    owners: take(assessment.owners.length),
    goals: take(assessment.goals.length),
    indicators: take(assessment.indicators.length),
  };
}
