/** `malkoll assess --kolada` (§12) against a fake Kolada on 127.0.0.1. */
import fs from 'node:fs';
import path from 'node:path';
import type { Report } from '../../src/workbook/report';
import { ownedIn } from '../../src/workbook/ownership';
import { readKoladaSheet } from '../../src/workbook/kolada';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { startFakeKolada, type FakeKolada } from '../kolada/fake-kolada';
import { loadSnapshot, plainSheet, run, saveSnapshot, sheetNamed, tempDir } from './helpers';

// Real sockets on a machine shared with others: generous, never asserted.
jest.setTimeout(30_000);

const SHARE_TITLE = 'Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)';

function workbook(kommun: string | number | null): WorkbookSnapshot {
  const metod: (string | number | null)[][] = [
    ['Parameter', 'Värde', 'Beskrivning'],
    ['Delvis-gräns målvärde', 0.8, ''],
  ];
  if (kommun !== null) metod.push(['Kommun', kommun, '']);
  return {
    sheets: [
      plainSheet('Mål', [
        ['Indikator', 'Kolada-ID', 'Önskad riktning', 'Målvärde', 'Utfall 2022', 'Utfall 2023'],
        ['Behöriga till gymnasiet', 'N15428', 'Öka', '80 %', null, null],
        ['Behöriga, egen siffra', 'N15428', 'Öka', '80 %', null, '50 %'],
        ['Behöriga mot riket', 'N15428', 'Öka', null, null, null],
        ['Okänt nyckeltal', 'N99999', 'Öka', 10, 8, 9],
      ]),
      plainSheet('Metod', metod),
    ],
    names: [],
  };
}

