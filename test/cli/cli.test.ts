/**
 * `malkoll assess` end to end, in this process, on real files in the temp
 * folder: every exit code, the files it writes and what it leaves alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exampleSnapshot } from '../../src/demo/example-workbook';
import { KOMMUNSTYRELSEN, SOCIALNAMNDEN } from '../../src/demo/example-data';
import { STATUSES } from '../../src/engine/types';
import type { Report } from '../../src/workbook/report';
import {
  addZipEntries,
  cellAt,
  loadSnapshot,
  plainSheet,
  run,
  saveSnapshot,
  sheetNamed,
  STACK_LINE,
  tempDir,
  unzipEntries,
} from './helpers';

jest.setTimeout(60_000);

const DATE = '2024-09-30';
let dir: string;
let example: string;

beforeAll(async () => {
  dir = tempDir();
  example = await saveSnapshot(exampleSnapshot(), path.join(dir, 'exempel.xlsx'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A fresh copy of the example under a new name, so that tests do not share outputs. */
function copyOfExample(name: string): string {
  const file = path.join(dir, name);
  fs.copyFileSync(example, file);
  return file;
}

function readReport(file: string): Report {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
}

describe('exit 0: assessed and saved', () => {
  it('saves IN-bedomd.xlsx beside the input and leaves the input byte for byte', async () => {
    const input = copyOfExample('plats.xlsx');
    const before = fs.readFileSync(input);
    const result = await run('assess', input, '--date', DATE);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const output = path.join(dir, 'plats-bedomd.xlsx');
    expect(fs.existsSync(output)).toBe(true);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(result.stdout).toContain(`Sparade den bedömda arbetsboken: ${output}`);
  });

  it('prints the whole, each focus area and owner with counts by status, then the problems', async () => {
    const result = await run('assess', copyOfExample('utskrift.xlsx'), '--date', DATE);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toContain(
      `${KOMMUNSTYRELSEN.length + SOCIALNAMNDEN.length} indikatorer och 13 mål`,
    );
    for (const name of ['Hållbar vardag', 'Hållbar natur', 'Kommunstyrelsen', 'Socialnämnden']) {
      const line = lines.find((l) => l.trim().startsWith(name));
      expect(line).toMatch(/[●◆■▲] .+ ● +\d+ {2}◆ +\d+ {2}■ +\d+ {2}▲ +\d+$/);
    }
    // The example leaves the desired direction empty on one of Socialnämnden's rows.
    expect(result.stdout).toMatch(/^ {2}Socialnämnden!E\d+: Önskad riktning saknas/m);
  });

  it('writes the four columns inside the Excel table and beside the plain block', async () => {
    const input = copyOfExample('kolumner.xlsx');
    const output = path.join(dir, 'kolumner-ut.xlsx');
    expect((await run('assess', input, '-o', output, '--date', DATE)).code).toBe(0);
    const after = await loadSnapshot(output);
    const table = sheetNamed(after, 'Kommunstyrelsen').tables[0];
    const before = sheetNamed(exampleSnapshot(), 'Kommunstyrelsen').tables[0];
    expect(table.columns).toEqual([
      ...before.columns,
      'Bedömning',
      'Trend',
      'Måluppfyllelse',
      'Motivering',
    ]);
    expect(table.range).toEqual({ ...before.range, right: before.range.right + 4 });
    const header = (sheetNamed(after, 'Socialnämnden').rows.get(3) ?? []).map((c) => c.value);
    const last = header.indexOf('Kommentar');
    expect(header.slice(last + 1)).toEqual(['Bedömning', 'Trend', 'Måluppfyllelse', 'Motivering']);
  });

  it('leaves every cell of the user as it was, and adds the summary and the Metod sheet', async () => {
    const input = copyOfExample('orort.xlsx');
    const output = path.join(dir, 'orort-ut.xlsx');
    expect((await run('assess', input, '-o', output, '--date', DATE)).code).toBe(0);
    const before = await loadSnapshot(input);
    const after = await loadSnapshot(output);
    for (const sheet of before.sheets) {
      const written = sheetNamed(after, sheet.name);
      for (const [row, cells] of sheet.rows) {
        cells.forEach((cell, col) => {
          expect({ at: `${sheet.name}!${row}:${col}`, cell: cellAt(written, row, col) }).toEqual({
            at: `${sheet.name}!${row}:${col}`,
            cell,
          });
        });
      }
    }
    expect(after.sheets.map((s) => s.name)).toEqual([
      ...before.sheets.map((s) => s.name),
      'Sammanställning',
      'Historik',
      'Metod',
    ]);
  });

  it('gives the same workbook, entry for entry, on two runs with the same --date', async () => {
    const input = copyOfExample('samma.xlsx');
    const first = path.join(dir, 'samma-1.xlsx');
    const second = path.join(dir, 'samma-2.xlsx');
    await run('assess', input, '-o', first, '--date', DATE);
    await run('assess', input, '-o', second, '--date', DATE);
    expect(await unzipEntries(second)).toEqual(await unzipEntries(first));
  });

  it('gives the same result when run again on its own output', async () => {
    const input = copyOfExample('igen.xlsx');
    const once = path.join(dir, 'igen-1.xlsx');
    const twice = path.join(dir, 'igen-2.xlsx');
    const [r1, r2] = [path.join(dir, 'igen-1.json'), path.join(dir, 'igen-2.json')];
    expect((await run('assess', input, '-o', once, '--json', r1, '--date', DATE)).code).toBe(0);
    expect((await run('assess', once, '-o', twice, '--json', r2, '--date', DATE)).code).toBe(0);
    expect(readReport(r2)).toEqual(readReport(r1));
    expect(await loadSnapshot(twice)).toEqual(await loadSnapshot(once));
    // Once exceljs has saved the Metod sheet itself, every later run is identical byte for byte.
    const thrice = path.join(dir, 'igen-3.xlsx');
    expect((await run('assess', twice, '-o', thrice, '--date', DATE)).code).toBe(0);
    expect(fs.readFileSync(thrice).equals(fs.readFileSync(twice))).toBe(true);
  });

  it("keeps the user's own Sammanställning and writes the summary to Sammanställning (2)", async () => {
    const snapshot = exampleSnapshot();
    const own = plainSheet('Sammanställning', [['Min egen sammanställning'], ['Anteckning', 42]]);
    snapshot.sheets.push(own);
    const input = await saveSnapshot(snapshot, path.join(dir, 'egen.xlsx'));
    const output = path.join(dir, 'egen-ut.xlsx');
    const result = await run('assess', input, '-o', output, '--date', DATE);
    expect(result.code).toBe(0);
    const after = await loadSnapshot(output);
    const kept = sheetNamed(after, 'Sammanställning');
    expect(cellAt(kept, 1, 1)?.value).toBe('Min egen sammanställning');
    expect(cellAt(kept, 2, 2)?.value).toBe(42);
    expect(kept.rows.size).toBe(2);
    expect(sheetNamed(after, 'Sammanställning (2)').rows.size).toBeGreaterThan(10);
    expect(result.stdout).toContain('Sammanställning!A1: Bladet Sammanställning är ditt eget');
  });

  it('assesses the period named by --period, and refuses one the workbook does not have', async () => {
    const input = copyOfExample('period.xlsx');
    const json = path.join(dir, 'period.json');
    const named = await run('assess', input, '--period', 'Utfall 2022', '--json', json);
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('Period: Utfall 2022.');
    const periods = new Set(readReport(json).indicators.map((i) => i.period));
    expect([...periods].filter((p) => p !== null)).toEqual(['Utfall 2022']);

    // The same period written another way is the same period (§7's grammar).
    const tertial = await run('assess', input, '--period', 'Tertial 2 2024', '--json', json);
    expect(tertial.code).toBe(0);

    const output = path.join(dir, 'period-unknown.xlsx');
    const unknown = await run('assess', input, '--period', 'Utfall 1999', '-o', output);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Perioden ”Utfall 1999” finns inte');
    expect(unknown.stderr).toContain('Utfall T2 2024');
    expect(unknown.stderr).not.toMatch(STACK_LINE);
    expect(fs.existsSync(output)).toBe(false);
  });
});

