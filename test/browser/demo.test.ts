/** The pane in a plain browser: demo mode on the example workbook. */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { exampleSnapshot } from '../../src/demo/example-workbook';
import { STATUS_LOOK } from '../../src/engine/statuses';
import { STATUSES, type Lang } from '../../src/engine/types';
import { assessWorkbook } from '../../src/workbook/assess-workbook';
import { baseUrl, launch, lockedPage, serveOfficeJsFromPackage, settledStatus } from './browser';

const OUTPUT = path.resolve(__dirname, '..', '..', 'test-output');

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  fs.mkdirSync(OUTPUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** The whole's tiles as { label → number }, read from the page. */
async function wholeCounts(page: Page, listName: string): Promise<Record<string, number>> {
  const items = page.getByRole('list', { name: listName }).getByRole('listitem');
  const texts = await items.allTextContents();
  const counts: Record<string, number> = {};
  for (const text of texts) {
    const match = /^(\d+)\s*[●◆■▲]\s*(.+)$/.exec(text.trim());
    if (match) counts[match[2]] = Number(match[1]);
  }
  return counts;
}

function expectedCounts(lang: Lang): Record<string, number> {
  const { overall } = assessWorkbook(exampleSnapshot(), { lang, date: '2024-09-30' }).assessment;
  return Object.fromEntries(STATUSES.map((s) => [STATUS_LOOK[s][lang], overall.counts[s]]));
}

test('demo mode assesses the example workbook, in Swedish and in English', async () => {
  const { page, blocked } = await lockedPage(browser);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Office.js as Microsoft serves it, from the npm package's copy: outside Office it reports no host.
  await serveOfficeJsFromPackage(page);

  await page.goto(`${baseUrl()}/taskpane.html`);
  await page.getByText('Demoläge: exempelarbetsbok').waitFor();
  await page.getByRole('button', { name: 'Bedöm arbetsboken' }).click();
  expect(await settledStatus(page)).toMatch(/^Klart: \d+ mål/);

  const wholeSv = 'Helheten: antal mål per bedömning';
  await page.getByRole('list', { name: wholeSv }).waitFor();
  expect(await wholeCounts(page, wholeSv)).toEqual(expectedCounts('sv'));
  // The demo's sheets show Målkoll's columns with their fills.
  await page
    .getByRole('region', { name: 'Bladet Kommunstyrelsen' })
    .getByText('Bedömning', { exact: true })
    .waitFor();
  await page.screenshot({ path: path.join(OUTPUT, 'taskpane.png'), fullPage: true });

  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByRole('button', { name: 'Assess the workbook' }).click();
  expect(await settledStatus(page)).toMatch(/^Done: \d+ goals assessed/);
  await page
    .getByRole('region', { name: 'Sheet Kommunstyrelsen' })
    .getByText('Assessment', { exact: true })
    .waitFor();
  const wholeEn = 'The whole: number of goals per assessment';
  expect(await wholeCounts(page, wholeEn)).toEqual(expectedCounts('en'));
  await page.getByRole('heading', { name: 'Focus areas and goals' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.screenshot({ path: path.join(OUTPUT, 'taskpane-en.png'), fullPage: true });

  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await page.close();
});
