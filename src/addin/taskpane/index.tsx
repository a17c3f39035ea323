/**
 * Starts the pane. Inside Excel, Office.onReady says so and the pane works on
 * the open workbook. In a plain browser (no Office.js, also when Microsoft's
 * CDN cannot be reached, or Office.js that reports no host, or no answer
 * within a second) the pane starts in demo mode on the bundled example
 * workbook, and switches to Excel should Excel answer late after all. A page
 * that is inside Office (office-presence.ts) but cannot get Office.js ready
 * says so and never shows the demo's made-up results.
 */
import { createRoot, type Root } from 'react-dom/client';
import { subscribeOutcome } from '../commands/outcome-channel';
import { createDemoHost, createHost, type PaneHost } from '../host-factory';
import { currentLang } from '../lang';
import { hostInfoLang, insideOffice, type PageLike } from '../office-presence';
import { App } from './App';
import { STRINGS } from './strings';

/** How long Office.js may take to report Excel before the demo starts. */
const OFFICE_WAIT_MS = 1000;
/** Inside Office, how long Office.js may take before the pane gives up and says so. */
const INSIDE_OFFICE_WAIT_MS = 30_000;

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

function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  const timeout = new Promise<typeof TIMED_OUT>((resolve) =>
    setTimeout(() => resolve(TIMED_OUT), ms),
  );
  return Promise.race([promise, timeout]);
}

/** A plain message in place of the pane, styled as the loading line (taskpane.html) and announced. */
function plainMessage(container: HTMLElement, text: string): void {
  const message = document.createElement('p');
  message.id = 'loading';
  message.setAttribute('role', 'alert');
  message.textContent = text;
  container.replaceChildren(message);
}

function show(root: Root, paneHost: PaneHost): void {
  root.render(
    <App
      key={paneHost.mode}
      paneHost={paneHost}
      initialLang={currentLang()}
      subscribeOutcomes={subscribeOutcome}
    />,
  );
}

/** The page's language before Office.js can tell: the switch, else Office's address. */
function startLang() {
  return hostInfoLang(window as unknown as PageLike) ?? currentLang();
}

async function start(container: HTMLElement): Promise<void> {
  const ready = officeReady();
  if (insideOffice(window as unknown as PageLike)) {
    const host = ready ? await within(ready, INSIDE_OFFICE_WAIT_MS) : null;
    if (host !== 'Excel') {
      plainMessage(container, STRINGS[startLang()].officeUnavailable);
      return;
    }
    show(createRoot(container), await createHost('Excel', currentLang));
    return;
  }
  const root = createRoot(container);
  const first = ready ? await within(ready, OFFICE_WAIT_MS) : null;
  if (first === 'Excel') {
    show(root, await createHost('Excel', currentLang));
    return;
  }
  show(root, await createDemoHost());
  if (ready && first === TIMED_OUT && (await ready) === 'Excel') {
    show(root, await createHost('Excel', currentLang));
  }
}

const container = document.getElementById('root');
if (container) {
  start(container).catch(() => {
    // Only a script that failed to load ends here: say so plainly, without a stack.
    plainMessage(container, STRINGS[startLang()].startFailed);
  });
}
