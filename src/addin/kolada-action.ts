/**
 * "Hämta från Kolada" (§12): save the municipality to the Metod sheet when it
 * changed, fetch, then assess with what was fetched. A fetch that fails
 * changes nothing: the workbook is assessed with the Kolada sheet it has, and
 * the message says what failed (plainly, when the browser blocked the call).
 */
import type { WorkbookHost } from '../adapters/host';
import type { Lang } from '../engine';
import {
  fetchKolada,
  KoladaClient,
  koladaIds,
  koladaYears,
  type FetchLike,
  type FetchStep,
} from '../kolada';
import { isKoladaError, type Clock, type KoladaFailure } from '../kolada';
import {
  buildKommunPlan,
  buildParametersPlan,
  checkWritable,
  parseKommun,
  readMethodKommun,
  readWorkbook,
  type KoladaFetchOutcome,
} from '../workbook';
import { koladaUrl } from './kolada-config';
import { runAssessment, today, type AssessmentOutcome } from './run-assessment';

export interface KoladaActionOptions {
  lang: Lang;
  period?: string | null;
  date?: string;
  /** The municipality field's text. */
  kommun: string;
  fetch: FetchLike;
  /** Kolada's address; read from kolada.json when not given. */
  baseUrl?: string;
  clock?: Clock;
  onStep?: (step: FetchStep) => void;
}

/** The assessment's outcome, and a note on the fetch (what was fetched, or what failed). */
export type KoladaActionOutcome = AssessmentOutcome & { note: string; fetchFailed: boolean };

export async function fetchAndAssess(
  host: WorkbookHost,
  options: KoladaActionOptions,
): Promise<KoladaActionOutcome> {
  const { lang } = options;
  const t = KOLADA_TEXT[lang];
  const kommun = parseKommun(options.kommun);
  if (kommun === null) return { ok: false, message: t.noKommun, note: '', fetchFailed: false };
  const date = options.date ?? today();
  let outcome: KoladaFetchOutcome;
  let note: string;
  let fetchFailed = false;
  let baseUrl = options.baseUrl ?? '';
  try {
    await saveKommun(host, options.kommun.trim());
    const snapshot = await host.read();
    const read = readWorkbook(snapshot, { period: options.period ?? null });
    if (koladaIds(read).length === 0) {
      const assessed = await runAssessment(host, { lang, period: options.period ?? null, date });
      return { ...assessed, note: t.noIds, fetchFailed: false };
    }
    baseUrl = options.baseUrl ?? (await koladaUrl(options.fetch));
    const client = new KoladaClient({ baseUrl, fetch: options.fetch, clock: options.clock });
    const result = await fetchKolada(
      client,
      { kpiIds: koladaIds(read), kommun, ...koladaYears(read, date), fetched: date },
      options.onStep,
    );
    if (result.kind === 'unknownKommun') {
      const onMethod = readMethodKommun(snapshot);
      outcome = { data: null, unknownKommun: onMethod };
      note = t.unknownKommun(options.kommun.trim());
    } else {
      outcome = { data: result.data, unknownKpis: result.unknownKpis };
      note = t.fetched(result.data.rows.length, result.municipality.title);
    }
  } catch (error) {
    if (!isKoladaError(error)) {
      return { ok: false, message: t.unexpected, note: '', fetchFailed: true };
    }
    outcome = { data: null };
    note = t.failed(error.failure, baseUrl);
    fetchFailed = true;
  }
  const assessed = await runAssessment(host, {
    lang,
    period: options.period ?? null,
    date,
    kolada: outcome,
  });
  return { ...assessed, note, fetchFailed };
}

/** As the parameters are saved: only the Kommun row changes (a Metod sheet is made first if needed). */
async function saveKommun(host: WorkbookHost, kommun: string): Promise<void> {
  let snapshot = await host.read();
  if (readMethodKommun(snapshot)?.text === kommun) return;
  let plan = buildKommunPlan(snapshot, kommun);
  if (plan === null) {
    const { parameters } = readWorkbook(snapshot);
    await host.apply(checkWritable(snapshot, buildParametersPlan(snapshot, parameters)).plan);
    snapshot = await host.read();
    plan = buildKommunPlan(snapshot, kommun);
  }
  if (plan) await host.apply(checkWritable(snapshot, plan).plan);
}

const KOLADA_TEXT = {
  sv: {
    noKommun: 'Skriv kommunen att hämta för: kommunkod (t.ex. 2260) eller namn (t.ex. Ånge).',
    unexpected: 'Hämtningen från Kolada kunde inte göras på grund av ett fel i Målkoll.',
    noIds:
      'Arbetsboken har inga Kolada-ID, så inget hämtades. Lägg till en kolumn Kolada-ID med nyckeltalens id (t.ex. N15428).',
    unknownKommun: (k: string) =>
      `Kolada känner inte till kommunen «${k}»; inget hämtades. Skriv kommunkoden (t.ex. 2260) eller namnet som Kolada skriver det.`,
    fetched: (rows: number, m: string) =>
      `Hämtade ${rows} värden för ${m} från Kolada (bladet Kolada).`,
    failed: (f: KoladaFailure, url: string) =>
      (f.kind === 'network'
        ? `Kolada kunde inte nås på ${url}. Antingen saknas nätverk, eller så stoppade webbläsaren anropet ` +
          '(Kolada tillåter kanske inte anrop direkt från Excel, så kallad CORS). Be IT ange en proxy i ' +
          'kolada.json på Målkolls server (se README), eller hämta med kommandoraden: malkoll assess --kolada.'
        : f.kind === 'timeout'
          ? `Kolada svarade inte inom ${f.seconds} sekunder. Försök igen senare.`
          : f.kind === 'status'
            ? `Kolada svarade med felkod ${f.status}. Försök igen senare.`
            : 'Kolada svarade med något annat än väntat. Kontrollera adressen i kolada.json.') +
      ' Arbetsboken bedömdes med de Kolada-värden den redan hade.',
  },
  en: {
    noKommun: 'Enter the municipality to fetch for: its code (e.g. 2260) or its name (e.g. Ånge).',
    unexpected: 'The fetch from Kolada could not be made because of an error in Målkoll.',
    noIds:
      'The workbook has no Kolada ids, so nothing was fetched. Add a column Kolada-ID with the KPI ids (e.g. N15428).',
    unknownKommun: (k: string) =>
      `Kolada does not know the municipality «${k}»; nothing was fetched. Enter its code (e.g. 2260) or its name as Kolada writes it.`,
    fetched: (rows: number, m: string) =>
      `Fetched ${rows} values for ${m} from Kolada (the Kolada sheet).`,
    failed: (f: KoladaFailure, url: string) =>
      (f.kind === 'network'
        ? `Kolada could not be reached at ${url}. Either there is no network, or the browser blocked the call ` +
          '(Kolada may not allow calls straight from Excel, known as CORS). Ask IT to set a proxy in ' +
          "kolada.json on Målkoll's server (see the README), or fetch with the command line: malkoll assess --kolada."
        : f.kind === 'timeout'
          ? `Kolada did not answer within ${f.seconds} seconds. Try again later.`
          : f.kind === 'status'
            ? `Kolada answered with error ${f.status}. Try again later.`
            : 'Kolada answered with something other than expected. Check the address in kolada.json.') +
      ' The workbook was assessed with the Kolada values it already had.',
  },
};
