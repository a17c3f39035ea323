/**
 * The data of the bundled example, Exempelkommun's follow-up at tertial 2 2024,
 * written so that an official can read it: goals, indicators with their
 * outcomes per period, activities. example-workbook.ts lays it out as cells.
 *
 * The figures are invented but of the kind Swedish municipalities report
 * (Kolada, SCB, their own surveys); the Kolada ids are Kolada's real ones. Many indicators are annual and lag, so
 * their T2 2024 column is empty; emissions lag two years.
 */

export const FOCUS_AREAS = [
  'Hållbar vardag',
  'Hållbar hälsa',
  'Hållbar gemenskap',
  'Hållbar kompetens',
  'Hållbar natur',
] as const;

export type FocusArea = (typeof FOCUS_AREAS)[number];

/** The outcome columns, oldest first. */
export const PERIODS = ['Utfall 2021', 'Utfall 2022', 'Utfall 2023', 'Utfall T2 2024'] as const;

/** The council's goals (kommunfullmäktiges mål). */
export const GOAL = {
  service: 'Invånarna är nöjda med kommunens service',
  housing: 'Det byggs fler bostäder i hela kommunen',
  health: 'Invånarna har goda förutsättningar för en god hälsa',
  elderly: 'Äldre känner sig trygga och har inflytande över sin vardag',
  participation: 'Fler invånare är delaktiga i kommunens utveckling',
  culture: 'Kultur- och föreningslivet är rikt och tillgängligt för alla',
  selfSupport: 'Fler invånare är självförsörjande',
  civilSociety: 'Kommunen har ett nära samarbete med civilsamhället',
  school: 'Alla elever når behörighet till gymnasieskolan',
  employer: 'Kommunen är en attraktiv arbetsgivare',
  fossilFree: 'Kommunens verksamheter är fossilfria 2030',
  waste: 'Avfallet minskar och mer återvinns',
  nature: 'Den biologiska mångfalden värnas',
} as const;

export interface ExampleGoal {
  name: string;
  focusArea: FocusArea;
  /** The sakkunnig's own judgement of the goal, where given. */
  expert?: string;
  analysis?: string;
}

export const GOALS: ExampleGoal[] = [
  {
    name: GOAL.service,
    focusArea: 'Hållbar vardag',
    analysis: 'E-tjänsten för bygglov har kortat handläggningstiden tydligt.',
  },
  { name: GOAL.housing, focusArea: 'Hållbar vardag' },
  {
    name: GOAL.health,
    focusArea: 'Hållbar hälsa',
    analysis: 'Andelen ekologiska livsmedel ökar men långsammare än planerat på grund av priserna.',
  },
  { name: GOAL.elderly, focusArea: 'Hållbar hälsa' },
  { name: GOAL.participation, focusArea: 'Hållbar gemenskap' },
  { name: GOAL.culture, focusArea: 'Hållbar gemenskap' },
  { name: GOAL.selfSupport, focusArea: 'Hållbar gemenskap' },
  {
    // No indicator follows this goal: the sakkunnig judges it alone.
    name: GOAL.civilSociety,
    focusArea: 'Hållbar gemenskap',
    expert: 'Delvis uppfyllt',
    analysis:
      'Överenskommelsen med civilsamhället revideras under hösten. Samverkansrådet har ' +
      'mötts tre gånger, men formerna för idéburet offentligt partnerskap är ännu inte på plats.',
  },
  {
    name: GOAL.school,
    focusArea: 'Hållbar kompetens',
    analysis: 'Insatserna för läsförståelse i årskurs 4–6 väntas ge effekt först om några år.',
  },
  { name: GOAL.employer, focusArea: 'Hållbar kompetens' },
  { name: GOAL.fossilFree, focusArea: 'Hållbar natur' },
  { name: GOAL.waste, focusArea: 'Hållbar natur' },
  { name: GOAL.nature, focusArea: 'Hållbar natur' },
];

