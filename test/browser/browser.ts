/** Headless Chromium for the browser tests, with every request beyond 127.0.0.1 blocked. */
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
