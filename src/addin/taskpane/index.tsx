/**
 * Starts the pane. Inside Excel, Office.onReady says so and the pane works on
 * the open workbook. In a plain browser (no Office.js, or Office.js that
 * reports no host, or no answer within a second) the pane starts in demo mode
 * on the bundled example workbook, and switches to Excel should Excel answer
 * late after all.
 */
import { createRoot, type Root } from 'react-dom/client';
import { subscribeOutcome } from '../commands/outcome-channel';
import { createDemoHost, createHost, type PaneHost } from '../host-factory';
import { officeLang } from '../lang';
import { App } from './App';

/** How long Office.js may take to report Excel before the demo starts. */
const OFFICE_WAIT_MS = 1000;

interface OfficeGlobal {
  onReady?: () => Promise<{ host: string | null } | undefined>;
}

/** The host Office.onReady reports, or null without Office.js. */
function officeReady(): Promise<string | null> | null {
  const office = (globalThis as unknown as { Office?: OfficeGlobal }).Office;
  if (typeof office?.onReady !== 'function') return null;
  return office.onReady().then(
    (info) => info?.host ?? null,
    () => null,
  );
}

const TIMED_OUT = Symbol('timed out');

function show(root: Root, paneHost: PaneHost): void {
  root.render(
    <App
      key={paneHost.mode}
      paneHost={paneHost}
      initialLang={officeLang()}
      subscribeOutcomes={subscribeOutcome}
    />,
  );
}

async function start(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  const ready = officeReady();
  const timeout = new Promise<typeof TIMED_OUT>((resolve) =>
    setTimeout(() => resolve(TIMED_OUT), OFFICE_WAIT_MS),
  );
  const first = ready ? await Promise.race([ready, timeout]) : null;
  if (first === 'Excel') {
    show(root, await createHost('Excel'));
    return;
  }
  show(root, await createDemoHost());
  if (ready && first === TIMED_OUT && (await ready) === 'Excel') {
    show(root, await createHost('Excel'));
  }
}

const container = document.getElementById('root');
if (container) {
  start(container).catch(() => {
    // Only a script that failed to load ends here: say so plainly, without a stack.
    container.textContent =
      officeLang() === 'sv'
        ? 'Målkoll kunde inte starta. Stäng panelen och öppna den igen.'
        : 'Målkoll could not start. Close the pane and open it again.';
  });
}
