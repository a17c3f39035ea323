/**
 * §7: the headers the reader recognises, and how a header is matched: as a
 * whole, ignoring case, diacritics, surrounding and repeated inner space and a
 * trailing part in parentheses ("Målvärde (%)" is Målvärde).
 */
import type { IndicatorField, Lang } from '../../engine/types';
import { parsePeriodHeader, periodRank } from './periods';

/** Every column a table can have: the indicator fields plus the activity table's own. */
export type ColumnField = IndicatorField | 'activity' | 'status';

export interface HeaderNames {
  sv: readonly string[];
  en: readonly string[];
}

/** The §7 field table, plus the activity table's Aktivitet and Status. */
export const FIELD_HEADERS: Readonly<Record<ColumnField, HeaderNames>> = {
  indicator: {
    sv: ['Indikator', 'Mått', 'Nyckeltal', 'Mätetal'],
    en: ['Indicator', 'Measure', 'KPI'],
  },
  goal: { sv: ['Mål', 'Nämndmål', 'KF-mål'], en: ['Goal', 'Objective'] },
  focusArea: { sv: ['Fokusområde', 'Målområde', 'Perspektiv'], en: ['Focus area'] },
  owner: { sv: ['Nämnd', 'Ansvarig', 'Förvaltning'], en: ['Owner', 'Responsible'] },
  direction: { sv: ['Önskad riktning', 'Riktning'], en: ['Direction'] },
  rule: { sv: ['Ambitionsnivå', 'Bedömningsgrund'], en: ['Ambition', 'Rule'] },
  baseline: { sv: ['Startvärde', 'Basvärde', 'Utgångsvärde'], en: ['Baseline'] },
  baselineYear: { sv: ['Startår', 'Basår'], en: ['Baseline year'] },
  target: { sv: ['Målvärde', 'Målnivå'], en: ['Target'] },
  targetYear: { sv: ['Målår'], en: ['Target year'] },
  comparison: {
    sv: ['Jämförelsevärde', 'Rikssnitt', 'Riket'],
    en: ['Comparison', 'National average'],
  },
  previous: { sv: ['Föregående utfall'], en: ['Previous'] },
  actual: { sv: ['Utfall'], en: ['Actual'] },
  actualYear: { sv: ['Utfallsår'], en: ['Year of actual'] },
  expert: { sv: ['Sakkunnig bedömning', 'Manuell bedömning'], en: ['Expert assessment'] },
  comment: { sv: ['Kommentar', 'Analys'], en: ['Comment', 'Analysis'] },
  weight: { sv: ['Vikt'], en: ['Weight'] },
  activity: { sv: ['Aktivitet'], en: ['Activity'] },
  status: { sv: ['Status'], en: ['Status'] },
};

/** Examples of period column headers (§7), for messages that explain what is looked for. */
export const PERIOD_HEADER_EXAMPLES: readonly string[] = [
  'Utfall 2022',
  'Utfall T2 2024',
  'Helår 2023',
  '2022',
  'Actual 2022',
];

/** The Metod sheet's columns (§6). Beskrivning is never read back. */
export const METHOD_HEADERS = {
  parameter: { sv: ['Parameter'], en: ['Parameter'] },
  value: { sv: ['Värde'], en: ['Value'] },
  description: { sv: ['Beskrivning'], en: ['Description'] },
} as const satisfies Record<string, HeaderNames>;

/** A field's headers, the requested language's first: what a message can say it looked for. */
export function headerNames(field: ColumnField, lang: Lang = 'sv'): string[] {
  const names = FIELD_HEADERS[field];
  return lang === 'sv' ? [...names.sv, ...names.en] : [...names.en, ...names.sv];
}

/**
 * What a header cell names: a field (a target or baseline may carry a year,
 * "Målvärde 2030"), or a period column with its year and its place in §7's
 * order of periods (`rank`: columns of one period share it).
 */
export type HeaderClass =
  | { kind: 'field'; field: ColumnField; year?: number }
  | { kind: 'period'; key: string; year: number; rank: number };

