/** §5: activities per goal, counted by their status word. */
import { foldWord } from './text';
import type { ActivityCounts } from './types';

const DONE = new Set(['genomförd']);
const PLANNED = new Set(['planerad', 'pågående', 'ej påbörjad', 'försenad']);

export function emptyActivityCounts(): ActivityCounts {
  return { done: 0, planned: 0, other: 0 };
}

/** Genomförd is done; Planerad, Pågående, Ej påbörjad, Försenad are planned; the rest other. */
export function activityKind(status: unknown): keyof ActivityCounts {
  const word = typeof status === 'string' ? foldWord(status) : '';
  if (DONE.has(word)) return 'done';
  if (PLANNED.has(word)) return 'planned';
  return 'other';
}

export function countActivity(counts: ActivityCounts, status: unknown): void {
  counts[activityKind(status)] += 1;
}
