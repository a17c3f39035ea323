/** The Kolada client and the §12 fetch against a fake Kolada on 127.0.0.1. */
import {
  fetchKolada,
  KoladaClient,
  KoladaError,
  retryAfter,
  type FetchLike,
} from '../../src/kolada';
import { fakeClock, startFakeKolada, type FakeKolada, type FakeKpi } from './fake-kolada';

// Real sockets on a machine shared with others: generous, never asserted.
jest.setTimeout(30_000);

const SHARE: FakeKpi = {
  id: 'N15428',
  title: 'Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)',
  values: {
    '2260': { 2021: 80.1, 2022: null, 2023: 82.3 },
    '0000': { 2021: 85, 2022: 84.8, 2023: 84.2 },
    '0180': { 2023: 90 },
  },
};
const COUNT: FakeKpi = {
  id: 'N15507',
  title: 'Elever i åk 9, meritvärde hemkommun, genomsnitt (17 ämnen)',
  values: { '2260': { 2022: 221.5, 2023: 224 }, '0000': { 2023: 229.8 } },
};

/** Node's fetch, recording every address asked for. */
function recordingFetch(hosts: string[]): FetchLike {
  return (url, init) => {
    hosts.push(new URL(url).hostname);
    return fetch(url, init);
  };
}

describe('the Kolada client against a fake Kolada', () => {
  let fake: FakeKolada;
  afterEach(async () => fake?.stop());

  it('follows next_url pages, retries a 429 (Retry-After) and a 500, and keeps the pace', async () => {
    fake = await startFakeKolada({
      kpis: [SHARE, COUNT],
      pageSize: 2,
      deleted: true,
      faults: [
        { path: '/v3/data', status: 429, retryAfter: '2' },
        { path: '/v3/kpi', status: 500 },
      ],
    });
    const clock = fakeClock();
    const hosts: string[] = [];
    const times: number[] = [];
    const client = new KoladaClient({
      baseUrl: fake.url,
      fetch: recordingFetch(hosts),
      clock,
      onRequest: () => times.push(clock.now()),
    });
    const result = await fetchKolada(client, {
      kpiIds: [' N15428 ', 'N15507', 'N99999', 'n15428'],
      kommun: { kind: 'id', id: '2260' },
      fromYear: 2021,
      toYear: 2023,
      fetched: '2024-09-30',
    });
    if (result.kind !== 'done') throw new Error('not done');
    expect(result.unknownKpis).toEqual(['N99999']);
    expect(result.municipality).toEqual({ id: '2260', title: 'Ånge', type: 'K' });
    const rows = result.data.rows.map((r) => [r.kpi, r.year, r.value, r.national]);
    expect(rows).toEqual([
      ['N15428', 2021, 80.1, 85],
      ['N15428', 2022, null, 84.8],
      ['N15428', 2023, 82.3, 84.2],
      ['N15507', 2022, 221.5, null],
      ['N15507', 2023, 224, 229.8],
    ]);
    expect(result.data.rows.every((r) => r.fetched === '2024-09-30')).toBe(true);
    expect(result.data.rows[0].title).toBe(SHARE.title);
    // Several pages, both absolute and relative next_url, were followed.
    expect(fake.requests.filter((r) => r.includes('page=3')).length).toBeGreaterThan(0);
    // The 429 waited as Retry-After said; the 500 waited the first backoff.
    expect(clock.slept).toContain(2000);
    expect(clock.slept).toContain(1000);
    // Never more than five requests in any one-second window.
    for (let i = 5; i < times.length; i++)
      expect(times[i] - times[i - 5]).toBeGreaterThanOrEqual(1000);
    expect(new Set(hosts)).toEqual(new Set(['127.0.0.1']));
    expect(fake.requests.every((r) => r.includes('per_page=5000'))).toBe(true);
  });

  it('sends at most 25 ids in one path segment', async () => {
    const many: FakeKpi[] = Array.from({ length: 60 }, (_, i) => ({
      id: `N${String(10000 + i)}`,
      title: `Nyckeltal ${i}`,
      values: { '2260': { 2023: i }, '0000': { 2023: 100 + i } },
    }));
    fake = await startFakeKolada({ kpis: many });
    const client = new KoladaClient({
      baseUrl: fake.url,
      fetch: recordingFetch([]),
      clock: fakeClock(),
    });
    const years = Array.from({ length: 30 }, (_, i) => 1994 + i);
    const result = await fetchKolada(client, {
      kpiIds: many.map((k) => k.id),
      kommun: { kind: 'id', id: '2260' },
      fromYear: years[0],
      toYear: years[years.length - 1],
      fetched: '2024-01-01',
    });
    if (result.kind !== 'done') throw new Error('not done');
    expect(result.data.rows).toHaveLength(60);
    const segments = fake.requests.flatMap((r) => r.split('?')[0].split('/'));
    expect(Math.max(...segments.map((s) => s.split(',').length))).toBeLessThanOrEqual(25);
    expect(fake.requests.filter((r) => r.startsWith('/v3/kpi/'))).toHaveLength(3);
    // 3 KPI chunks × 2 year chunks
    expect(fake.requests.filter((r) => r.startsWith('/v3/data/'))).toHaveLength(6);
  });

  it('finds a municipality by its name among municipalities only, and says when it is unknown', async () => {
    fake = await startFakeKolada({ kpis: [SHARE] });
    const client = new KoladaClient({
      baseUrl: fake.url,
      fetch: recordingFetch([]),
      clock: fakeClock(),
    });
    const ask = (name: string) =>
      fetchKolada(client, {
        kpiIds: ['N15428'],
        kommun: { kind: 'name', name },
        fromYear: 2023,
        toYear: 2023,
        fetched: '2024-01-01',
      });
    const found = await ask('ånge');
    expect(found.kind === 'done' && found.municipality.id).toBe('2260');
    expect((await ask('Region Stockholm')).kind).toBe('unknownKommun');
    expect((await ask('Ån')).kind).toBe('unknownKommun');
    const byId = await fetchKolada(client, {
      kpiIds: ['N15428'],
      kommun: { kind: 'id', id: '9999' },
      fromYear: 2023,
      toYear: 2023,
      fetched: '2024-01-01',
    });
    expect(byId.kind).toBe('unknownKommun');
  });

  it('gives up after three retries of a 5xx with growing waits', async () => {
    fake = await startFakeKolada({
      kpis: [SHARE],
      faults: [{ path: '/v3', status: 503, times: 10 }],
    });
    const clock = fakeClock();
    const client = new KoladaClient({ baseUrl: fake.url, fetch: recordingFetch([]), clock });
    await expect(client.kpis(['N15428'])).rejects.toMatchObject({
      failure: { kind: 'status', status: 503 },
    });
    expect(fake.requests).toHaveLength(4);
    expect(clock.slept.filter((ms) => ms >= 1000)).toEqual([1000, 2000, 4000]);
  });

  it('says so when Kolada cannot be reached, or answers something else', async () => {
    fake = await startFakeKolada({ kpis: [SHARE] });
    const url = fake.url;
    await fake.stop();
    const client = new KoladaClient({
      baseUrl: url,
      fetch: recordingFetch([]),
      clock: fakeClock(),
    });
    const error = await client.kpis(['N15428']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KoladaError);
    expect((error as KoladaError).failure.kind).toBe('network');

    const notJson: FetchLike = async () => ({
      ok: true,
      status: 200,
      headers: { get: () => null },
      text: async () => '<html>proxy says hello</html>',
    });
    const odd = new KoladaClient({
      baseUrl: 'http://127.0.0.1:1/v3',
      fetch: notJson,
      clock: fakeClock(),
    });
    await expect(odd.kpis(['N15428'])).rejects.toMatchObject({ failure: { kind: 'shape' } });
  });

  it('times a request out', async () => {
    const never: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });
    const client = new KoladaClient({
      baseUrl: 'http://127.0.0.1:1/v3',
      fetch: never,
      timeoutMs: 20,
    });
    await expect(client.kpis(['N15428'])).rejects.toMatchObject({ failure: { kind: 'timeout' } });
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and caps the wait at a minute', () => {
    expect(retryAfter('3', 0)).toBe(3000);
    expect(retryAfter(null, 0)).toBeNull();
    expect(retryAfter('soon', 0)).toBeNull();
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(retryAfter('Mon, 01 Jan 2024 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfter('3600', 0)).toBe(60_000);
  });
});

