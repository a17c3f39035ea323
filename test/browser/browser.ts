/** Headless Chromium for the browser tests, with every request beyond 127.0.0.1 blocked. */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** An Office task pane is about this wide. */
export const PANE_SIZE = { width: 350, height: 900 };

export function baseUrl(): string {
  const url = process.env.MALKOLL_BASE_URL;
  if (!url) throw new Error('MALKOLL_BASE_URL is not set: run with jest.browser.config.js');
  return url;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A page whose requests may go to 127.0.0.1 only; any other is aborted and
 * listed in the returned array, which the test expects to stay empty.
 */
export async function lockedPage(browser: Browser): Promise<{ page: Page; blocked: string[] }> {
  const page = await browser.newPage({ viewport: PANE_SIZE });
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.hostname === '127.0.0.1') return route.fallback();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { page, blocked };
}

/**
 * The pane's status line once the action has finished (it is a message bar
 * then, not the progress text), so that a failure shows what the pane said.
 */
export async function settledStatus(page: Page): Promise<string> {
  await page.locator('[role="status"] .fui-MessageBar').waitFor({ timeout: 60_000 });
  return (await page.getByRole('status').textContent()) ?? '';
}

/** Where the pages load Office.js from (webpack.config.js); tests never reach it. */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const OFFICE_JS_PACKAGE = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/**
 * Answers the CDN's addresses with the npm package's copy of Office.js (and
 * the files office.js loads beside itself), so that the real library runs
 * without leaving 127.0.0.1. Outside Office it reports no host.
 */
export async function serveOfficeJsFromPackage(page: Page): Promise<void> {
  const base = OFFICE_JS_CDN.slice(0, OFFICE_JS_CDN.lastIndexOf('/') + 1);
  await page.route(`${base}**`, (route) => {
    const relative = decodeURIComponent(new URL(route.request().url()).pathname).slice(
      new URL(base).pathname.length,
    );
    const file = path.join(OFFICE_JS_PACKAGE, relative);
    if (!file.startsWith(OFFICE_JS_PACKAGE + path.sep) || !fs.existsSync(file))
      return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ contentType: 'text/javascript', body: fs.readFileSync(file) });
  });
}

/** Answers the CDN's office.js with the given script instead. */
export async function stubOfficeJs(page: Page, script: string): Promise<void> {
  await page.route(OFFICE_JS_CDN, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: script }),
  );
}
