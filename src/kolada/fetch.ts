/**
 * §12, fetching: for each KPI id of the workbook, the municipality's and
 * Riket's values for every year asked, gender total only, as the rows of the
 * Kolada sheet. It either completes, with every figure, or throws (a
 * KoladaError): the caller then changes nothing.
 */
import { kpiKey, NATIONAL_ID, type KoladaData, type KoladaRow } from '../workbook/kolada/types';
import type { KommunGiven } from '../workbook/kolada/kommun';
import type { KoladaClient, Municipality } from './client';

export interface KoladaRequest {
  /** The workbook's KPI ids, as written (trimmed). */
  kpiIds: readonly string[];
  kommun: KommunGiven;
  fromYear: number;
  toYear: number;
  /** The date fetched, YYYY-MM-DD (the assessment date). */
  fetched: string;
}

export type KoladaFetchResult =
  | {
      kind: 'done';
      data: KoladaData;
      municipality: Municipality;
      /** Ids as written in the workbook that Kolada does not know. */
      unknownKpis: string[];
    }
  | { kind: 'unknownKommun' };

/** Where the fetch is: for the task pane's progress. */
export type FetchStep = 'municipality' | 'kpis' | 'data';

export async function fetchKolada(
  client: KoladaClient,
  request: KoladaRequest,
  onStep?: (step: FetchStep) => void,
): Promise<KoladaFetchResult> {
  onStep?.('municipality');
  const municipality = await findMunicipality(client, request.kommun);
  if (!municipality) return { kind: 'unknownKommun' };

  onStep?.('kpis');
  const asked = distinct(request.kpiIds);
  const meta = asked.length > 0 ? await client.kpis(asked.map(kpiKey)) : [];
  const titles = new Map(meta.map((m) => [kpiKey(m.id), m]));
  const unknownKpis = asked.filter((id) => !titles.has(kpiKey(id)));
  const known = [...titles.values()];

  onStep?.('data');
  const years: number[] = [];
  for (let y = request.fromYear; y <= request.toYear; y++) years.push(y);
  const ids = known.map((k) => k.id);
  const places = municipality.id === NATIONAL_ID ? [NATIONAL_ID] : [municipality.id, NATIONAL_ID];
  const entries = ids.length > 0 && years.length > 0 ? await client.data(ids, places, years) : [];

  const cells = new Map<string, { value: number | null; national: number | null }>();
  for (const e of entries) {
    if (e.period < request.fromYear || e.period > request.toYear) continue;
    const meta = titles.get(kpiKey(e.kpi));
    if (!meta) continue;
    const key = `${meta.id}\u0000${e.period}`;
    const cell = cells.get(key) ?? { value: null, national: null };
    if (e.municipality === municipality.id) cell.value = e.total;
    if (e.municipality === NATIONAL_ID) cell.national = e.total;
    cells.set(key, cell);
  }
  const rows: KoladaRow[] = [];
  for (const k of known) {
    for (const year of years) {
      const cell = cells.get(`${k.id}\u0000${year}`);
      if (!cell) continue;
      rows.push({
        kpi: k.id,
        title: k.title,
        municipality: municipality.id,
        year,
        value: cell.value,
        national: cell.national,
        fetched: request.fetched,
      });
    }
  }
  return { kind: 'done', data: { rows }, municipality, unknownKpis };
}

/**
 * An id is asked for directly; a name is searched for and matched whole,
 * ignoring case, among municipalities only (type K).
 */
async function findMunicipality(
  client: KoladaClient,
  kommun: KommunGiven,
): Promise<Municipality | null> {
  if (kommun.kind === 'id') {
    const unverified = { id: kommun.id, title: kommun.id, type: 'K' };
    const found = await client.municipality(kommun.id);
    if (found === undefined) return unverified;
    if (found !== null) return found;
    // Before saying Kolada does not know it, the whole list: a server (or a
    // proxy) that answers every path with an empty list cannot tell.
    const all = await client.allMunicipalities();
    if (all.length === 0) return unverified;
    return all.find((m) => m.id === kommun.id) ?? null;
  }
  const wanted = comparable(kommun.name);
  const hits = await client.searchMunicipalities(kommun.name);
  return hits.find((m) => m.type === 'K' && comparable(m.title) === wanted) ?? null;
}

function comparable(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

function distinct(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ids) {
    const t = id.trim();
    if (t === '' || seen.has(kpiKey(t))) continue;
    seen.add(kpiKey(t));
    out.push(t);
  }
  return out;
}
