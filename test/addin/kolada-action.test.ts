/** The task pane's "Hämta från Kolada" (§12), against a fake Kolada on 127.0.0.1. */
import { MemoryHost } from '../../src/adapters/memory';
import { koladaUrl } from '../../src/addin/kolada-config';
import { fetchAndAssess } from '../../src/addin/kolada-action';
import type { FetchLike, FetchStep } from '../../src/kolada';
import { ownedIn } from '../../src/workbook/ownership';
import { readKoladaSheet, readMethodKommun } from '../../src/workbook/kolada';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { plainSheet } from '../cli/helpers';
import { fakeClock, startFakeKolada, type FakeKolada } from '../kolada/fake-kolada';

// Real sockets on a machine shared with others: generous, never asserted.
jest.setTimeout(30_000);

const TITLE = 'Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)';

function workbook(): WorkbookSnapshot {
  return {
    sheets: [
      plainSheet('Mål', [
        ['Indikator', 'Kolada-ID', 'Önskad riktning', 'Målvärde', 'Utfall 2022', 'Utfall 2023'],
        ['Behöriga till gymnasiet', 'N15428', 'Öka', '80 %', null, null],
      ]),
    ],
    names: [],
  };
}

describe('Hämta från Kolada in the task pane', () => {
  let fake: FakeKolada;
  const hosts: string[] = [];
  const recording: FetchLike = (url, init) => {
    hosts.push(new URL(url).hostname);
    return fetch(url, init);
  };

  beforeEach(async () => {
    hosts.length = 0;
    fake = await startFakeKolada({
      kpis: [
        { id: 'N15428', title: TITLE, values: { '2260': { 2023: 82.3 }, '0000': { 2023: 84.2 } } },
      ],
    });
  });
  afterEach(async () => fake.stop());

  it('saves the municipality to the Metod sheet, fetches, and assesses with the figures', async () => {
    const host = new MemoryHost(workbook());
    const steps: FetchStep[] = [];
    const outcome = await fetchAndAssess(host, {
      lang: 'sv',
      kommun: ' Ånge ',
      date: '2024-09-30',
      fetch: recording,
      baseUrl: fake.url,
      clock: fakeClock(),
      onStep: (s) => steps.push(s),
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(steps).toEqual(['municipality', 'kpis', 'data']);
    expect(outcome.fetchFailed).toBe(false);
    expect(outcome.result.report.indicators[0]).toMatchObject({ status: 'met' });
    const after = await host.read();
    expect(readMethodKommun(after)?.text).toBe('Ånge');
    expect(readKoladaSheet(after, ownedIn(after))?.rows).toHaveLength(1);
    expect(new Set(hosts)).toEqual(new Set(['127.0.0.1']));
  });

  it('assesses all the same when Kolada cannot be reached, and says why plainly', async () => {
    await fake.stop();
    const host = new MemoryHost(workbook());
    const outcome = await fetchAndAssess(host, {
      lang: 'sv',
      kommun: '2260',
      date: '2024-09-30',
      fetch: recording,
      baseUrl: fake.url,
      clock: fakeClock(),
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.fetchFailed).toBe(true);
    expect(outcome.note).toContain('CORS');
    expect(outcome.result.report.indicators[0].status).toBe('not_assessed');
    const after = await host.read();
    expect(after.sheets.map((s) => s.name)).not.toContain('Kolada');
  });
});

describe('kolada.json', () => {
  const serve =
    (status: number, body: string): FetchLike =>
    async () => ({
      ok: status === 200,
      status,
      headers: { get: () => null },
      text: async () => body,
    });

  it('gives the address IT wrote, else Kolada itself', async () => {
    const page = 'https://malkoll.example.se/taskpane.html';
    expect(await koladaUrl(serve(200, '{"url": "/kolada/v3"}'), page)).toBe('/kolada/v3');
    expect(await koladaUrl(serve(404, ''), page)).toBe('https://api.kolada.se/v3');
    expect(await koladaUrl(serve(200, 'not json'), page)).toBe('https://api.kolada.se/v3');
  });
});
