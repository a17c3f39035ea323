/** Every text of the task pane, in Swedish and English. Status labels come from statuses.ts. */
import type { Lang } from '../../engine/types';

export interface Strings {
  appTitle: string;
  appSubtitle: string;
  switchLanguage: string;
  switchLanguageLang: Lang;
  reassessForLanguage: string;
  connecting: string;
  demoBannerTitle: string;
  demoBannerText: string;
  periodLabel: string;
  periodLatest: string;
  periodHint: string;
  followUpLabel: string;
  followUpHint: string;
  /** §10: beside a status, the previous follow-up's status and the change. */
  previousLabel: (followUp: string) => string;
  removeKeepHistory: string;
  assessButton: string;
  assessing: string;
  loadFailed: string;
  resultHeading: string;
  legendLabel: string;
  wholeHeading: string;
  wholeCountsLabel: string;
  goalsUnit: (n: number) => string;
  indicatorsUnit: (n: number) => string;
  scoreLabel: (score: string) => string;
  focusAreasHeading: string;
  ownersHeading: string;
  ownersHint: string;
  countsLabel: (name: string, parts: string) => string;
  activities: (done: number, planned: number) => string;
  analysis: string;
  fromRibbon: string;
  problemsHeading: (n: number) => string;
  noProblems: string;
  severity: { error: string; warning: string };
  goToCell: string;
  goToCellLabel: (ref: string) => string;
  goToFailed: (ref: string) => string;
  showAllProblems: (n: number) => string;
  toolsHeading: string;
  insertTemplate: string;
  insertTemplateHint: string;
  removeAssessment: string;
  removeHint: string;
  removeTitle: string;
  removeText: string;
  removeConfirm: string;
  cancel: string;
  working: string;
  parametersHeading: string;
  parametersIntro: string;
  parametersMissingSheet: string;
  goalRulePoints: string;
  goalRuleWorstTwo: string;
  rangeMessage: (min: number, max: number) => string;
  notANumber: string;
  atMost: (other: string) => string;
  saveParameters: string;
  fixBeforeSaving: string;
  resetDefaults: string;
  helpHeading: string;
  loading: string;
  demoSheetsHeading: string;
  demoSheetsHint: string;
  demoSheetTabs: string;
  demoSheetTable: (sheet: string) => string;
  demoNotAssessed: string;
  demoCompact: string;
}