/**
 * How a figure is shown. For percentages the figures below are written as
 * percent (82.5 means 82,5 %); the workbook stores them as Excel does.
 */
export type Unit = 'procent' | 'procent, en decimal' | 'antal' | 'en decimal';

/** A figure, null where it is not (yet) published, or the text someone typed instead. */
export type Figure = number | string | null;

export interface ExampleIndicator {
  goal: string;
  name: string;
  /**
   * The KPI's id in Kolada (§12), for the indicators that are Kolada figures:
   * "Hämta från Kolada" fills their empty full-year columns and Rikssnitt.
   */
  kolada?: string;
  /** Responsible committee, on the sheet that has a Nämnd column. */
  owner?: string;
  /** Ambitionsnivå: Målvärde, Förbättring, Jämförelse, Takt or Manuell; empty to let Målkoll infer it. */
  rule?: string;
  /** Önskad riktning: Öka or Minska. */
  direction?: string;
  unit: Unit;
  baseline?: number;
  baselineYear?: number;
  target?: number;
  targetYear?: number;
  /** Rikssnitt (the national average) for the latest outcome. */
  comparison?: number;
  /** One figure per column of PERIODS. */
  values: [Figure, Figure, Figure, Figure];
  /** Sakkunnig bedömning: overrides what Målkoll computes. */
  expert?: string;
  comment?: string;
}

const KS = 'Kommunstyrelsen';
const BUN = 'Barn- och utbildningsnämnden';
const SBN = 'Samhällsbyggnadsnämnden';
const KFN = 'Kultur- och fritidsnämnden';

