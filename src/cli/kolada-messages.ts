/** What the command line says about Kolada (§12), in Swedish and English. */
import type { Lang } from '../engine';
import type { KoladaFailure } from '../kolada';

export interface KoladaMessages {
  badUrl(url: string): string;
  noKommun: string;
  unknownKommun(kommun: string): string;
  fetching(kommun: string, kpis: number, from: number, to: number): string;
  fetched(rows: number, kpis: number, municipality: string): string;
  unknownKpis(ids: readonly string[]): string;
  failed(failure: KoladaFailure): string;
  noIds: string;
}

const sv: KoladaMessages = {
  badUrl: (u) => `--kolada-url ska vara en webbadress som börjar med https://, inte "${u}".`,
  noKommun:
    'Ange kommunen att hämta för: --kommun 2260 (kommunkod) eller --kommun Ånge (namn), ' +
    'eller skriv den på raden Kommun på bladet Metod.',
  unknownKommun: (k) =>
    `Kolada känner inte till kommunen "${k}". Ange kommunkoden (t.ex. 2260) eller ` +
    'namnet som Kolada skriver det (t.ex. Ånge).',
  fetching: (k, n, from, to) =>
    `Hämtar ${n} nyckeltal för ${k} och riket ${from}–${to} från Kolada …`,
  fetched: (rows, kpis, m) =>
    `Hämtade ${rows} värden för ${kpis} nyckeltal (${m}) från Kolada och sparade dem på bladet Kolada.`,
  unknownKpis: (ids) => `Kolada känner inte till: ${ids.join(', ')}.`,
  failed: (f) => {
    const what =
      f.kind === 'timeout'
        ? `Kolada svarade inte inom ${f.seconds} sekunder`
        : f.kind === 'status'
          ? `Kolada svarade med felkod ${f.status}`
          : f.kind === 'shape'
            ? 'Kolada svarade med något annat än väntat'
            : `Kolada gick inte att nå (${f.detail})`;
    return (
      `Hämtningen från Kolada misslyckades: ${what} (${f.url}). ` +
      'Arbetsboken bedömdes med de Kolada-värden den redan hade; bladet Kolada ändrades inte. ' +
      'Försök igen senare eller kontrollera nätverket och --kolada-url.'
    );
  },
  noIds: 'Arbetsboken har inga Kolada-ID (kolumnen Kolada-ID), så inget hämtades från Kolada.',
};

const en: KoladaMessages = {
  badUrl: (u) => `--kolada-url must be a web address beginning with https://, not "${u}".`,
  noKommun:
    'Name the municipality to fetch for: --kommun 2260 (its code) or --kommun Ånge (its name), ' +
    'or write it on the row Kommun of the Metod sheet.',
  unknownKommun: (k) =>
    `Kolada does not know the municipality "${k}". Give its code (e.g. 2260) or its name ` +
    'as Kolada writes it (e.g. Ånge).',
  fetching: (k, n, from, to) =>
    `Fetching ${n} KPIs for ${k} and the country, ${from}–${to}, from Kolada …`,
  fetched: (rows, kpis, m) =>
    `Fetched ${rows} values of ${kpis} KPIs (${m}) from Kolada and kept them on the Kolada sheet.`,
  unknownKpis: (ids) => `Kolada does not know: ${ids.join(', ')}.`,
  failed: (f) => {
    const what =
      f.kind === 'timeout'
        ? `Kolada did not answer within ${f.seconds} seconds`
        : f.kind === 'status'
          ? `Kolada answered with error ${f.status}`
          : f.kind === 'shape'
            ? 'Kolada answered with something other than expected'
            : `Kolada could not be reached (${f.detail})`;
    return (
      `The fetch from Kolada failed: ${what} (${f.url}). ` +
      'The workbook was assessed with the Kolada values it already had; the Kolada sheet is unchanged. ' +
      'Try again later, or check the network and --kolada-url.'
    );
  },
  noIds: 'The workbook has no Kolada ids (the Kolada-ID column), so nothing was fetched.',
};

export const KOLADA_MESSAGES: Record<Lang, KoladaMessages> = { sv, en };
