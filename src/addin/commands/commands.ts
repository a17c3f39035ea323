/**
 * The function file's first script (taskpane.html loads it, blocking, right
 * after office.js and before anything of the pane): registers the ribbon's
 * Bedöm with Office.actions.associate while the page is being evaluated, not
 * after Office.onReady and not after the pane's React code, so that the first
 * press after Excel starts is not lost (office-js #5176, #3378, #2744). It
 * imports nothing at run time; the command's code is fetched at the press.
 */
import type { CommandEvent } from './assess-command';

/** The manifest's <FunctionName> of the Bedöm button. */
export const ASSESS_FUNCTION = 'assess';

interface OfficeActions {
  actions?: {
    associate?: (name: string, action: (event: CommandEvent) => void) => void;
  };
}

function register(): void {
  const office = (globalThis as { Office?: OfficeActions }).Office;
  // No Office.js: a plain browser, or Microsoft's CDN could not be reached. No ribbon either.
  if (typeof office?.actions?.associate !== 'function') return;
  try {
    office.actions.associate(ASSESS_FUNCTION, (event) => {
      import('./press').then(
        (press) => press.onAssessPressed(event),
        // The command's code could not be fetched: the command must still end.
        () => event.completed(),
      );
    });
  } catch {
    // Office.js in a plain browser may refuse; there is no ribbon there.
  }
}

register();