/** Kommunstyrelsen's sheet: an Excel table with a Nämnd column. */
export const KOMMUNSTYRELSEN: ExampleIndicator[] = [
  {
    goal: GOAL.service,
    name: 'Nöjd-Medborgar-Index (NMI)',
    owner: KS,
    rule: 'Jämförelse',
    direction: 'Öka',
    unit: 'antal',
    comparison: 55,
    values: [53, 54, 56, null],
  },
  {
    goal: GOAL.service,
    name: 'Andel som får svar på e-post inom en arbetsdag',
    owner: KS,
    rule: 'Målvärde',
    direction: 'Öka',
    unit: 'procent',
    target: 90,
    values: [79, 84, 86, 88],
  },
  {
    goal: GOAL.service,
    name: 'Handläggningstid för bygglov, median (dagar)',
    owner: SBN,
    rule: 'Målvärde',
    direction: 'Minska',
    unit: 'antal',
    target: 28,
    values: [41, 36, 31, 27],
  },
  {
    goal: GOAL.housing,
    name: 'Antal färdigställda bostäder',
    owner: SBN,
    rule: 'Förbättring',
    direction: 'Öka',
    unit: 'antal',
    values: [42, 61, 38, null],
    comment: 'Två större projekt har skjutits upp till 2025 på grund av räntorna.',
  },
  {
    goal: GOAL.housing,
    name: 'Antal bostäder i detaljplaner som vunnit laga kraft',
    owner: SBN,
    rule: 'Målvärde',
    direction: 'Öka',
    unit: 'antal',
    target: 300,
    values: [180, 220, 260, 275],
  },
  {
    goal: GOAL.health,
    name: 'Andel invånare med bra självskattat hälsotillstånd',
    owner: KS,
    rule: 'Jämförelse',
    direction: 'Öka',
    unit: 'procent',
    comparison: 67,
    values: [66, null, 68, null],
  },
  {
    goal: GOAL.health,
    name: 'Andel ekologiska livsmedel i kommunens verksamheter',
    kolada: 'U07514',
    owner: KS,
    rule: 'Målvärde',
    direction: 'Öka',
    unit: 'procent',
    baseline: 28,
    baselineYear: 2019,
    target: 40,
    values: [31, 33, 36, 38],
  },
  {
    goal: GOAL.health,
    name: 'Besök i kommunens idrottsanläggningar per invånare',
    owner: KFN,
    rule: 'Förbättring',
    direction: 'Öka',
    unit: 'en decimal',
    values: [7.2, 9.8, 10.4, null],
  },
  {
    goal: GOAL.participation,
    name: 'Nöjd-Inflytande-Index (NII)',
    owner: KS,
    rule: 'Jämförelse',
    direction: 'Öka',
    unit: 'antal',
    comparison: 40,
    values: [38, 37, 36, null],
  },
  {
    goal: GOAL.participation,
    name: 'Antal medborgardialoger',
    owner: KS,
    rule: 'Manuell',
    unit: 'antal',
    values: [4, 6, 9, 5],
    expert: 'Uppfyllt',
    comment: 'Dialogerna om den nya översiktsplanen nådde många unga, också på landsbygden.',
  },
  {
    goal: GOAL.culture,
    name: 'Deltagartillfällen i föreningslivet per invånare 7–20 år',
    owner: KFN,
    rule: 'Förbättring',
    direction: 'Öka',
    unit: 'en decimal',
    values: [28.1, 30.5, 31.9, null],
  },
  {
    // No rule given: Målkoll infers Jämförelse from the Rikssnitt.
    goal: GOAL.culture,
    name: 'Utlån på biblioteken per invånare',
    owner: KFN,
    direction: 'Öka',
    unit: 'en decimal',
    comparison: 3.9,
    values: [4.1, 4.3, 4.2, null],
  },
  {
    goal: GOAL.school,
    name: 'Andel elever i åk 9 som är behöriga till gymnasieskolan',
    kolada: 'N15428',
    owner: BUN,
    rule: 'Målvärde',
    direction: 'Öka',
    unit: 'procent, en decimal',
    baseline: 78,
    baselineYear: 2020,
    target: 90,
    values: [80.2, 82.5, 79.4, null],
    comment: 'Årskullen 2023 var liten och hade många nyanlända elever.',
  },
  {
    goal: GOAL.school,
    name: 'Genomsnittligt meritvärde i åk 9',
    kolada: 'N15507',
    owner: BUN,
    rule: 'Jämförelse',
    direction: 'Öka',
    unit: 'en decimal',
    comparison: 229.8,
    values: [221.5, 225, 224.1, null],
  },
  {
    goal: GOAL.school,
    name: 'Andel gymnasieelever med examen inom fyra år',
    kolada: 'N17457',
    owner: BUN,
    rule: 'Förbättring',
    direction: 'Öka',
    unit: 'procent',
    values: [68, 71, 74, null],
  },
  {
    goal: GOAL.employer,
    name: 'Sjukfrånvaro bland kommunens medarbetare',
    owner: KS,
    rule: 'Målvärde',
    direction: 'Minska',
    unit: 'procent, en decimal',
    baseline: 9.1,
    baselineYear: 2021,
    target: 6.5,
    values: [9.1, 8.8, 8.3, 7.9],
    expert: 'Delvis uppfyllt',
    comment:
      'Sjukfrånvaron minskar för tredje året i rad och den korta sjukfrånvaron är lägre än ' +
      'före pandemin. Målvärdet är långsiktigt; takten bedöms som godtagbar.',
  },
  {
    goal: GOAL.employer,
    name: 'Hållbart medarbetarengagemang (HME)',
    owner: KS,
    rule: 'Målvärde',
    direction: 'Öka',
    unit: 'antal',
    target: 80,
    values: [78, 79, 79, null],
  },
  {
    goal: GOAL.employer,
    name: 'Andel medarbetare med heltidsanställning',
    owner: KS,
    rule: 'Takt',
    direction: 'Öka',
    unit: 'procent',
    baseline: 72,
    baselineYear: 2019,
    target: 90,
    targetYear: 2030,
    values: [76, 78, 81, 82],
  },
  {
    goal: GOAL.fossilFree,
    name: 'Växthusgasutsläpp per invånare (ton koldioxidekvivalenter)',
    kolada: 'N00401',
    owner: KS,
    rule: 'Takt',
    direction: 'Minska',
    unit: 'en decimal',
    baseline: 5.4,
    baselineYear: 2018,
    target: 2,
    targetYear: 2030,
    values: [4.9, 4.6, null, null],
  },
  {
    goal: GOAL.fossilFree,
    name: 'Andel förnybar energi i kommunens verksamheter',
    owner: KS,
    rule: 'Takt',
    direction: 'Öka',
    unit: 'procent',
    baseline: 61,
    baselineYear: 2018,
    target: 100,
    targetYear: 2030,
    values: [70, 74, 79, null],
  },
  {
    goal: GOAL.fossilFree,
    name: 'Andel miljöbilar i kommunens fordonsflotta',
    owner: KS,
    rule: 'Målvärde',
    direction: 'Öka',
    unit: 'procent',
    target: 60,
    values: [38, 44, 52, null],
  },
  {
    goal: GOAL.waste,
    name: 'Hushållsavfall per invånare (kg)',
    owner: SBN,
    rule: 'Takt',
    direction: 'Minska',
    unit: 'antal',
    baseline: 468,
    baselineYear: 2019,
    target: 400,
    targetYear: 2030,
    values: [455, 449, 447, null],
  },
  {
    goal: GOAL.waste,
    name: 'Andel matavfall som samlas in separat',
    owner: SBN,
    rule: 'Målvärde',
    direction: 'Öka',
    unit: 'procent',
    target: 75,
    values: [70, 74, 77, null],
  },
  {
    goal: GOAL.nature,
    name: 'Andel skyddad natur av kommunens landareal',
    kolada: 'N85054',
    owner: SBN,
    rule: 'Takt',
    direction: 'Öka',
    unit: 'procent, en decimal',
    baseline: 3.1,
    baselineYear: 2018,
    target: 5,
    targetYear: 2030,
    values: [3.2, 3.2, 3.3, null],
  },
  {
    // The national figure for 2022 has not been entered yet.
    goal: GOAL.nature,
    name: 'Andel invånare som har nära till natur och grönområden',
    owner: SBN,
    rule: 'Jämförelse',
    direction: 'Öka',
    unit: 'procent',
    values: [null, 81, 'saknas', null],
  },
];

