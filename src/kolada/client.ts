/**
 * Kolada's API, version 3 (https://api.kolada.se/v3), as §12 needs it:
 * KPI metadata, municipalities, and data, each answer paged with `next_url`.
 * Network I/O only, with `fetch` injected, so that the command line, the task
 * pane and the tests run the same code. Kolada documents no rate limit, so the
 * client is polite: at most five requests in any one second, a 429 or 5xx is
 * tried again up to three times with growing waits (Retry-After honoured), and
 * a request that takes more than 15 seconds is given up.
 */
import { realClock, type Clock } from './clock';
import { KoladaError } from './errors';

export const DEFAULT_KOLADA_URL = 'https://api.kolada.se/v3';
/** Kolada refuses longer lists in one path segment. */
export const MAX_IDS_PER_SEGMENT = 25;
export const MAX_PER_PAGE = 5000;

export type FetchLike = (
  url: string,
  init?: { signal?: AbortSignal; headers?: Record<string, string> },
) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

export interface KoladaClientOptions {
  /** e.g. https://api.kolada.se/v3, or a same-origin proxy path such as /kolada/v3. */
  baseUrl: string;
  fetch: FetchLike;
  clock?: Clock;
  timeoutMs?: number;
  retries?: number;
  /** The first wait before trying again, doubled each time (without Retry-After). */
  backoffMs?: number;
  requestsPerSecond?: number;
  perPage?: number;
  /** Told of every request sent (progress, and the tests' record). */
  onRequest?: (url: string) => void;
}

export interface KpiMeta {
  id: string;
  title: string;
}

export interface Municipality {
  id: string;
  title: string;
  type: string;
}

/** One entry of /data: a KPI, a municipality, a year and its values by gender. */
export interface DataEntry {
  kpi: string;
  municipality: string;
  period: number;
  /** Gender total (T); null where Kolada has none. */
  total: number | null;
}

/** Where a relative base (a proxy path in the pane) is resolved against. */
function absoluteBase(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  const page = (globalThis as { location?: { origin?: string } }).location;
  const origin = page?.origin ?? 'http://localhost';
  return new URL(trimmed, origin).toString().replace(/\/+$/, '');
}

export class KoladaClient {
  private readonly base: string;
  private readonly clock: Clock;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly perSecond: number;
  private readonly perPage: number;
  /** When the recent requests were sent, for the five-a-second pace. */
  private readonly sent: number[] = [];

  constructor(private readonly options: KoladaClientOptions) {
    this.base = absoluteBase(options.baseUrl);
    this.clock = options.clock ?? realClock;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 1_000;
    this.perSecond = options.requestsPerSecond ?? 5;
    this.perPage = Math.min(options.perPage ?? MAX_PER_PAGE, MAX_PER_PAGE);
  }

  /** Titles of the KPIs Kolada knows among `ids`; the others are simply absent. */
  async kpis(ids: readonly string[]): Promise<KpiMeta[]> {
    const found: KpiMeta[] = [];
    for (const chunk of chunks(ids, MAX_IDS_PER_SEGMENT)) {
      const values = await this.pagesOrMissing(`${this.base}/kpi/${segment(chunk)}`);
      if (values === null) {
        // A server that answers 404 for a list with an unknown id: ask one by one.
        if (chunk.length > 1) for (const id of chunk) found.push(...(await this.kpis([id])));
        continue;
      }
      for (const v of values) {
        const o = v as { id?: unknown; title?: unknown };
        if (typeof o?.id === 'string') {
          found.push({ id: o.id, title: typeof o.title === 'string' ? o.title : '' });
        }
      }
    }
    return found;
  }

  /** The municipality with this id, null where Kolada has none; undefined where it cannot tell. */
  async municipality(id: string): Promise<Municipality | null | undefined> {
    let values: unknown[];
    try {
      values = await this.pages(`${this.base}/municipality/${encodeURIComponent(id)}`);
    } catch (error) {
      // A server (or proxy) without this route says 404: the id is then checked by its data.
      if (error instanceof KoladaError && error.failure.kind === 'status') {
        if (error.failure.status === 404) return undefined;
      }
      throw error;
    }
    return municipalities(values).find((m) => m.id === id) ?? null;
  }

  /** Every municipality (and region) Kolada has: about 310 entries, one page. */
  async allMunicipalities(): Promise<Municipality[]> {
    return municipalities(await this.pages(`${this.base}/municipality`));
  }

  /** Municipalities whose title contains `title` (Kolada's own search). */
  async searchMunicipalities(title: string): Promise<Municipality[]> {
    const url = `${this.base}/municipality?title=${encodeURIComponent(title)}`;
    return municipalities(await this.pages(url));
  }

  /** Data for every KPI × municipality × year asked, in as many requests as the limits need. */
  async data(
    kpis: readonly string[],
    municipalityIds: readonly string[],
    years: readonly number[],
  ): Promise<DataEntry[]> {
    const entries: DataEntry[] = [];
    for (const k of chunks(kpis, MAX_IDS_PER_SEGMENT)) {
      for (const m of chunks(municipalityIds, MAX_IDS_PER_SEGMENT)) {
        for (const y of chunks(years.map(String), MAX_IDS_PER_SEGMENT)) {
          const url =
            `${this.base}/data/kpi/${segment(k)}/municipality/${segment(m)}` +
            `/year/${segment(y)}`;
          for (const v of (await this.pagesOrMissing(url)) ?? []) {
            const entry = dataEntry(v);
            if (entry) entries.push(entry);
          }
        }
      }
    }
    return entries;
  }

