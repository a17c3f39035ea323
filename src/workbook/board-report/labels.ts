/** Every text the report to the board (§11) writes, in Swedish and English. */
import type { Lang } from '../../engine/types';

export type Change = 'better' | 'worse' | 'same';

export interface BoardReportLabels {
  languageTag: string;
  title: (followUp: string) => string;
  titleLatest: string;
  subtitle: (date: string) => string;
  periodLine: (period: string) => string;
  latestPeriod: string;
  previousLine: (followUp: string) => string;
  fileStem: string;
  wholeHeading: string;
  wholeStatus: string;
  previous: (followUp: string | null) => string;
  change: string;
  changes: Record<Change, string>;
  noPrevious: string;
  goalsCountCaption: string;
  count: string;
  goals: string;
  indicators: string;
  diagramCaption: string;
  diagramAlt: (parts: string) => string;
  focusArea: string;
  focusAreasCaption: string;
  goalsHeading: string;
  goalStatus: string;
  expert: string;
  analysis: string;
  noAnalysis: string;
  indicatorTableCaption: (goal: string) => string;
  indicator: string;
  outcome: string;
  target: string;
  comparison: string;
  status: string;
  trend: string;
  noIndicators: string;
  activitiesDone: string;
  activitiesPlanned: string;
  activitiesOther: string;
  noActivities: string;
  ownersHeading: string;
  ownersIntro: string;
  owner: string;
  ownersCaption: string;
  problemsHeading: string;
  problemsCaption: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  error: string;
  warning: string;
  noProblems: string;
  madeBy: string;
  /** "a, b och c" */
  and: string;
}

const sv: BoardReportLabels = {
  languageTag: 'sv-SE',
  title: (f) => `Måluppföljning ${f}`,
  titleLatest: 'Måluppföljning',
  subtitle: (d) => `Rapport till nämnden · bedömd ${d}`,
  periodLine: (p) => `Period: ${p}`,
  latestPeriod: 'senaste utfall per indikator',
  previousLine: (f) => `Jämförs med föregående uppföljning: ${f}`,
  fileStem: 'Malkoll-rapport',
  wholeHeading: 'Sammanfattning',
  wholeStatus: 'Samlad bedömning av alla mål',
  previous: (f) => (f ? `Föregående (${f})` : 'Föregående'),
  change: 'Förändring',
  changes: { better: '↑ Bättre', worse: '↓ Sämre', same: '→ Oförändrad' },
  noPrevious: '–',
  goalsCountCaption: 'Antal mål per bedömning',
  count: 'Antal',
  goals: 'Antal mål',
  indicators: 'Antal indikatorer',
  diagramCaption: 'Figur 1. Antal mål per bedömning i varje fokusområde',
  diagramAlt: (parts) => `Diagrammet i text: ${parts}.`,
  focusArea: 'Fokusområde',
  focusAreasCaption: 'Fokusområdenas bedömning',
  goalsHeading: 'Mål per fokusområde',
  goalStatus: 'Bedömning',
  expert: '(sakkunnig)',
  analysis: 'Analys',
  noAnalysis: 'Ingen analys är skriven för målet.',
  indicatorTableCaption: (g) => `Indikatorer för målet ${g}`,
  indicator: 'Indikator',
  outcome: 'Utfall (period)',
  target: 'Målvärde',
  comparison: 'jämförelse',
  status: 'Bedömning',
  trend: 'Trend',
  noIndicators: 'Målet har inga indikatorer; bedömningen är den sakkunniges.',
  activitiesDone: 'Genomförda aktiviteter',
  activitiesPlanned: 'Planerade och pågående aktiviteter',
  activitiesOther: 'Övriga aktiviteter',
  noActivities: 'Inga aktiviteter är kopplade till målet.',
  ownersHeading: 'Nämnder',
  ownersIntro: 'Varje nämnds bedömning väger samman nämndens egna indikatorer.',
  owner: 'Nämnd',
  ownersCaption: 'Nämndernas bedömning och antal indikatorer per bedömning',
  problemsHeading: 'Problem i arbetsboken',
  problemsCaption: 'Problem att åtgärda, med blad och cell',
  severity: 'Allvarlighet',
  sheet: 'Blad',
  cell: 'Cell',
  message: 'Beskrivning',
  error: 'Fel',
  warning: 'Varning',
  noProblems: 'Inga problem hittades.',
  madeBy: 'Bedömt med Målkoll enligt den gemensamma metodiken.',
  and: 'och',
};

const en: BoardReportLabels = {
  languageTag: 'en-US',
  title: (f) => `Goal follow-up ${f}`,
  titleLatest: 'Goal follow-up',
  subtitle: (d) => `Report to the board · assessed ${d}`,
  periodLine: (p) => `Period: ${p}`,
  latestPeriod: 'latest outcome per indicator',
  previousLine: (f) => `Compared with the previous follow-up: ${f}`,
  fileStem: 'Malkoll-report',
  wholeHeading: 'Summary',
  wholeStatus: 'Overall assessment of all goals',
  previous: (f) => (f ? `Previous (${f})` : 'Previous'),
  change: 'Change',
  changes: { better: '↑ Better', worse: '↓ Worse', same: '→ Unchanged' },
  noPrevious: '–',
  goalsCountCaption: 'Number of goals per assessment',
  count: 'Number',
  goals: 'Goals',
  indicators: 'Indicators',
  diagramCaption: 'Figure 1. Number of goals per assessment in each focus area',
  diagramAlt: (parts) => `The diagram in words: ${parts}.`,
  focusArea: 'Focus area',
  focusAreasCaption: 'Assessment of the focus areas',
  goalsHeading: 'Goals by focus area',
  goalStatus: 'Assessment',
  expert: '(expert)',
  analysis: 'Analysis',
  noAnalysis: 'No analysis has been written for this goal.',
  indicatorTableCaption: (g) => `Indicators of the goal ${g}`,
  indicator: 'Indicator',
  outcome: 'Outcome (period)',
  target: 'Target',
  comparison: 'comparison',
  status: 'Assessment',
  trend: 'Trend',
  noIndicators: "The goal has no indicators; the assessment is the expert's.",
  activitiesDone: 'Activities done',
  activitiesPlanned: 'Activities planned or under way',
  activitiesOther: 'Other activities',
  noActivities: 'No activities are linked to this goal.',
  ownersHeading: 'Committees',
  ownersIntro: "Each committee's assessment weighs together its own indicators.",
  owner: 'Committee',
  ownersCaption: 'Assessment of the committees and number of indicators per assessment',
  problemsHeading: 'Problems in the workbook',
  problemsCaption: 'Problems to fix, with sheet and cell',
  severity: 'Severity',
  sheet: 'Sheet',
  cell: 'Cell',
  message: 'Description',
  error: 'Error',
  warning: 'Warning',
  noProblems: 'No problems found.',
  madeBy: 'Assessed with Målkoll according to the shared method.',
  and: 'and',
};

export const BOARD_REPORT_LABELS: Record<Lang, BoardReportLabels> = { sv, en };
