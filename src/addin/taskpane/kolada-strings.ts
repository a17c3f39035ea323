/** The task pane's words for Kolada (§12), in Swedish and English. */
import type { Lang } from '../../engine';
import type { FetchStep } from '../../kolada';

export interface KoladaStrings {
  heading: string;
  kommunLabel: string;
  kommunHint: string;
  button: string;
  steps: Record<FetchStep, string>;
  progressLabel: string;
  noFetch: string;
}

export const KOLADA_STRINGS: Record<Lang, KoladaStrings> = {
  sv: {
    heading: 'Utfall från Kolada',
    kommunLabel: 'Kommun',
    kommunHint:
      'Kommunkod (t.ex. 2260) eller namn. Sparas på bladet Metod. Rader med ett Kolada-ID får ' +
      'tomma helårsutfall och rikssnitt från Kolada; dina egna siffror gäller alltid.',
    button: 'Hämta från Kolada',
    steps: {
      municipality: 'Hämtar från Kolada: kommunen …',
      kpis: 'Hämtar från Kolada: nyckeltalen …',
      data: 'Hämtar från Kolada: värdena …',
    },
    progressLabel: 'Hämtning från Kolada',
    noFetch: 'Den här webbläsaren kan inte hämta från Kolada.',
  },
  en: {
    heading: 'Outcomes from Kolada',
    kommunLabel: 'Municipality',
    kommunHint:
      'Municipality code (e.g. 2260) or name. Saved on the Metod sheet. Rows with a Kolada id get ' +
      'empty full-year outcomes and national averages from Kolada; your own numbers always win.',
    button: 'Fetch from Kolada',
    steps: {
      municipality: 'Fetching from Kolada: the municipality …',
      kpis: 'Fetching from Kolada: the KPIs …',
      data: 'Fetching from Kolada: the values …',
    },
    progressLabel: 'Fetch from Kolada',
    noFetch: 'This browser cannot fetch from Kolada.',
  },
};