describe('--json and --lang', () => {
  let sv: Report;
  let en: Report;
  let enRun: { stdout: string };
  let enOutput: string;

  beforeAll(async () => {
    const input = copyOfExample('språk.xlsx');
    const [svJson, enJson] = [path.join(dir, 'sv.json'), path.join(dir, 'en.json')];
    enOutput = path.join(dir, 'språk-en.xlsx');
    await run(
      'assess',
      input,
      '-o',
      path.join(dir, 'språk-sv.xlsx'),
      '--json',
      svJson,
      '--date',
      DATE,
    );
    enRun = await run(
      'assess',
      input,
      '-o',
      enOutput,
      '--json',
      enJson,
      '--lang',
      'en',
      '--date',
      DATE,
    );
    sv = readReport(svJson);
    en = readReport(enJson);
  });

  it('writes the report, version 1, with status codes', () => {
    expect(Object.keys(sv).sort()).toEqual(
      [
        'focusAreas',
        'followUp',
        'goals',
        'indicators',
        'overall',
        'owners',
        'parameters',
        'previousFollowUp',
        'problems',
        'version',
      ].sort(),
    );
    expect(sv.version).toBe(1);
    expect(sv.indicators).toHaveLength(KOMMUNSTYRELSEN.length + SOCIALNAMNDEN.length);
    const statuses = [
      sv.overall.status,
      ...sv.indicators.map((i) => i.status),
      ...sv.goals.map((g) => g.status),
      ...sv.focusAreas.map((f) => f.status),
      ...sv.owners.map((o) => o.status),
    ];
    for (const status of statuses) expect(STATUSES).toContain(status);
    expect(Object.keys(sv.overall.counts)).toEqual([
      'met',
      'partly_met',
      'not_met',
      'not_assessed',
    ]);
    expect(sv.problems[0]).toEqual({
      sheet: expect.any(String),
      cell: expect.stringMatching(/^[A-Z]+\d+$/),
      severity: expect.stringMatching(/^(error|warning)$/),
      message: expect.any(String),
    });
  });

  it('keeps the codes in English and switches the words', () => {
    const codes = (r: Report) => ({
      overall: r.overall,
      indicators: r.indicators.map((i) => [i.row, i.rule, i.status, i.trend, i.fulfilment]),
      goals: r.goals.map((g) => [g.status, g.counts]),
    });
    expect(codes(en)).toEqual(codes(sv));
    expect(en.indicators[0].reason).not.toEqual(sv.indicators[0].reason);
    expect(enRun.stdout).toContain('Focus areas (goals)');
    expect(enRun.stdout).not.toContain('Fokusområden');
  });

  it('writes English headers into the workbook with --lang en', async () => {
    const table = sheetNamed(await loadSnapshot(enOutput), 'Kommunstyrelsen').tables[0];
    expect(table.columns.slice(-4)).toEqual(['Assessment', 'Trend', 'Fulfilment', 'Reason']);
  });
});

