/**
 * "Infoga exempeltabell": a new sheet with a ready indicator table that the
 * reader recognises (§7), with two example rows to overwrite. Pure: a write
 * plan without marks, so the sheet is the user's from the start.
 */
import type { Lang } from '../../engine/types';
import type { PlanValue, WritePlan } from './types';
import type { WorkbookSnapshot } from '../snapshot';

/** An example row's words: indicator, goal, focus area, direction, rule, and a comment. */
type ExampleWords = [string, string, string, string, string, string];

interface TemplateText {
  sheet: (n: number) => string;
  headers: string[];
  examples: ExampleWords[];
}

/** The example rows' figures, the same in both languages: Startvärde … Utfall 2024. */
const EXAMPLE_FIGURES: PlanValue[][] = [
  [0.78, 2022, 0.9, 2026, 0.8, 0.84],
  [0.082, 2022, 0.07, 2026, 0.079, 0.081],
];

const TEXT: Record<Lang, TemplateText> = {
  sv: {
    sheet: (n) => (n === 1 ? 'Indikatorer (mall)' : `Indikatorer (mall ${n})`),
    headers: [
      'Indikator',
      'Mål',
      'Fokusområde',
      'Önskad riktning',
      'Ambitionsnivå',
      'Startvärde',
      'Startår',
      'Målvärde',
      'Målår',
      'Utfall 2023',
      'Utfall 2024',
      'Sakkunnig bedömning',
      'Kommentar',
    ],
    examples: [
      [
        'Andel elever som känner sig trygga i skolan',
        'Barn och unga ska känna sig trygga',
        'Utbildning',
        'Öka',
        'Målvärde',
        'Exempel: ersätt med en egen indikator.',
      ],
      [
        'Sjukfrånvaro bland medarbetare',
        'Kommunen ska vara en attraktiv arbetsgivare',
        'Medarbetare',
        'Minska',
        'Förbättring',
        'Exempel: ersätt med en egen indikator.',
      ],
    ],
  },
  en: {
    sheet: (n) => (n === 1 ? 'Indicators (template)' : `Indicators (template ${n})`),
    headers: [
      'Indicator',
      'Goal',
      'Focus area',
      'Direction',
      'Ambition',
      'Baseline',
      'Baseline year',
      'Target',
      'Target year',
      'Actual 2023',
      'Actual 2024',
      'Expert assessment',
      'Comment',
    ],
    examples: [
      [
        'Share of pupils who feel safe at school',
        'Children and young people feel safe',
        'Education',
        'Increase',
        'Target',
        'Example: replace with an indicator of your own.',
      ],
      [
        'Sick leave among employees',
        'The municipality is an attractive employer',
        'Employees',
        'Decrease',
        'Trend',
        'Example: replace with an indicator of your own.',
      ],
    ],
  },
};

/** An example row in the order of the headers; the expert assessment is left for the user. */
function exampleRow(words: ExampleWords, i: number): PlanValue[] {
  const [indicator, goal, focusArea, direction, rule, comment] = words;
  return [indicator, goal, focusArea, direction, rule, ...EXAMPLE_FIGURES[i], null, comment];
}

/** Widths (characters) of the thirteen columns, in order. */
const WIDTHS = [44, 40, 16, 14, 14, 11, 9, 11, 9, 11, 11, 18, 44];
/** Startvärde, Målvärde and the two outcome columns hold percentages in the examples. */
const PERCENT_COLUMNS = [6, 8, 10, 11];

/** The first free name: "Indikatorer (mall)", then "Indikatorer (mall 2)" and so on. */
export function templateSheetName(snapshot: WorkbookSnapshot, lang: Lang): string {
  const taken = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  let n = 1;
  while (taken.has(TEXT[lang].sheet(n).toLowerCase())) n++;
  return TEXT[lang].sheet(n);
}

export function buildTemplatePlan(snapshot: WorkbookSnapshot, lang: Lang): WritePlan {
  const text = TEXT[lang];
  const sheet = templateSheetName(snapshot, lang);
  const rows = text.examples.map(exampleRow);
  const last = 1 + rows.length;
  return {
    clear: [],
    sheets: [{ name: sheet, replaces: null, columnWidths: WIDTHS, freezeRows: 1 }],
    tables: [],
    values: [{ sheet, top: 1, left: 1, values: [text.headers, ...rows] }],
    styles: [
      {
        sheet,
        style: { bold: true },
        ranges: [{ top: 1, left: 1, bottom: 1, right: text.headers.length }],
      },
      {
        sheet,
        style: { numFmt: '0.0 %' },
        ranges: PERCENT_COLUMNS.map((col) => ({ top: 2, left: col, bottom: last, right: col })),
      },
    ],
    links: [],
    columnWidths: [],
  };
}
