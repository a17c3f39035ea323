/**
 * The texts that Målkoll WRITES into the workbook (§9): the four column
 * headers, the summary sheet and its labels. Messages to the user live with
 * the code that raises them; these are what officials read in Excel.
 */
import type { Lang } from '../engine/types';

/** Bedömning, Trend, Måluppfyllelse, Motivering: the four columns beside a table, in order. */
export const COLUMN_HEADERS: Record<Lang, readonly [string, string, string, string]> = {
  sv: ['Bedömning', 'Trend', 'Måluppfyllelse', 'Motivering'],
  en: ['Assessment', 'Trend', 'Fulfilment', 'Reason'],
};

/** Added to a header that the user's own Excel table already has ("Trend (Målkoll)"). */
export const OWN_HEADER_SUFFIX = 'Målkoll';

export const SUMMARY_SHEET: Record<Lang, string> = { sv: 'Sammanställning', en: 'Summary' };

/** The names the engine gives rows without a goal or focus area; one source for both. */
export { NO_FOCUS_AREA, NO_GOAL } from '../engine/groups';

export interface SummaryLabels {
  title: string;
  period: string;
  latestPeriod: string;
  date: string;
  status: string;
  score: string;
  /** Count headers, in the order met, partly_met, not_met, not_assessed. */
  counts: readonly [string, string, string, string];
  wholeHeading: string;
  allGoals: string;
  focusAreasHeading: string;
  focusArea: string;
  ownersHeading: string;
  owner: string;
  goalsHeading: string;
  goal: string;
  activitiesDone: string;
  activitiesPlanned: string;
  analysis: string;
  reason: string;
  problemsHeading: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  error: string;
  warning: string;
  noProblems: string;
  parametersHeading: string;
  parameter: string;
  value: string;
  goalRulePoints: string;
  goalRuleWorstTwo: string;
}

export const SUMMARY_LABELS: Record<Lang, SummaryLabels> = {
  sv: {
    title: 'Målkoll – sammanställning av måluppfyllelse',
    period: 'Period',
    latestPeriod: 'Senaste utfall per indikator',
    date: 'Bedömningsdatum',
    status: 'Bedömning',
    score: 'Poäng',
    counts: ['Uppfyllt', 'Delvis uppfyllt', 'Ej uppfyllt', 'Kan inte bedömas'],
    wholeHeading: 'Helheten (antal mål per bedömning)',
    allGoals: 'Alla mål',
    focusAreasHeading: 'Fokusområden (antal mål per bedömning)',
    focusArea: 'Fokusområde',
    ownersHeading: 'Nämnder (antal indikatorer per bedömning)',
    owner: 'Nämnd',
    goalsHeading: 'Mål (antal indikatorer per bedömning)',
    goal: 'Mål',
    activitiesDone: 'Aktiviteter genomförda',
    activitiesPlanned: 'Aktiviteter planerade',
    analysis: 'Sakkunnigs analys',
    reason: 'Motivering',
    problemsHeading: 'Problem att åtgärda',
    severity: 'Allvarlighet',
    sheet: 'Blad',
    cell: 'Cell',
    message: 'Beskrivning',
    error: 'Fel',
    warning: 'Varning',
    noProblems: 'Inga problem hittades.',
    parametersHeading: 'Parametrar som användes (från bladet Metod)',
    parameter: 'Parameter',
    value: 'Värde',
    goalRulePoints: 'poäng',
    goalRuleWorstTwo: 'två sämsta',
  },
  en: {
    title: 'Målkoll – summary of goal fulfilment',
    period: 'Period',
    latestPeriod: 'Latest outcome per indicator',
    date: 'Date of assessment',
    status: 'Assessment',
    score: 'Score',
    counts: ['Met', 'Partly met', 'Not met', 'Cannot be assessed'],
    wholeHeading: 'The whole (number of goals per assessment)',
    allGoals: 'All goals',
    focusAreasHeading: 'Focus areas (number of goals per assessment)',
    focusArea: 'Focus area',
    ownersHeading: 'Owners (number of indicators per assessment)',
    owner: 'Owner',
    goalsHeading: 'Goals (number of indicators per assessment)',
    goal: 'Goal',
    activitiesDone: 'Activities done',
    activitiesPlanned: 'Activities planned',
    analysis: 'Expert analysis',
    reason: 'Reason',
    problemsHeading: 'Problems to fix',
    severity: 'Severity',
    sheet: 'Sheet',
    cell: 'Cell',
    message: 'Description',
    error: 'Error',
    warning: 'Warning',
    noProblems: 'No problems found.',
    parametersHeading: 'Parameters used (from the Metod sheet)',
    parameter: 'Parameter',
    value: 'Value',
    goalRulePoints: 'points',
    goalRuleWorstTwo: 'worstTwo',
  },
};

/** The Metod sheet is the method's own and always Swedish (§6); the reader knows these headers. */
export const METHOD_SHEET = {
  name: 'Metod',
  headers: ['Parameter', 'Värde', 'Beskrivning'] as const,
  goalRulePoints: 'poäng',
  goalRuleWorstTwo: 'två sämsta',
};

/**
 * §10: the sheet that keeps every follow-up's statuses. Excel reserves the
 * sheet name "History" (for tracked changes) and refuses it, so the English
 * sheet says what it holds instead.
 */
export const HISTORY_SHEET: Record<Lang, string> = { sv: 'Historik', en: 'Follow-up history' };

/** The five levels of Historik's rows, in the order their rows stand. */
export type HistoryLevel = 'whole' | 'focusArea' | 'owner' | 'goal' | 'indicator';
export const HISTORY_LEVELS: readonly HistoryLevel[] = [
  'whole',
  'focusArea',
  'owner',
  'goal',
  'indicator',
];

export interface HistoryLabels {
  /** The Nivå column's header and its five words. */
  level: string;
  levels: Record<HistoryLevel, string>;
  /** The headers of the four name columns, in the order Fokusområde, Nämnd, Mål, Indikator. */
  names: readonly [string, string, string, string];
}

export const HISTORY_LABELS: Record<Lang, HistoryLabels> = {
  sv: {
    level: 'Nivå',
    levels: {
      whole: 'Helhet',
      focusArea: 'Fokusområde',
      owner: 'Nämnd',
      goal: 'Mål',
      indicator: 'Indikator',
    },
    names: ['Fokusområde', 'Nämnd', 'Mål', 'Indikator'],
  },
  en: {
    level: 'Level',
    levels: {
      whole: 'Whole',
      focusArea: 'Focus area',
      owner: 'Committee',
      goal: 'Goal',
      indicator: 'Indicator',
    },
    names: ['Focus area', 'Committee', 'Goal', 'Indicator'],
  },
};

/** §10: the summary's columns beside a status. */
export const CHANGE_LABELS: Record<Lang, { previous: string; change: string }> = {
  sv: { previous: 'Föregående uppföljning', change: 'Förändring' },
  en: { previous: 'Previous follow-up', change: 'Change' },
};

/** §10: the summary's line that names the follow-up and the previous one. */
export const FOLLOW_UP_LABELS: Record<Lang, { followUp: string; previous: string; none: string }> =
  {
    sv: { followUp: 'Uppföljning', previous: 'Föregående uppföljning', none: 'Ingen' },
    en: { followUp: 'Follow-up', previous: 'Previous follow-up', none: 'None' },
  };
