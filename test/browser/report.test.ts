/**
 * The report to the board from the pane (demo mode, headless Chromium): the
 * .docx arrives as a download, and "Kopiera rapporten" puts formatted HTML
 * (and plain text) on the clipboard, through the asynchronous clipboard and,
 * where a host lacks ClipboardItem, through the copy command. The report's
 * code is not loaded until it is asked for.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ACTIVITIES } from '../../src/demo/example-data';
import { exampleSnapshot } from '../../src/demo/example-workbook';
import { statusText } from '../../src/engine/statuses';
import { assessWorkbook } from '../../src/workbook/assess-workbook';
import { baseUrl, launch, PANE_SIZE, serveOfficeJsFromPackage, settledStatus } from './browser';

let browser: Browser;
let dir: string;

const expected = assessWorkbook(exampleSnapshot(), { lang: 'sv', date: '2024-09-30' });

beforeAll(async () => {
  browser = await launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-report-'));
});

afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A context that may use the clipboard; requests beyond 127.0.0.1 are aborted and listed. */
async function paneContext(): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ viewport: PANE_SIZE, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['data:', 'blob:'].includes(url.protocol) || url.hostname === '127.0.0.1')
      return route.fallback();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, blocked };
}

/** A page of the context where Office.js comes from the npm package's copy: outside Office, demo mode. */
async function newPane(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await serveOfficeJsFromPackage(page);
  return page;
}

/** Opens the pane, notes every script it fetches, and assesses the example. */
async function assessed(page: Page, scripts: string[]): Promise<void> {
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(`${baseUrl()}/taskpane.html`);
  await page.getByText('Demoläge: exempelarbetsbok').waitFor();
  await page.getByRole('button', { name: 'Bedöm arbetsboken' }).waitFor();
  expect(scripts.some((s) => /\/report\./.test(s))).toBe(false);
  await page.getByRole('button', { name: 'Bedöm arbetsboken' }).click();
  expect(await settledStatus(page)).toMatch(/^Klart: \d+ mål/);
  await page.getByRole('heading', { name: 'Rapport till nämnden' }).waitFor();
}

/** The text of a .docx: its w:t runs, one paragraph a line. */
async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

async function clipboard(page: Page): Promise<{ types: string[]; html: string; text: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) =>
      item.types.includes(type) ? (await item.getType(type)).text() : '';
    return {
      types: [...item.types],
      html: await read('text/html'),
      text: await read('text/plain'),
    };
  });
}

/** The status line once the copy has finished (the assessment's own message stands till then). */
async function copiedStatus(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .getByText(/^Rapporten är kopierad/)
    .waitFor({ timeout: 60_000 });
}

function expectWholeReport(text: string): void {
  for (const goal of expected.assessment.goals) {
    expect(text).toContain(goal.name);
    expect(text).toContain(statusText(goal.status, 'sv', goal.overridden));
  }
  for (const a of ACTIVITIES) expect(text).toContain(a.activity);
}

test('the report downloads as a .docx; its code is not in the first load', async () => {
  const { context, blocked } = await paneContext();
  const page = await newPane(context);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const scripts: string[] = [];
  await assessed(page, scripts);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ned rapporten (Word)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Malkoll-rapport-.+\.docx$/);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  await page
    .getByRole('status')
    .getByText(/^Rapporten är nedladdad/)
    .waitFor();
  const text = await docxText(file);
  expect(text.split('\n')[0]).toMatch(/^Måluppföljning/);
  expectWholeReport(text);
  expect(scripts.some((s) => /\/report\./.test(s))).toBe(true);
  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await context.close();
});

test('"Kopiera rapporten" puts the report on the clipboard as HTML with headings and tables', async () => {
  const { context, blocked } = await paneContext();
  const page = await newPane(context);
  await assessed(page, []);
  await page.getByRole('button', { name: 'Kopiera rapporten' }).click();
  await copiedStatus(page);
  const copied = await clipboard(page);
  expect(copied.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
  expect(copied.html).toContain('lang="sv-SE"');
  expect(copied.html).toMatch(/<h1[^>]*>Måluppföljning/);
  expect(copied.html).toMatch(/<h2[^>]*>Sammanfattning<\/h2>/);
  expect(copied.html).toContain('<thead>');
  expect(copied.html).toContain('background:#C6EFCE');
  expectWholeReport(copied.text);
  expect(blocked).toEqual([]);
  await context.close();
});

test('without ClipboardItem, the copy command puts the same HTML on the clipboard', async () => {
  const { context } = await paneContext();
  await context.addInitScript(() => {
    // As in Office hosts whose web view has no asynchronous clipboard for HTML.
    delete (window as { ClipboardItem?: unknown }).ClipboardItem;
  });
  const page = await newPane(context);
  await assessed(page, []);
  await page.getByRole('button', { name: 'Kopiera rapporten' }).click();
  await copiedStatus(page);
  const copied = await clipboard(page);
  expect(copied.html).toMatch(/<h2[^>]*>Sammanfattning<\/h2>/);
  expectWholeReport(copied.text);
  await context.close();
});
