/**
 * Hands the ribbon command's outcome to the task pane. Where Office runs the
 * command and the pane in one shared runtime (SharedRuntime 1.1), both import
 * this module and so share its state; webpack's single runtime chunk makes sure
 * the module exists once per page.
 *
 * An outcome published while no pane listens (the pane has not mounted yet)
 * waits, and goes to the first subscriber; it is delivered once, so a pane
 * that mounts later never shows an old outcome again.
 */
import type { AssessmentOutcome } from '../run-assessment';

export type OutcomeListener = (outcome: AssessmentOutcome) => void;

const listeners = new Set<OutcomeListener>();
let waiting: AssessmentOutcome | null = null;

/** Gives the outcome to every listening pane, or keeps it for the first that subscribes. */
export function publishOutcome(outcome: AssessmentOutcome): void {
  if (listeners.size === 0) {
    waiting = outcome;
    return;
  }
  waiting = null;
  listeners.forEach((listener) => listener(outcome));
}

/** Listens for outcomes; returns the function that stops listening. */
export function subscribeOutcome(listener: OutcomeListener): () => void {
  listeners.add(listener);
  const pending = waiting;
  waiting = null;
  if (pending) listener(pending);
  return () => {
    listeners.delete(listener);
  };
}
