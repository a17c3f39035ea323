/**
 * A fake Kolada (API v3) for the tests, on 127.0.0.1 only: the shapes of
 * §12's issue (KPI metadata, municipality search, data with gender rows,
 * null and deleted values, pages linked by next_url), plus scripted faults.
 * It refuses a path segment with more than 25 ids, as Kolada does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeKpi {
  id: string;
  title: string;
  /** municipality id → year → value (null: Kolada has the entry but no value). */
  values: Record<string, Record<number, number | null>>;
}

export interface FakeOptions {
  kpis: FakeKpi[];
  municipalities?: { id: string; title: string; type: string }[];
  /** Entries per page of /data (the client's per_page is honoured if smaller). */
  pageSize?: number;
  /** Scripted answers for the first requests whose path starts with the key. */
  faults?: { path: string; status: number; retryAfter?: string; times?: number }[];
  /** Also serve an entry marked deleted and a gender row marked deleted. */
  deleted?: boolean;
}

export interface FakeKolada {
  url: string;
  /** Every request's path and query, in order. */
  requests: string[];
  stop(): Promise<void>;
}

const DEFAULT_MUNICIPALITIES = [
  { id: '0000', title: 'Riket', type: 'L' },
  { id: '2260', title: 'Ånge', type: 'K' },
  { id: '0180', title: 'Stockholm', type: 'K' },
  { id: '01', title: 'Region Stockholm', type: 'R' },
];

export async function startFakeKolada(options: FakeOptions): Promise<FakeKolada> {
  const requests: string[] = [];
  const faults = (options.faults ?? []).map((f) => ({ ...f, left: f.times ?? 1 }));
  const municipalities = options.municipalities ?? DEFAULT_MUNICIPALITIES;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const fault = faults.find((f) => f.left > 0 && url.pathname.startsWith(f.path));
    if (fault) {
      fault.left--;
      const headers: Record<string, string> = fault.retryAfter
        ? { 'Retry-After': fault.retryAfter }
        : {};
      return send(fault.status, { error: 'scripted' }, headers);
    }
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'v3') return send(404, { error: 'not found' });
    for (const segment of parts) {
      if (segment.split(',').length > 25) return send(400, { error: 'too many ids' });
    }
    const perPage = Math.min(
      Number(url.searchParams.get('per_page') ?? 5000),
      options.pageSize ?? 5000,
    );
    const page = Number(url.searchParams.get('page') ?? 1);
    const paged = (values: unknown[]) => {
      const slice = values.slice((page - 1) * perPage, page * perPage);
      const body: Record<string, unknown> = { count: slice.length, values: slice };
      if (page * perPage < values.length) {
        const next = new URL(url.toString());
        next.searchParams.set('page', String(page + 1));
        // Alternate absolute and relative links, as both are allowed.
        body.next_url =
          page % 2 === 1
            ? `http://${req.headers.host}${next.pathname}${next.search}`
            : `${next.pathname}${next.search}`;
      }
      return send(200, body);
    };
    if (parts[1] === 'kpi' && parts.length === 3) {
      const ids = parts[2].split(',');
      return paged(
        options.kpis
          .filter((k) => ids.includes(k.id))
          .map((k) => ({ id: k.id, title: k.title, is_divided_by_gender: true })),
      );
    }
    if (parts[1] === 'municipality' && parts.length === 3) {
      return paged(municipalities.filter((m) => m.id === parts[2]));
    }
    if (parts[1] === 'municipality' && parts.length === 2) {
      const title = (url.searchParams.get('title') ?? '').toLowerCase();
      return paged(municipalities.filter((m) => m.title.toLowerCase().includes(title)));
    }
    if (
      parts[1] === 'data' &&
      parts[2] === 'kpi' &&
      parts[4] === 'municipality' &&
      parts[6] === 'year'
    ) {
      const [kpis, places, years] = [parts[3], parts[5], parts[7]].map((s) => s.split(','));
      const values: unknown[] = [];
      for (const k of options.kpis.filter((k) => kpis.includes(k.id))) {
        for (const m of places) {
          for (const y of years.map(Number)) {
            const v = k.values[m]?.[y];
            if (v === undefined) continue;
            values.push({
              kpi: k.id,
              municipality: m,
              period: y,
              values: [
                { gender: 'K', status: '', value: v === null ? null : v + 5, count: 1 },
                { gender: 'T', status: '', value: v, count: 1 },
                { gender: 'M', status: '', value: v === null ? null : v - 5, count: 1 },
              ],
            });
            if (options.deleted) {
              // A deleted entry and a deleted T row that must not count.
              values.push({
                kpi: k.id,
                municipality: m,
                period: y,
                isdeleted: true,
                values: [{ gender: 'T', value: -999 }],
              });
            }
          }
        }
      }
      if (options.deleted && values.length > 0) {
        const first = values[0] as {
          values: { gender: string; value: number | null; isdeleted?: boolean }[];
        };
        first.values.unshift({ gender: 'T', value: -555, isdeleted: true });
      }
      return paged(values);
    }
    return send(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v3`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** A clock that never really waits: sleeping moves its time on. */
export function fakeClock(): { now(): number; sleep(ms: number): Promise<void>; slept: number[] } {
  let t = 0;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      slept.push(ms);
      t += Math.max(0, ms);
    },
    slept,
  };
}