  /** As pages(), but null where the server says 404 (nothing there). */
  private async pagesOrMissing(first: string): Promise<unknown[] | null> {
    try {
      return await this.pages(first);
    } catch (error) {
      if (error instanceof KoladaError && error.failure.kind === 'status') {
        if (error.failure.status === 404) return null;
      }
      throw error;
    }
  }

  /** Every page's `values`, following `next_url` (absolute or relative) until it is absent. */
  private async pages(first: string): Promise<unknown[]> {
    const values: unknown[] = [];
    const seen = new Set<string>();
    let url: string | null = withPerPage(first, this.perPage);
    while (url !== null) {
      if (seen.has(url)) break; // a server that points back at a page already read
      seen.add(url);
      const body = await this.json(url);
      values.push(...body.values);
      const next = body.next_url;
      url = typeof next === 'string' && next.trim() !== '' ? new URL(next, url).toString() : null;
    }
    return values;
  }

  private async json(url: string): Promise<{ values: unknown[]; next_url?: unknown }> {
    const text = await this.get(url);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new KoladaError({ kind: 'shape', url, detail: 'not JSON' });
    }
    const values = (body as { values?: unknown })?.values;
    if (typeof body !== 'object' || body === null || !Array.isArray(values)) {
      throw new KoladaError({ kind: 'shape', url, detail: 'no values' });
    }
    return body as { values: unknown[]; next_url?: unknown };
  }

  /** One GET, paced, timed out, and tried again on 429 and 5xx. */
  private async get(url: string): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      await this.pace();
      const response = await this.send(url);
      if (response.ok) return this.read(url, response);
      const again = response.status === 429 || response.status >= 500;
      if (!again || attempt >= this.retries) {
        throw new KoladaError({ kind: 'status', url, status: response.status });
      }
      const wait = retryAfter(response.headers.get('retry-after'), this.clock.now());
      await this.clock.sleep(wait ?? this.backoffMs * 2 ** attempt);
    }
  }

  private async send(url: string) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    this.options.onRequest?.(url);
    try {
      return await this.options.fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
    } catch (error) {
      if (controller.signal.aborted) {
        throw new KoladaError({ kind: 'timeout', url, seconds: this.timeoutMs / 1000 });
      }
      throw new KoladaError({ kind: 'network', url, detail: describe(error) });
    } finally {
      clearTimeout(timer);
    }
  }

  private async read(url: string, response: { text(): Promise<string> }): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      throw new KoladaError({ kind: 'network', url, detail: describe(error) });
    }
  }

  /** At most `perSecond` requests in any one-second window. */
  private async pace(): Promise<void> {
    const window = 1000;
    for (;;) {
      const now = this.clock.now();
      while (this.sent.length > 0 && now - this.sent[0] >= window) this.sent.shift();
      if (this.sent.length < this.perSecond) {
        this.sent.push(now);
        return;
      }
      await this.clock.sleep(this.sent[0] + window - now);
    }
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function segment(ids: readonly string[]): string {
  return ids.map(encodeURIComponent).join(',');
}

function withPerPage(url: string, perPage: number): string {
  const u = new URL(url);
  if (!u.searchParams.has('per_page')) u.searchParams.set('per_page', String(perPage));
  return u.toString();
}

/** Retry-After in seconds or as an HTTP date → milliseconds to wait (at most a minute). */
export function retryAfter(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header.trim());
  let ms: number;
  if (Number.isFinite(seconds)) ms = seconds * 1000;
  else {
    const at = Date.parse(header);
    if (Number.isNaN(at)) return null;
    ms = at - now;
  }
  return Math.min(Math.max(ms, 0), 60_000);
}

function municipalities(values: unknown[]): Municipality[] {
  const out: Municipality[] = [];
  for (const v of values) {
    const o = v as { id?: unknown; title?: unknown; type?: unknown };
    if (typeof o?.id !== 'string') continue;
    out.push({
      id: o.id,
      title: typeof o.title === 'string' ? o.title : '',
      type: typeof o.type === 'string' ? o.type : '',
    });
  }
  return out;
}

/** One /data entry, gender total only; deleted entries and values are skipped. */
function dataEntry(v: unknown): DataEntry | null {
  const o = v as {
    kpi?: unknown;
    municipality?: unknown;
    period?: unknown;
    values?: unknown;
    isdeleted?: unknown;
  };
  if (typeof o !== 'object' || o === null || o.isdeleted === true) return null;
  const period = typeof o.period === 'string' ? Number(o.period) : o.period;
  if (typeof o.kpi !== 'string' || typeof o.municipality !== 'string') return null;
  if (typeof period !== 'number' || !Number.isInteger(period)) return null;
  const byGender = Array.isArray(o.values) ? o.values : [];
  const total = byGender.find(
    (g) =>
      typeof g === 'object' &&
      g !== null &&
      (g as { gender?: unknown }).gender === 'T' &&
      (g as { isdeleted?: unknown }).isdeleted !== true,
  ) as { value?: unknown } | undefined;
  if (!total) return null;
  const value =
    typeof total.value === 'number' && Number.isFinite(total.value) ? total.value : null;
  return { kpi: o.kpi, municipality: o.municipality, period, total: value };
}

/** Node's fetch says only "fetch failed"; the reason (ECONNREFUSED …) is in its cause. */
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } })?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message.split('\n')[0];
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0];
}
