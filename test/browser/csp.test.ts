/**
 * The add-in's pages as built (dist/): each has a Content-Security-Policy
 * whose script-src is 'self' only, and loads every script from its own
 * origin by a relative address, Office.js included (dist/office-js/).
 *
 * A browser-suite test: it reads the production build that the suite's
 * global setup makes, so the unit tests never wait on (or race) a build.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
/** Office.js as Microsoft publishes it, copied by the build. */
const VENDORED = path.join(DIST, 'office-js');

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

const own = () => htmlFiles(DIST).filter((f) => !f.startsWith(VENDORED + path.sep));
const vendored = () => htmlFiles(VENDORED);

describe('the pages Målkoll builds', () => {
  it('are there: the task pane, the dialog and the support page', () => {
    const names = own().map((f) => path.relative(DIST, f).split(path.sep).join('/'));
    expect(names).toEqual(
      expect.arrayContaining(['taskpane.html', 'dialog.html', 'assets/support.html']),
    );
  });

  it("each have a Content-Security-Policy whose script-src is 'self' only", () => {
    for (const file of own()) {
      const policy = policyOf(fs.readFileSync(file, 'utf8'));
      const where = path.relative(DIST, file);
      expect([where, policy?.get('script-src')]).toEqual([where, ["'self'"]]);
      expect([where, policy?.get('object-src')]).toEqual([where, ["'none'"]]);
    }
  });

  it('load every script by a relative address, from a file that is in dist/', () => {
    for (const file of own()) {
      const html = fs.readFileSync(file, 'utf8');
      for (const script of tags(html, 'script')) {
        const src = script.get('src') ?? '';
        expect([path.relative(DIST, file), src, isRelative(src)]).toEqual([
          path.relative(DIST, file),
          src,
          true,
        ]);
        expect(fs.existsSync(path.join(path.dirname(file), src))).toBe(true);
      }
    }
  });

  it('load Office.js from our own origin, under office-js/', () => {
    for (const name of ['taskpane.html', 'dialog.html']) {
      const scripts = tags(fs.readFileSync(path.join(DIST, name), 'utf8'), 'script');
      expect(scripts.map((s) => s.get('src'))).toContain('office-js/office.js');
    }
    expect(fs.existsSync(path.join(VENDORED, 'office.js'))).toBe(true);
  });
});

describe('the pages of Office.js served from our origin (dist/office-js/)', () => {
  it('load their scripts by relative addresses only', () => {
    for (const file of vendored()) {
      for (const script of tags(fs.readFileSync(file, 'utf8'), 'script')) {
        expect(isRelative(script.get('src') ?? '')).toBe(true);
      }
    }
  });

  it("each have a Content-Security-Policy whose script-src is 'self' only", () => {
    for (const file of vendored()) {
      const policy = policyOf(fs.readFileSync(file, 'utf8'));
      const where = path.relative(DIST, file);
      expect([where, policy?.get('script-src')]).toEqual([where, ["'self'"]]);
    }
  });
});
