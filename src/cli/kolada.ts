/**
 * `--kolada` (§12): fetch before assessing. The municipality is --kommun, else
 * the Metod sheet's Kommun. A fetch that fails changes nothing: the workbook
 * is assessed with the Kolada sheet it has, and the run ends with exit code 5.
 */
import {
  fetchKolada,
  isKoladaError,
  KoladaClient,
  koladaIds,
  koladaYears,
  type FetchLike,
} from '../kolada';
import {
  parseKommun,
  readMethodKommun,
  readWorkbook,
  type KoladaFetchOutcome,
  type WorkbookSnapshot,
} from '../workbook';
import type { AssessArgs } from './args';
import { KOLADA_MESSAGES } from './kolada-messages';
import type { Io } from './run';

export type CliFetch =
  { kind: 'badArguments' } | { kind: 'fetched'; outcome: KoladaFetchOutcome; failed: boolean };

export async function fetchForCli(
  snapshot: WorkbookSnapshot,
  args: AssessArgs,
  date: string,
  io: Io,
  fetch: FetchLike = globalThis.fetch as unknown as FetchLike,
): Promise<CliFetch> {
  const m = KOLADA_MESSAGES[args.lang];
  const onMethod = args.kommun === null ? readMethodKommun(snapshot) : null;
  const kommun = parseKommun(args.kommun ?? onMethod?.text);
  if (kommun === null) {
    io.err(m.noKommun);
    return { kind: 'badArguments' };
  }
  const read = readWorkbook(snapshot, { period: args.period });
  const ids = koladaIds(read);
  if (ids.length === 0) {
    // Nothing to ask for: no request, and the Kolada sheet stays as it is.
    io.out(m.noIds);
    return { kind: 'fetched', outcome: { data: null }, failed: false };
  }
  const { fromYear, toYear } = koladaYears(read, date);
  const client = new KoladaClient({ baseUrl: args.koladaUrl, fetch });
  const shown = args.kommun ?? onMethod?.text ?? '';
  io.out(m.fetching(shown, new Set(ids).size, fromYear, toYear));
  try {
    const result = await fetchKolada(client, {
      kpiIds: ids,
      kommun,
      fromYear,
      toYear,
      fetched: date,
    });
    if (result.kind === 'unknownKommun') {
      if (onMethod === null) {
        io.err(m.unknownKommun(shown));
        return { kind: 'badArguments' };
      }
      // On the Metod sheet it is the user's cell: a problem there, and nothing fetched.
      return { kind: 'fetched', outcome: { data: null, unknownKommun: onMethod }, failed: false };
    }
    const kpis = new Set(result.data.rows.map((r) => r.kpi)).size;
    io.out(m.fetched(result.data.rows.length, kpis, result.municipality.title));
    if (result.unknownKpis.length > 0) io.err(m.unknownKpis(result.unknownKpis));
    return {
      kind: 'fetched',
      outcome: { data: result.data, unknownKpis: result.unknownKpis },
      failed: false,
    };
  } catch (error) {
    if (!isKoladaError(error)) throw error;
    io.err(m.failed(error.failure));
    return { kind: 'fetched', outcome: { data: null }, failed: true };
  }
}