/** Socialnämnden's sheet: a plain block of cells under a header row, no Nämnd column. */
export const SOCIALNAMNDEN: ExampleIndicator[] = [
  {
    goal: GOAL.elderly,
    name: 'Andel brukare i särskilt boende som känner sig trygga',
    rule: 'Jämförelse',
    direction: 'Öka',
    unit: 'procent',
    comparison: 85,
    values: [86, 83, 86, null],
  },
  {
    goal: GOAL.elderly,
    name: 'Antal personal som en hemtjänsttagare möter under 14 dagar',
    rule: 'Målvärde',
    direction: 'Minska',
    unit: 'antal',
    target: 12,
    values: [16, 15, 14, null],
  },
  {
    goal: GOAL.elderly,
    name: 'Väntetid till särskilt boende, medelvärde (dagar)',
    kolada: 'U23401',
    rule: 'Förbättring',
    direction: 'Minska',
    unit: 'antal',
    values: [62, 54, 71, null],
    comment: 'Ett boende stängdes för renovering under våren 2023.',
  },
  {
    goal: GOAL.selfSupport,
    name: 'Andel vuxna biståndsmottagare med långvarigt ekonomiskt bistånd',
    rule: 'Målvärde',
    direction: 'Minska',
    unit: 'procent',
    target: 30,
    values: [36, 34, 31, 29],
  },
  {
    goal: GOAL.selfSupport,
    name: 'Andel deltagare i arbetsmarknadsinsatser som gått vidare till arbete eller studier',
    rule: 'Målvärde',
    direction: 'Öka',
    unit: 'procent',
    target: 40,
    values: [31, 35, 38, null],
  },
  {
    // The desired direction was never filled in: Målkoll says so.
    goal: GOAL.selfSupport,
    name: 'Antal hushåll som får ekonomiskt bistånd',
    rule: 'Förbättring',
    unit: 'antal',
    values: [212, 198, 187, 180],
  },
];