describe('malkoll assess --kolada', () => {
  let fake: FakeKolada;
  let dir: string;
  let hosts: string[];
  let spy: jest.SpyInstance;

  beforeEach(async () => {
    dir = tempDir();
    fake = await startFakeKolada({
      kpis: [
        {
          id: 'N15428',
          title: SHARE_TITLE,
          values: { '2260': { 2022: 80.1, 2023: 82.3 }, '0000': { 2022: 85, 2023: 84.2 } },
        },
      ],
      pageSize: 2,
    });
    hosts = [];
    const realFetch = globalThis.fetch;
    spy = jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      hosts.push(new URL(String(input)).hostname);
      return realFetch(input, init);
    });
  });

  afterEach(async () => {
    spy.mockRestore();
    await fake.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const files = () => ({
    input: path.join(dir, 'in.xlsx'),
    output: path.join(dir, 'ut.xlsx'),
    json: path.join(dir, 'rapport.json'),
  });
  const report = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
  const statuses = (r: Report) => r.indicators.map((i) => [i.name, i.status]);

  it('fetches, writes the Kolada sheet and assesses with it', async () => {
    const f = files();
    await saveSnapshot(workbook(null), f.input);
    const result = await run(
      'assess',
      f.input,
      '-o',
      f.output,
      '--json',
      f.json,
      '--date',
      '2024-09-30',
      '--kolada',
      '--kommun',
      '2260',
      '--kolada-url',
      fake.url,
    );
    expect(result.stderr).toContain('N99999');
    expect(result.code).toBe(0);
    const after = await loadSnapshot(f.output);
    const data = readKoladaSheet(after, ownedIn(after));
    expect(
      data?.rows.map((r) => [r.kpi, r.municipality, r.year, r.value, r.national, r.fetched]),
    ).toEqual([
      ['N15428', '2260', 2022, 80.1, 85, '2024-09-30'],
      ['N15428', '2260', 2023, 82.3, 84.2, '2024-09-30'],
    ]);
    expect(sheetNamed(after, 'Kolada').rows.get(1)?.[1]?.value).toBe('Källa: Kolada');
    const r = report(f.json);
    expect(statuses(r)).toEqual([
      ['Behöriga till gymnasiet', 'met'],
      ['Behöriga, egen siffra', 'not_met'],
      ['Behöriga mot riket', 'partly_met'],
      ['Okänt nyckeltal', 'partly_met'],
    ]);
    expect(r.indicators[0].reason).toContain('Utfall 2023 82,3 % (Kolada)');
    expect(r.problems).toContainEqual(
      expect.objectContaining({ sheet: 'Mål', cell: 'B5', severity: 'warning' }),
    );
    // The user's cells are not written: the empty period cells stay empty.
    expect(sheetNamed(after, 'Mål').rows.get(2)?.[6]?.value ?? null).toBeNull();
    expect(new Set(hosts)).toEqual(new Set(['127.0.0.1']));
    expect(fake.requests.some((q) => q.includes('page=2'))).toBe(true);

    // Kolada stopped: exit 5, still written, assessed with the Kolada sheet it had.
    await fake.stop();
    const out2 = path.join(dir, 'ut2.xlsx');
    const json2 = path.join(dir, 'rapport2.json');
    const failed = await run(
      'assess',
      f.output,
      '-o',
      out2,
      '--json',
      json2,
      '--date',
      '2024-09-30',
      '--kolada',
      '--kommun',
      '2260',
      '--kolada-url',
      fake.url,
    );
    expect(failed.code).toBe(5);
    expect(failed.stderr).toContain('Hämtningen från Kolada misslyckades');
    expect(fs.existsSync(out2)).toBe(true);
    expect(statuses(report(json2))).toEqual(statuses(r));
    const kept = await loadSnapshot(out2);
    expect(readKoladaSheet(kept, ownedIn(kept))).toEqual(data);

    // Without --kolada nothing reaches the network, and the sheet is used as it is.
    hosts.length = 0;
    const out3 = path.join(dir, 'ut3.xlsx');
    const json3 = path.join(dir, 'rapport3.json');
    const offline = await run(
      'assess',
      f.output,
      '-o',
      out3,
      '--json',
      json3,
      '--date',
      '2024-09-30',
    );
    expect(offline.code).toBe(0);
    expect(hosts).toEqual([]);
    expect(statuses(report(json3))).toEqual(statuses(r));
  });

  it('exits 5 with the server stopped on a first fetch, and still writes the output and JSON', async () => {
    const f = files();
    await saveSnapshot(workbook(null), f.input);
    await fake.stop();
    const result = await run(
      'assess',
      f.input,
      '-o',
      f.output,
      '--json',
      f.json,
      '--date',
      '2024-09-30',
      '--kolada',
      '--kommun',
      '2260',
      '--kolada-url',
      fake.url,
    );
    expect(result.code).toBe(5);
    expect(fs.existsSync(f.output)).toBe(true);
    expect(report(f.json).indicators[0].status).toBe('not_assessed');
    const after = await loadSnapshot(f.output);
    expect(after.sheets.map((s) => s.name)).not.toContain('Kolada');
  });

  it('takes the municipality from the Metod sheet, as an id padded to four digits or a name', async () => {
    const f = files();
    await saveSnapshot(workbook('Ånge'), f.input);
    const byName = await run(
      'assess',
      f.input,
      '-o',
      f.output,
      '--date',
      '2024-09-30',
      '--kolada',
      '--kolada-url',
      fake.url,
    );
    expect(byName.code).toBe(0);
    expect(fake.requests.some((q) => q.startsWith('/v3/municipality?title=%C3%85nge'))).toBe(true);
    expect(fake.requests.some((q) => q.includes('/municipality/2260,0000/'))).toBe(true);
  });

  it('says so at the Metod cell when Kolada does not know the Kommun there', async () => {
    const f = files();
    await saveSnapshot(workbook(999), f.input);
    const result = await run(
      'assess',
      f.input,
      '-o',
      f.output,
      '--json',
      f.json,
      '--date',
      '2024-09-30',
      '--kolada',
      '--kolada-url',
      fake.url,
    );
    expect(fake.requests[0]).toMatch(/^\/v3\/municipality\/0999/);
    expect(result.code).toBe(0);
    expect(report(f.json).problems).toContainEqual(
      expect.objectContaining({ sheet: 'Metod', cell: 'B3', severity: 'error' }),
    );
  });

  it('exit 2 without a municipality, or with one Kolada does not know; nothing written', async () => {
    const f = files();
    await saveSnapshot(workbook(null), f.input);
    const none = await run('assess', f.input, '-o', f.output, '--kolada', '--kolada-url', fake.url);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--kommun');
    const unknown = await run(
      'assess',
      f.input,
      '-o',
      f.output,
      '--kolada',
      '--kommun',
      'Atlantis',
      '--kolada-url',
      fake.url,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Atlantis');
    expect(fs.existsSync(f.output)).toBe(false);
    // A workbook without Kolada ids: nothing is asked of Kolada at all.
    const noIds = path.join(dir, 'utan.xlsx');
    await saveSnapshot(
      {
        sheets: [
          plainSheet('Mål', [
            ['Indikator', 'Utfall 2023'],
            ['Egen', 5],
          ]),
        ],
        names: [],
      },
      noIds,
    );
    const quiet = await run(
      'assess',
      noIds,
      '--kolada',
      '--kommun',
      '2260',
      '--kolada-url',
      fake.url,
    );
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('inga Kolada-ID');
    expect(fake.requests.filter((q) => !q.startsWith('/v3/municipality'))).toEqual([]);
    const badUrl = await run(
      'assess',
      f.input,
      '--kolada',
      '--kommun',
      '2260',
      '--kolada-url',
      'ftp://x',
    );
    expect(badUrl.code).toBe(2);
  });
});
