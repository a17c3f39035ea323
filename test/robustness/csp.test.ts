/**
 * The add-in's pages as built (dist/): each has a Content-Security-Policy
 * whose script-src is 'self', plus Microsoft's CDN on the pages that use
 * Office.js, and loads every script from its own origin by a relative
 * address, except Office.js from the CDN, as Microsoft requires. The
 * production build is made here when dist/ has none (scripts/ensure-build.js).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The pages that use Office.js. */
const OFFICE_PAGES = ['taskpane.html', 'dialog.html'];

jest.setTimeout(600_000);

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'ensure-build.js')], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
});

function htmlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return file === path.join(DIST, 'node') ? [] : htmlFiles(file);
    return /\.html?$/i.test(entry.name) ? [file] : [];
  });
}

/** Start tags of one element, each as its attributes (lower-case names, values unquoted). */
function tags(html: string, element: string): Map<string, string>[] {
  const found: Map<string, string>[] = [];
  for (const tag of html.matchAll(new RegExp(`<${element}\\b([^>]*)>`, 'gi'))) {
    const attributes = new Map<string, string>();
    for (const a of tag[1].matchAll(
      /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
    )) {
      attributes.set(a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    }
    found.push(attributes);
  }
  return found;
}

/** The policy's directives: name → its sources. */
function policyOf(html: string): Map<string, string[]> | null {
  const meta = tags(html, 'meta').find(
    (m) => m.get('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  if (!meta) return null;
  const directives = new Map<string, string[]>();
  for (const part of (meta.get('content') ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function isRelative(src: string): boolean {
  return (
    src !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('//') && !src.startsWith('/')
  );
}

const own = () => htmlFiles(DIST);
const usesOffice = (file: string) => OFFICE_PAGES.includes(path.relative(DIST, file));

describe('the pages Målkoll builds', () => {
  it('are there: the task pane, the dialog and the support page', () => {
    const names = own().map((f) => path.relative(DIST, f).split(path.sep).join('/'));
    expect(names).toEqual(
      expect.arrayContaining(['taskpane.html', 'dialog.html', 'assets/support.html']),
    );
  });

  it("each have a Content-Security-Policy whose script-src is 'self' (and the CDN where Office.js is used)", () => {
    for (const file of own()) {
      const policy = policyOf(fs.readFileSync(file, 'utf8'));
      const where = path.relative(DIST, file);
      const sources = usesOffice(file) ? ["'self'", new URL(OFFICE_JS_CDN).origin] : ["'self'"];
      expect([where, policy?.get('script-src')]).toEqual([where, sources]);
      expect([where, policy?.get('object-src')]).toEqual([where, ["'none'"]]);
    }
  });

  it('load every script by a relative address, from a file that is in dist/, but Office.js', () => {
    for (const file of own()) {
      const html = fs.readFileSync(file, 'utf8');
      for (const script of tags(html, 'script')) {
        const src = script.get('src') ?? '';
        if (src === OFFICE_JS_CDN && usesOffice(file)) continue;
        expect([path.relative(DIST, file), src, isRelative(src)]).toEqual([
          path.relative(DIST, file),
          src,
          true,
        ]);
        expect(fs.existsSync(path.join(path.dirname(file), src))).toBe(true);
      }
    }
  });

  it("load Office.js from Microsoft's CDN, first, and no copy of it is built", () => {
    for (const name of OFFICE_PAGES) {
      const scripts = tags(fs.readFileSync(path.join(DIST, name), 'utf8'), 'script');
      expect(scripts[0]?.get('src')).toBe(OFFICE_JS_CDN);
    }
    expect(fs.existsSync(path.join(DIST, 'office-js'))).toBe(false);
  });
});