describe('a server that answers 404 for what it does not have', () => {
  it('takes a 404 for a list of KPIs as a cue to ask one by one, and a 404 for data as none', async () => {
    const answers: Record<string, unknown> = {
      '/v3/kpi/N15428': { values: [{ id: 'N15428', title: 'Andel (%)' }] },
      '/v3/municipality/2260': { values: [{ id: '2260', title: 'Ånge', type: 'K' }] },
    };
    const asked: string[] = [];
    const strict: FetchLike = async (url) => {
      const u = new URL(url);
      asked.push(u.pathname);
      const body = answers[u.pathname];
      return {
        ok: body !== undefined,
        status: body === undefined ? 404 : 200,
        headers: { get: () => null },
        text: async () => JSON.stringify(body ?? { error: 'not found' }),
      };
    };
    const client = new KoladaClient({
      baseUrl: 'http://127.0.0.1:1/v3',
      fetch: strict,
      clock: fakeClock(),
    });
    const result = await fetchKolada(client, {
      kpiIds: ['N15428', 'N99999'],
      kommun: { kind: 'id', id: '2260' },
      fromYear: 2023,
      toYear: 2023,
      fetched: '2024-01-01',
    });
    if (result.kind !== 'done') throw new Error('not done');
    expect(result.unknownKpis).toEqual(['N99999']);
    expect(result.data.rows).toEqual([]);
    expect(asked).toContain('/v3/kpi/N99999');
  });
});