const sv: Strings = {
  appTitle: 'Målkoll',
  appSubtitle: 'Bedömer målens indikatorer enligt den gemensamma metodiken.',
  switchLanguage: 'In English',
  switchLanguageLang: 'en',
  reassessForLanguage:
    'Bedöm arbetsboken igen för att få motiveringar, problem och arbetsbokens texter på svenska.',
  connecting: 'Ansluter till Excel …',
  demoBannerTitle: 'Demoläge: exempelarbetsbok',
  demoBannerText:
    'Du kör Målkoll utanför Excel. En inbyggd exempelkommun bedöms i stället för din arbetsbok, och inget sparas.',
  periodLabel: 'Period att bedöma',
  periodLatest: 'Senaste utfall',
  periodHint: 'Senaste utfall tar varje indikators senast ifyllda period.',
  followUpLabel: 'Uppföljning',
  followUpHint:
    'Till exempel T1 2024, Delår 2024 eller Årsredovisning 2023. Periodkolumner efter uppföljningen räknas inte, och resultatet sparas på bladet Historik.',
  previousLabel: (f) => `Föregående (${f}):`,
  removeKeepHistory: 'Behåll uppföljningarnas historik (bladet Historik)',
  assessButton: 'Bedöm arbetsboken',
  assessing: 'Bedömer arbetsboken …',
  loadFailed: 'En del av Målkoll kunde inte laddas. Stäng panelen och öppna den igen.',
  resultHeading: 'Resultat',
  legendLabel: 'Teckenförklaring',
  wholeHeading: 'Helheten',
  wholeCountsLabel: 'Helheten: antal mål per bedömning',
  goalsUnit: (n) => `${n} mål`,
  indicatorsUnit: (n) => (n === 1 ? '1 indikator' : `${n} indikatorer`),
  scoreLabel: (score) => `Poäng ${score}`,
  focusAreasHeading: 'Fokusområden och mål',
  ownersHeading: 'Nämnder',
  ownersHint: 'Varje nämnds egna indikatorer vägda samman.',
  countsLabel: (name, parts) => `${name}: ${parts}`,
  activities: (done, planned) => `Aktiviteter: ${done} genomförda, ${planned} planerade`,
  analysis: 'Sakkunnigs analys',
  fromRibbon: 'Bedömningen gjordes från menyfliksområdet.',
  problemsHeading: (n) => (n === 0 ? 'Problem' : `Problem att åtgärda (${n})`),
  noProblems: 'Inga problem hittades.',
  severity: { error: 'Fel', warning: 'Varning' },
  goToCell: 'Gå till cell',
  goToCellLabel: (ref) => `Gå till cell ${ref}`,
  goToFailed: (ref) =>
    `Cellen ${ref} kunde inte väljas. Finns bladet kvar? Bedöm arbetsboken igen.`,
  showAllProblems: (n) => `Visa alla ${n} problem`,
  toolsHeading: 'Verktyg',
  insertTemplate: 'Infoga exempeltabell',
  insertTemplateHint: 'Lägger till ett nytt blad med en färdig indikatortabell att fylla i.',
  removeAssessment: 'Ta bort bedömning',
  removeHint:
    'Tar bort det Målkoll har skrivit: kolumnerna bredvid tabellerna och sammanställningen.',
  removeTitle: 'Ta bort bedömningen?',
  removeText:
    'Målkolls fyra kolumner bredvid tabellerna och bladet Sammanställning tas bort. Dina egna celler och bladet Metod ändras inte. När blad tas bort tömmer Excel ångra-historiken.',
  removeConfirm: 'Ta bort',
  cancel: 'Avbryt',
  working: 'Arbetar …',
  parametersHeading: 'Parametrar (bladet Metod)',
  parametersIntro:
    'Gränserna som bedömningen använder. De sparas på bladet Metod så att de följer med arbetsboken.',
  parametersMissingSheet:
    'Arbetsboken har inget blad Metod ännu. Det skapas med dessa värden när du sparar eller bedömer.',
  goalRulePoints: 'poäng',
  goalRuleWorstTwo: 'två sämsta',
  rangeMessage: (min, max) => `Ange ett tal från ${fmt(min, 'sv')} till ${fmt(max, 'sv')}.`,
  notANumber: 'Ange ett tal, till exempel 0,8 eller 80 %.',
  atMost: (other) => `Får inte vara större än ${other}.`,
  saveParameters: 'Spara parametrar',
  fixBeforeSaving: 'Rätta de markerade värdena innan du sparar.',
  resetDefaults: 'Återställ standardvärden',
  helpHeading: 'Så bedömer Målkoll',
  loading: 'Laddar …',
  demoSheetsHeading: 'Exempelarbetsboken',
  demoSheetsHint:
    'Så här ser bladen ut efter bedömningen. Målkolls kolumner står längst till höger i tabellerna.',
  demoSheetTabs: 'Blad i exempelarbetsboken',
  demoSheetTable: (sheet) => `Bladet ${sheet}`,
  demoNotAssessed: 'Tryck på Bedöm arbetsboken för att se resultatet i bladen.',
  demoCompact: 'Visa bara indikatorn och Målkolls kolumner',
};