describe('exit 1: the file cannot be read', () => {
  /** An OLE2 compound file with an EncryptedPackage stream: how Excel saves a password-protected workbook. */
  function encryptedWorkbook(): Buffer {
    const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const body = Buffer.alloc(4096);
    Buffer.from('EncryptedPackage', 'utf16le').copy(body, 1024);
    return Buffer.concat([head, body]);
  }

  it.each([
    ['missing', null, 'Hittar inte filen'],
    ['empty', Buffer.alloc(0), 'är tom'],
    [
      'garbage',
      Buffer.from('Det här är ingen arbetsbok, bara text.\n'.repeat(20)),
      'inte en Excel-arbetsbok',
    ],
    ['encrypted', encryptedWorkbook(), 'lösenordsskyddad'],
  ])('%s file', async (name, bytes, words) => {
    const file = path.join(dir, `${name}.xlsx`);
    if (bytes) fs.writeFileSync(file, bytes);
    const result = await run('assess', file, '--json', path.join(dir, `${name}.json`));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(words);
    expect(result.stderr).toContain(file);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(fs.existsSync(path.join(dir, `${name}.json`))).toBe(false);
    expect(fs.existsSync(path.join(dir, `${name}-bedomd.xlsx`))).toBe(false);
  });

  it('a workbook cut short', async () => {
    const file = path.join(dir, 'avkortad.xlsx');
    const whole = fs.readFileSync(example);
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const result = await run('assess', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('trasig eller avkortad');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe('exit 2: bad arguments', () => {
  it.each([
    [['assess', 'x.xlsx', '--bogus'], 'Okänd flagga --bogus.'],
    [['assess', 'x.xlsx', '--lang', 'fi'], '--lang ska vara sv eller en'],
    [['assess', 'x.xlsx', '--date', '2024-02-30'], '--date ska vara ett datum'],
    [['assess', 'x.xlsx', '-o'], 'Flaggan -o behöver ett värde.'],
  ])('%j', async (argv, words) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(words);
    expect(result.stderr).toContain('malkoll --help');
    expect(result.stderr.split('\n')).toHaveLength(1);
  });

  it('refuses -o naming the input and leaves it alone', async () => {
    const input = copyOfExample('skydd.xlsx');
    const before = fs.readFileSync(input);
    const result = await run('assess', input, '-o', path.join(dir, '.', 'skydd.xlsx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('skriver aldrig över originalet');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('shows help and the version with exit 0', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('malkoll assess ARBETSBOK.xlsx');
    const version = await run('--version');
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('exit 3: no indicator table', () => {
  it('names the headers it looked for, and still writes the JSON report', async () => {
    const snapshot = {
      sheets: [
        plainSheet('Budget', [
          ['Konto', 'Belopp'],
          ['Lön', 1200],
          ['Hyra', 300],
        ]),
      ],
      names: [],
    };
    const input = await saveSnapshot(snapshot, path.join(dir, 'budget.xlsx'));
    const json = path.join(dir, 'budget.json');
    const result = await run('assess', input, '--json', json);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Hittade ingen indikatortabell.');
    for (const header of ['Indikator', 'Mått', 'Nyckeltal', 'Mätetal', 'Utfall', 'Utfall 2023']) {
      expect(result.stderr).toContain(header);
    }
    expect(readReport(json)).toMatchObject({ version: 1, indicators: [] });
    expect(fs.existsSync(path.join(dir, 'budget-bedomd.xlsx'))).toBe(false);
  });
});

describe('parts Målkoll does not write stay as they were', () => {
  const CHART = '<?xml version="1.0"?><c:chartSpace xmlns:c="x"/>';

  it('keeps a chart byte for byte, without --force', async () => {
    const withChart = copyOfExample('diagram.xlsx');
    await addZipEntries(withChart, { 'xl/charts/chart1.xml': CHART });
    const json = path.join(dir, 'diagram.json');
    const result = await run('assess', withChart, '--json', json, '--date', DATE);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const output = path.join(dir, 'diagram-bedomd.xlsx');
    expect((await unzipEntries(output)).get('xl/charts/chart1.xml')).toBe(CHART);
    expect(readReport(json).indicators.length).toBeGreaterThan(0);
  });

  it('accepts --force and says it is no longer needed', async () => {
    const result = await run('assess', copyOfExample('tvinga.xlsx'), '--force', '--date', DATE);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('--force behövs inte längre');
    expect(fs.existsSync(path.join(dir, 'tvinga-bedomd.xlsx'))).toBe(true);
  });

  it('keeps a macro workbook one: IN-bedomd.xlsm with its VBA project', async () => {
    const input = path.join(dir, 'makro.xlsm');
    fs.copyFileSync(example, input);
    const vba = 'not really VBA, but bytes that must not change \u0000\u0001';
    await addZipEntries(input, { 'xl/vbaProject.bin': vba });
    const result = await run('assess', input, '--date', DATE);
    expect(result.code).toBe(0);
    const output = path.join(dir, 'makro-bedomd.xlsm');
    expect((await unzipEntries(output)).get('xl/vbaProject.bin')).toBe(vba);
  });
});

describe('exit 4: nothing saved', () => {
  it('reports a workbook that cannot be saved, in plain Swedish', async () => {
    const output = path.join(dir, 'finns-inte', 'ut.xlsx');
    const result = await run('assess', copyOfExample('ingenmapp.xlsx'), '-o', output);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(`Kunde inte spara ${output}: mappen finns inte`);
    expect(result.stderr).not.toContain('ENOENT');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
