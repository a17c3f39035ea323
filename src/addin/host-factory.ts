/**
 * Which workbook the pane works on: Excel's own through Office.js, or, in a
 * plain browser (demo mode), the bundled example workbook in memory so that
 * anyone can try the add-in. Each host is loaded only when it is needed.
 */
import type { WorkbookHost } from '../adapters/host';
import type { MemoryHost } from '../adapters/memory';
import type { Lang } from '../engine/types';

export type PaneHost = { mode: 'excel'; host: WorkbookHost } | { mode: 'demo'; host: MemoryHost };

/**
 * `officeHost` is what Office.onReady reported: "Excel" inside Excel, null in
 * a plain browser. `lang` gives the language of the Office.js host's messages
 * each time it reports one, so that they follow the pane's language switch.
 */
export async function createHost(
  officeHost: string | null | undefined,
  lang: () => Lang,
): Promise<PaneHost> {
  if (officeHost === 'Excel') {
    const { OfficeJsHost } = await import('../adapters/officejs');
    return { mode: 'excel', host: new OfficeJsHost({ lang }) };
  }
  return createDemoHost();
}

export async function createDemoHost(): Promise<PaneHost> {
  const [{ MemoryHost }, { exampleSnapshot }] = await Promise.all([
    import('../adapters/memory'),
    import('../demo/example-workbook'),
  ]);
  return { mode: 'demo', host: new MemoryHost(exampleSnapshot()) };
}