export const ACTIVITY_STATUSES = [
  'Genomförd',
  'Pågående',
  'Planerad',
  'Ej påbörjad',
  'Försenad',
  'Inställd',
] as const;

export interface ExampleActivity {
  activity: string;
  goal: string;
  owner: string;
  status: (typeof ACTIVITY_STATUSES)[number];
}

export const ACTIVITIES: ExampleActivity[] = [
  { activity: 'E-tjänst för bygglovsansökan', goal: GOAL.service, owner: SBN, status: 'Genomförd' },
  {
    activity: 'Rutin för svar på e-post inom en arbetsdag',
    goal: GOAL.service,
    owner: KS,
    status: 'Genomförd',
  },
  {
    activity: 'Detaljplan för Norra strandområdet',
    goal: GOAL.housing,
    owner: SBN,
    status: 'Pågående',
  },
  {
    activity: 'Markanvisning för hyresrätter i centralorten',
    goal: GOAL.housing,
    owner: SBN,
    status: 'Försenad',
  },
  { activity: 'Folkhälsoenkät till invånarna', goal: GOAL.health, owner: KS, status: 'Planerad' },
  {
    activity: 'Måltidsplan med fler ekologiska råvaror',
    goal: GOAL.health,
    owner: KS,
    status: 'Pågående',
  },
  {
    activity: 'Trygghetsvandringar på de särskilda boendena',
    goal: GOAL.elderly,
    owner: 'Socialnämnden',
    status: 'Genomförd',
  },
  {
    activity: 'Mindre arbetsgrupper i hemtjänsten',
    goal: GOAL.elderly,
    owner: 'Socialnämnden',
    status: 'Pågående',
  },
  {
    activity: 'Medborgardialog om ny översiktsplan',
    goal: GOAL.participation,
    owner: KS,
    status: 'Genomförd',
  },
  { activity: 'Kommunalt ungdomsråd', goal: GOAL.participation, owner: KS, status: 'Inställd' },
  {
    activity: 'Föreningsbidrag för lovaktiviteter',
    goal: GOAL.culture,
    owner: KFN,
    status: 'Genomförd',
  },
  {
    activity: 'Jobbspår inom vård och omsorg',
    goal: GOAL.selfSupport,
    owner: 'Socialnämnden',
    status: 'Pågående',
  },
  {
    activity: 'Revidera överenskommelsen med civilsamhället',
    goal: GOAL.civilSociety,
    owner: KS,
    status: 'Pågående',
  },
  {
    activity: 'Samverkansråd med föreningslivet',
    goal: GOAL.civilSociety,
    owner: KS,
    status: 'Genomförd',
  },
  { activity: 'Läxhjälp på biblioteken', goal: GOAL.school, owner: KFN, status: 'Pågående' },
  {
    activity: 'Språkutvecklande arbetssätt i förskolan',
    goal: GOAL.school,
    owner: BUN,
    status: 'Ej påbörjad',
  },
  {
    activity: 'Heltid som norm i vård och omsorg',
    goal: GOAL.employer,
    owner: KS,
    status: 'Pågående',
  },
  {
    activity: 'Energieffektivisering av kommunhuset',
    goal: GOAL.fossilFree,
    owner: KS,
    status: 'Försenad',
  },
  { activity: 'Solceller på tre skolor', goal: GOAL.fossilFree, owner: KS, status: 'Genomförd' },
  { activity: 'Insamling av textilier', goal: GOAL.waste, owner: SBN, status: 'Planerad' },
  { activity: 'Naturvårdsplan', goal: GOAL.nature, owner: SBN, status: 'Ej påbörjad' },
];