/**
 * Caches bounded in size: the same headers recur on every sheet, but cell
 * texts that are checked and turn out not to be headers must not grow them
 * without end.
 */
const CACHE_LIMIT = 20_000;
const normalised = new Map<string, string>();
const classes = new Map<string, HeaderClass | null>();

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /\s+/g;
const TRAILING_PARENTHESES = /^(.+?)\s*\([^()]*\)$/;

/** The form in which headers (and words such as directions) are compared. */
export function normaliseHeader(text: string): string {
  const cached = normalised.get(text);
  if (cached !== undefined) return cached;
  let s = normaliseSpelling(text);
  const parentheses = TRAILING_PARENTHESES.exec(s);
  if (parentheses) s = parentheses[1];
  remember(normalised, text, s);
  return s;
}

/** Case, diacritics, dashes and space as headers are compared; parentheses kept. */
function normaliseSpelling(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

const BY_NORMALISED = new Map<string, ColumnField>();
for (const [field, names] of Object.entries(FIELD_HEADERS) as [ColumnField, HeaderNames][]) {
  for (const name of [...names.sv, ...names.en]) BY_NORMALISED.set(normaliseHeader(name), field);
}

/** The class of a header text, or null for a header that is not recognised. */
export function classifyHeader(text: string): HeaderClass | null {
  const cached = classes.get(text);
  if (cached !== undefined) return cached;
  const key = normaliseHeader(text);
  const field = BY_NORMALISED.get(key);
  // "Målvärde (2030)" would otherwise be Målvärde with its year cut off as a unit.
  let cls: HeaderClass | null = withYear(text, key);
  if (!cls && field) cls = { kind: 'field', field };
  const year = cls ? null : parsePeriodHeader(key);
  if (year !== null) cls = { kind: 'period', key, year, rank: periodRank(key) as number };
  remember(classes, text, cls);
  return cls;
}

/** The fields whose header may end in a year (§7): "Målvärde 2030", "Basvärde (2019)". */
const FIELDS_WITH_YEAR: ReadonlySet<ColumnField> = new Set(['target', 'baseline']);
const YEAR_AFTER = /^(.+) (\d{4})$/;
const YEAR_IN_PARENTHESES = /^(.+?) ?\((\d{4})\)$/;

/** A target or baseline header that ends in a year, or null. */
function withYear(text: string, key: string): HeaderClass | null {
  // "Målvärde 2030 (%)" has lost its "(%)" in the key; "Målvärde (2030)"
  // has lost its year, so that one is looked for in the unstripped text.
  const match = YEAR_AFTER.exec(key) ?? YEAR_IN_PARENTHESES.exec(normaliseSpelling(text));
  if (!match) return null;
  const field = BY_NORMALISED.get(match[1].trim());
  if (!field || !FIELDS_WITH_YEAR.has(field)) return null;
  return { kind: 'field', field, year: Number(match[2]) };
}

/** Fields that start a table: every table's header names one of them. */
const ANCHORS: ReadonlySet<ColumnField> = new Set(['indicator', 'goal', 'activity']);

/**
 * Every anchor header is one word of letters (and "-") beginning with one of
 * these initials, at most 12 characters with room for decomposed diacritics.
 */
const ANCHOR_INITIALS = 'aAgGiIkKmMnNoO';
const ANCHOR_WORD = /^(?:[A-Za-z\u00c0-\u024f\u2010-\u2015-]|\p{M}){2,12}$/u;

/**
 * Could this cell text start a header row? The reader asks this of every
 * cell of every row, so texts that cannot be an anchor header (too long, or
 * beginning with another character) are rejected without normalising them.
 */
export function isAnchorHeader(text: string): boolean {
  const paren = text.indexOf('(');
  const core = (paren >= 0 ? text.slice(0, paren) : text).trim();
  if (core.length === 0 || !ANCHOR_INITIALS.includes(core[0]) || !ANCHOR_WORD.test(core)) {
    return false;
  }
  const cls = classifyHeader(text);
  return cls !== null && cls.kind === 'field' && ANCHORS.has(cls.field);
}
