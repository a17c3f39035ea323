/**
 * Office.js from Microsoft's CDN: what the built pages name, the ribbon
 * command's registration before Office.js is ready, and the pane without
 * Office.js. The CDN is never reached: its address is answered by a stub,
 * the npm package's copy, or not at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { STRINGS } from '../../src/addin/taskpane/strings';
import {
  baseUrl,
  launch,
  lockedPage,
  OFFICE_JS_CDN,
  serveOfficeJsFromPackage,
  settledStatus,
  stubOfficeJs,
} from './browser';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : null;
}

function policy(html: string): Map<string, string[]> {
  const meta = /<meta\b[^>]*Content-Security-Policy[^>]*>/i.exec(html)?.[0] ?? '';
  const content = attribute(meta, 'content') ?? '';
  const directives = content.split(';').map((d) => d.trim().split(/\s+/));
  return new Map(directives.filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

test('every page that uses Office.js loads it from the CDN and nothing else from outside', () => {
  const pages = ['taskpane.html', 'dialog.html'];
  for (const name of pages) {
    const html = fs.readFileSync(path.join(DIST, name), 'utf8');
    const sources = [...html.matchAll(/<script\b[^>]*>/gi)]
      .map((m) => attribute(m[0], 'src'))
      .filter((src): src is string => src !== null);
    const outside = sources.filter((src) => /^(https?:)?\/\//i.test(src));
    expect({ name, outside }).toEqual({ name, outside: [OFFICE_JS_CDN] });
    // office.js comes first, so that the scripts after it find Office.
    expect(sources[0]).toBe(OFFICE_JS_CDN);
    const csp = policy(html);
    expect(csp.get('script-src')).toEqual(["'self'", new URL(OFFICE_JS_CDN).origin]);
    expect(csp.get('connect-src')).toEqual(expect.arrayContaining(["'self'"]));
    expect(csp.get('default-src')).toEqual(["'self'"]);
  }
  // Office.js is no longer copied into the build.
  expect(fs.existsSync(path.join(DIST, 'office-js'))).toBe(false);
});

test("loading the function file registers the manifest's function before Office.js is ready", async () => {
  const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const functionFile = /<FunctionFile resid="([^"]+)"/.exec(manifest)?.[1];
  const url = new RegExp(`<bt:Url id="${functionFile}" DefaultValue="([^"]+)"`).exec(manifest)?.[1];
  const functionName = /<FunctionName>([^<]+)<\/FunctionName>/.exec(manifest)?.[1];
  expect(url && functionName).toBeTruthy();
  const file = new URL(url!).pathname;

  const { page, blocked } = await lockedPage(browser);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // An Office.js whose onReady never resolves: only a registration at load time can be seen.
  await stubOfficeJs(
    page,
    `window.__associated = [];
     window.Office = {
       onReady: function () { return new Promise(function () {}); },
       actions: {
         associate: function (name, action) {
           window.__associated.push({
             name: name,
             isFunction: typeof action === 'function',
             parsing: document.readyState === 'loading',
             paneStarted: !!document.getElementById('root') &&
               !document.getElementById('loading'),
           });
         },
       },
     };`,
  );
  await page.goto(`${baseUrl()}${file}`);
  const associated = await page.evaluate(
    () => (window as unknown as { __associated: unknown[] }).__associated,
  );
  expect(associated).toEqual([
    { name: functionName, isFunction: true, parsing: true, paneStarted: false },
  ]);
  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await page.close();
});

test('with the CDN unreachable the pane comes up in demo mode and assesses the example', async () => {
  const { page, blocked } = await lockedPage(browser);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl()}/taskpane.html`);
  await page.getByText(STRINGS.sv.demoBannerTitle).waitFor();
  await page.getByRole('button', { name: 'Bedöm arbetsboken' }).click();
  expect(await settledStatus(page)).toMatch(/^Klart: \d+ mål/);
  expect(errors).toEqual([]);
  // The one request that left 127.0.0.1 was refused: Office.js from the CDN.
  expect(blocked).toEqual([OFFICE_JS_CDN]);
  await page.close();
});

test('inside Office without Office.js the pane says so and shows no demo results', async () => {
  const { page, blocked } = await lockedPage(browser);
  await page.goto(`${baseUrl()}/taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0`);
  await page.getByText(STRINGS.en.officeUnavailable).waitFor();
  expect(await page.getByText(STRINGS.en.demoBannerTitle).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Assess the workbook' }).count()).toBe(0);
  expect(blocked).toEqual([OFFICE_JS_CDN]);
  await page.close();
});

test("Microsoft's Office.js (the npm package's copy) in a plain browser leaves the pane in demo mode", async () => {
  const { page, blocked } = await lockedPage(browser);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await serveOfficeJsFromPackage(page);
  await page.goto(`${baseUrl()}/taskpane.html`);
  await page.getByText(STRINGS.sv.demoBannerTitle).waitFor();
  expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('object');
  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await page.close();
});
