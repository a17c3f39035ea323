/**
 * The report to the board as Word writes and reads it: `malkoll assess
 * --rapport` writes a .docx that LibreOffice converts (headless, in a profile
 * of its own), and whose text names the follow-up, every goal with its status
 * label, every analysis and every activity. The package itself: language set,
 * real headings, repeating header rows, A4 portrait, tables within the page.
 */
import { svText } from '../support/problem-text';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { ACTIVITIES, GOALS } from '../../src/demo/example-data';
import { exampleSnapshot } from '../../src/demo/example-workbook';
import { statusText } from '../../src/engine/statuses';
import { assessWorkbook } from '../../src/workbook/assess-workbook';
import { buildBoardReport } from '../../src/workbook/board-report';
import { run, saveSnapshot, tempDir } from '../cli/helpers';

jest.setTimeout(120_000);

const DATE = '2024-09-30';
const A4 = { width: 11906, height: 16838, textWidth: 11906 - 2 * 1134 };

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice's text of a .docx: one line per paragraph and per table cell. */
function convertToText(file: string, dir: string): string {
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'txt:Text (encoded):UTF8',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 110_000 },
  );
  return fs.readFileSync(path.join(dir, `${path.parse(file).name}.txt`), 'utf8');
}

async function parts(file: string): Promise<{ document: string; styles: string }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const read = (name: string) => zip.file(name)!.async('string');
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml') };
}

let dir: string;
let input: string;

beforeAll(async () => {
  dir = tempDir();
  input = await saveSnapshot(exampleSnapshot(), path.join(dir, 'exempel.xlsx'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('malkoll assess --rapport', () => {
  it('writes the .docx besides the assessed workbook, relative to the current folder', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const result = await run('assess', input, '--rapport', 'rapport.docx', '--date', DATE);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Sparade rapporten till nämnden: rapport.docx');
    } finally {
      process.chdir(cwd);
    }
    expect(fs.existsSync(path.join(dir, 'rapport.docx'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'exempel-bedomd.xlsx'))).toBe(true);
  });

  it('takes --report as well, and refuses a report over the workbook or the other outputs', async () => {
    const file = path.join(dir, 'report.docx');
    const result = await run('assess', input, '--report', file, '--lang', 'en', '--date', DATE);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Saved the report to the board: ${file}`);
    const { styles } = await parts(file);
    expect(styles).toContain('w:val="en-US"');
    const over = await run('assess', input, '--rapport', input);
    expect(over.code).toBe(2);
    const same = await run('assess', input, '--json', file, '--rapport', file);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('--json och --rapport pekar på samma fil');
  });

  it('is a Word document: Swedish, real headings, header rows that repeat, A4 portrait', async () => {
    const file = path.join(dir, 'rapport.docx');
    const { document, styles } = await parts(file);
    expect(styles).toMatch(/<w:lang w:val="sv-SE"/);
    for (const level of [1, 2, 3])
      expect(document).toContain(`<w:pStyle w:val="Heading${level}"/>`);
    expect(document).toContain(
      `<w:pgSz w:w="${A4.width}" w:h="${A4.height}" w:orient="portrait"/>`,
    );
    const tables = document.split('<w:tbl>').length - 1;
    expect(tables).toBeGreaterThan(5);
    expect(document.split('<w:tblHeader/>').length - 1).toBeGreaterThanOrEqual(tables);
    for (const [, width] of document.matchAll(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/g))
      expect(Number(width)).toBeLessThanOrEqual(A4.textWidth);
    for (const grid of document.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)) {
      const cols = [...grid[1].matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
      expect(cols.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(A4.textWidth);
    }
    // The four status fills of §1.
    for (const fill of ['C6EFCE', 'FFEB9C', 'FFC7CE', 'EDEDED'])
      expect(document).toContain(`w:fill="${fill}"`);
  });

  const convert = hasSoffice() ? it : it.skip;
  convert(
    'converts in LibreOffice, and its text names the period, every goal with its status, every analysis and activity',
    () => {
      const text = convertToText(path.join(dir, 'rapport.docx'), dir);
      const result = assessWorkbook(exampleSnapshot(), { lang: 'sv', date: DATE });
      const report = buildBoardReport(result, { lang: 'sv', date: DATE });
      const lines = text.split(/\r?\n/).map((l) => l.replace(/^\uFEFF/, '').trim());
      expect(lines[0]).toBe(report.title);
      expect(text).toContain(report.subtitle);
      for (const p of result.read.periods.filter((p) =>
        result.report.indicators.some((i) => i.period === p.label),
      ))
        expect(text).toContain(p.label);
      for (const goal of result.assessment.goals) {
        const at = lines.indexOf(goal.name);
        expect(at).toBeGreaterThan(-1);
        expect(lines[at + 1]).toBe(`Bedömning: ${statusText(goal.status, 'sv', goal.overridden)}`);
      }
      for (const g of GOALS.filter((g) => g.analysis)) expect(lines).toContain(g.analysis);
      // A list item is "• name" in LibreOffice's text (whatever the bullet), with
      // "(Pågående)" and the like after planned ones.
      const items = lines.filter((l) => /^[•–] /.test(l)).map((l) => l.slice(2));
      for (const a of ACTIVITIES) expect(items.some((i) => i.startsWith(a.activity))).toBe(true);
      for (const p of result.problems) expect(text).toContain(svText(p));
    },
  );
});
