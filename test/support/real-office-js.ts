/**
 * Microsoft's own Excel request builder (the npm package @microsoft/office-js,
 * excel-web-16.00.js) loaded into a jsdom window with a fake transport: the
 * adapter's batches become the very JSON requests Excel on the web receives,
 * and their sizes are measured. Nothing is sent anywhere; every request is
 * answered with no results, except loads, which get empty values.
 *
 * The package is an older build than Microsoft's CDN serves; its requests are
 * what the payload budget is measured against, with a margin for the newer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

const LIBRARY = path.join(
  path.dirname(require.resolve('@microsoft/office-js/dist/office.js')),
  'excel-web-16.00.js',
);

/** ActionType of a load in Office.js's request protocol. */
const QUERY = 2;

interface RealWindow {
  Excel: typeof Excel;
  OfficeExtension: {
    HttpUtility: {
      setCustomSendRequestFunc(send: (request: SentRequest) => Promise<unknown>): void;
    };
  };
}

interface SentRequest {
  url: string;
  body: unknown;
}

export interface RealExcel {
  /** Excel.run's shape, on request contexts of the real library. */
  run: typeof Excel.run;
  /** UTF-8 bytes of each request body sent, in order. */
  requests: number[];
  /** Each request's actions by name ("Values", "Hyperlink" …), for the tests' sanity. */
  actionNames: string[][];
}

let loaded: RealWindow | null = null;

function library(): RealWindow {
  if (loaded) return loaded;
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    url: 'https://localhost/',
    runScripts: 'outside-only',
  });
  const window = dom.window as unknown as { eval(code: string): void };
  window.eval(fs.readFileSync(LIBRARY, 'utf8'));
  loaded = dom.window as unknown as RealWindow;
  return loaded;
}

interface RequestBody {
  Actions?: { Id: number; ActionType: number; Name: string }[];
}

export function realExcel(): RealExcel {
  const window = library();
  const requests: number[] = [];
  const actionNames: string[][] = [];
  window.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const text = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    requests.push(Buffer.byteLength(text, 'utf8'));
    const body = JSON.parse(text) as RequestBody;
    const actions = body.Actions ?? [];
    actionNames.push(actions.map((a) => a.Name).filter((n) => n));
    const Results = actions
      .filter((a) => a.ActionType === QUERY)
      .map((a) => ({ ActionId: a.Id, Value: { _Items: [], Protected: false, ReadOnly: false } }));
    return { statusCode: 200, headers: {}, body: JSON.stringify({ Results }) };
  });
  const run = (async (...args: unknown[]) => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    // A URL makes the context send through the (custom) HTTP transport.
    const context = new window.Excel.RequestContext('https://excel.invalid/');
    const result = await batch(context);
    await context.sync();
    return result;
  }) as unknown as typeof Excel.run;
  return { run, requests, actionNames };
}