const en: Strings = {
  appTitle: 'Målkoll',
  appSubtitle: "Assesses the goals' indicators by the shared method.",
  switchLanguage: 'På svenska',
  switchLanguageLang: 'sv',
  reassessForLanguage:
    "Assess the workbook again to get the reasons, the problems and the workbook's texts in English.",
  connecting: 'Connecting to Excel …',
  demoBannerTitle: 'Demo mode: example workbook',
  demoBannerText:
    'You are running Målkoll outside Excel. A built-in example municipality is assessed instead of your workbook, and nothing is saved.',
  periodLabel: 'Period to assess',
  periodLatest: 'Latest outcome',
  periodHint: "Latest outcome takes each indicator's latest filled-in period.",
  followUpLabel: 'Follow-up',
  followUpHint:
    'For example T1 2024, Delår 2024 or Årsredovisning 2023. Period columns after the follow-up are not used, and the result is kept on the history sheet.',
  previousLabel: (f) => `Previous (${f}):`,
  removeKeepHistory: 'Keep the history of follow-ups (the history sheet)',
  assessButton: 'Assess the workbook',
  assessing: 'Assessing the workbook …',
  loadFailed: 'Part of Målkoll could not be loaded. Close the pane and open it again.',
  resultHeading: 'Result',
  legendLabel: 'Legend',
  wholeHeading: 'The whole',
  wholeCountsLabel: 'The whole: number of goals per assessment',
  goalsUnit: (n) => (n === 1 ? '1 goal' : `${n} goals`),
  indicatorsUnit: (n) => (n === 1 ? '1 indicator' : `${n} indicators`),
  scoreLabel: (score) => `Score ${score}`,
  focusAreasHeading: 'Focus areas and goals',
  ownersHeading: 'Owners',
  ownersHint: "Each owner's own indicators weighed together.",
  countsLabel: (name, parts) => `${name}: ${parts}`,
  activities: (done, planned) => `Activities: ${done} done, ${planned} planned`,
  analysis: 'Expert analysis',
  fromRibbon: 'The assessment was made from the ribbon.',
  problemsHeading: (n) => (n === 0 ? 'Problems' : `Problems to fix (${n})`),
  noProblems: 'No problems found.',
  severity: { error: 'Error', warning: 'Warning' },
  goToCell: 'Go to cell',
  goToCellLabel: (ref) => `Go to cell ${ref}`,
  goToFailed: (ref) =>
    `The cell ${ref} could not be selected. Is the sheet still there? Assess the workbook again.`,
  showAllProblems: (n) => `Show all ${n} problems`,
  toolsHeading: 'Tools',
  insertTemplate: 'Insert example table',
  insertTemplateHint: 'Adds a new sheet with a ready indicator table to fill in.',
  removeAssessment: 'Remove assessment',
  removeHint: 'Removes what Målkoll wrote: the columns beside the tables and the summary.',
  removeTitle: 'Remove the assessment?',
  removeText:
    "Målkoll's four columns beside the tables and the Summary sheet are removed. Your own cells and the Metod sheet are not changed. Excel clears its undo history when sheets are deleted.",
  removeConfirm: 'Remove',
  cancel: 'Cancel',
  working: 'Working …',
  parametersHeading: 'Parameters (Metod sheet)',
  parametersIntro:
    'The thresholds the assessment uses. They are saved on the Metod sheet so that they travel with the workbook.',
  parametersMissingSheet:
    'The workbook has no Metod sheet yet. It is created with these values when you save or assess.',
  goalRulePoints: 'points',
  goalRuleWorstTwo: 'worst two',
  rangeMessage: (min, max) => `Enter a number from ${fmt(min, 'en')} to ${fmt(max, 'en')}.`,
  notANumber: 'Enter a number, for example 0.8 or 80 %.',
  atMost: (other) => `Must not be greater than ${other}.`,
  saveParameters: 'Save parameters',
  fixBeforeSaving: 'Correct the marked values before saving.',
  resetDefaults: 'Restore defaults',
  helpHeading: 'How Målkoll assesses',
  loading: 'Loading …',
  demoSheetsHeading: 'The example workbook',
  demoSheetsHint:
    "This is how the sheets look after the assessment. Målkoll's columns are at the right of the tables.",
  demoSheetTabs: 'Sheets of the example workbook',
  demoSheetTable: (sheet) => `Sheet ${sheet}`,
  demoNotAssessed: 'Press Assess the workbook to see the result in the sheets.',
  demoCompact: "Show only the indicator and Målkoll's columns",
};

export const STRINGS: Record<Lang, Strings> = { sv, en };

/** Numbers as the language writes them: "0,8" in Swedish, "0.8" in English. */
export function fmt(value: number, lang: Lang, digits = 2): string {
  return value.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: digits,
  });
}
