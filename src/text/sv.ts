/** Swedish, the default language: every user text of Målkoll's problems. */
import { DEFAULT_PARAMETERS, PARAMETER_SPECS, type ParameterKey } from '../engine/parameters';
import { RULE_LABELS } from '../engine/rules/labels';
import type { ProblemParams, UnitField } from '../engine/types';
import { unitForms } from './units';
import { cutName } from './cut';
import type { HostFailure, Texts } from './types';

const q = (text: string | undefined) => `”${text ?? ''}”`;
const name = (p: ProblemParams) => q(cutName(p.name));
const number = (value: number) => String(value).replace('.', ',').replace('-', '−');
/** The cell's value as written: a number the Swedish way, else its text. */
const shown = (p: ProblemParams) => (p.value === undefined ? (p.text ?? '') : number(p.value));

function parameterName(key: ParameterKey | undefined): string {
  return PARAMETER_SPECS.find((s) => s.key === key)?.sv ?? String(key);
}

function allowed(key: ParameterKey | undefined): string {
  if (key === 'goalRule') return 'poäng eller två sämsta';
  const spec = PARAMETER_SPECS.find((s) => s.key === key);
  return `${number(spec?.min ?? 0)}–${number(spec?.max ?? 0)}`;
}

function fallback(key: ParameterKey | undefined): string {
  const value = key ? DEFAULT_PARAMETERS[key] : undefined;
  return typeof value === 'number' ? number(value) : 'poäng';
}

/** "Målvärde saknas för ”X”, …" and what to do: fill it in, or add its column. */
function missing(label: string, definite: string, header: string) {
  return (p: ProblemParams) =>
    `${label} saknas för ${name(p)}, så indikatorn kan inte bedömas. ` +
    (p.hasColumn ? `Fyll i ${definite}.` : `Lägg till en kolumn ${header} och fyll i ${definite}.`);
}

const EXPERT_WORDS = 'Skriv Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan inte bedömas.';

/** Excel's own codes that say more than what was being done. */
const HOST_CODES: Record<string, (sheet: string | null) => string> = {
  InvalidOperationInCellEditMode: () =>
    'Excel väntar på att du avslutar redigeringen av en cell. Tryck Enter eller Esc och försök igen.',
  RequestPayloadSizeLimitExceeded: () =>
    'Arbetsboken är för stor för att skrivas på en gång i Excel på webben. Försök i Excel för skrivbordet.',
  ResponsePayloadSizeLimitExceeded: () =>
    'Arbetsboken är för stor för att läsas på en gång i Excel på webben. Försök i Excel för skrivbordet.',
  ItemNotFound: (sheet) =>
    `Ett blad, en tabell eller ett namn som Målkoll läste${sheet ? ` (bladet ${q(sheet)})` : ''} finns inte längre. Bedöm arbetsboken igen.`,
  ItemAlreadyExists: (sheet) =>
    `Ett blad eller namn som Målkoll ville skapa${sheet ? ` (${q(sheet)})` : ''} finns redan. Bedöm arbetsboken igen.`,
  UndoNotSupported: () =>
    'Excel kunde inte göra ändringen som ett enda steg att ångra, så Målkoll avbröt den. Uppdatera Excel och försök igen; hjälper inte det, kontakta den som ger stöd för Målkoll.',
  MergedRangeConflict: (sheet) =>
    `Sammanfogade celler${sheet ? ` på bladet ${q(sheet)}` : ''} ligger där Målkoll ska skriva. Dela upp dem och bedöm igen.`,
};

const HOST_FAILURES: Record<HostFailure, (sheet: string | null) => string> = {
  read: () =>
    'Målkoll kunde inte läsa arbetsboken. Avsluta redigeringen av en cell (tryck Enter eller Esc) och försök igen.',
  write: (sheet) =>
    `Målkoll kunde inte skriva i arbetsboken${sheet ? ` (bladet ${q(sheet)})` : ''}. Kontrollera att arbetsboken inte är skrivskyddad och bedöm igen.`,
  select: (sheet) =>
    `Målkoll kunde inte gå till cellen${sheet ? ` på bladet ${q(sheet)}` : ''}. Bladet kan ha bytt namn eller tagits bort; bedöm igen.`,
  readOnly: () =>
    'Arbetsboken är skrivskyddad (öppnad som skrivskyddad eller bara för visning). Välj Redigera arbetsbok i Excel och försök igen.',
  structure: () =>
    'Arbetsbokens struktur är skyddad, så Målkoll kunde inte lägga till eller byta namn på sina blad. Ta bort skyddet (Granska → Skydda arbetsbok) och försök igen.',
  protected: (sheet) =>
    `Bladet ${q(sheet ?? '')} är skyddat, så Målkoll kunde inte skriva där. Ta bort bladskyddet (Granska → Ta bort skydd) och bedöm igen.`,
};

function hostError(failure: HostFailure, code: string, sheet: string | null): string {
  const specific = failure === 'protected' ? undefined : HOST_CODES[code];
  const message = (specific ?? HOST_FAILURES[failure])(sheet);
  return code === 'Unknown' ? message : `${message} (Excels felkod: ${code})`;
}

const DEFINITE: Record<UnitField, string> = {
  actual: 'utfallet',
  previous: 'föregående utfall',
  baseline: 'startvärdet',
  target: 'målvärdet',
  comparison: 'jämförelsevärdet',
};

export const sv: Texts = {
  quote: q,
  number,
  hostError,
  invalidParameter: ({ key, kind, otherKey }) =>
    kind === 'out_of_order'
      ? `${parameterName(key)} får inte vara större än ${parameterName(otherKey)}.`
      : `${parameterName(key)} måste vara ${allowed(key)}.`,
  errors: (n) => `${n} fel`,
  warnings: (n) => `${n} ${n === 1 ? 'varning' : 'varningar'}`,
  list: (items) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`,
  problems: {
    // The engine's (§3–§5).
    missing_actual: (p) =>
      `Utfall saknas för ${name(p)}, så indikatorn kan inte bedömas. Fyll i utfallet när det finns.`,
    missing_target: missing('Målvärde', 'målvärdet', 'Målvärde'),
    missing_previous: missing('Föregående utfall', 'föregående utfall', 'Föregående utfall'),
    missing_comparison: missing('Jämförelsevärde', 'jämförelsevärdet', 'Jämförelsevärde'),
    missing_baseline: missing('Startvärde', 'startvärdet', 'Startvärde'),
    missing_baseline_year: missing('Startår', 'startåret', 'Startår'),
    missing_target_year: missing('Målår', 'målåret', 'Målår'),
    missing_actual_year: (p) =>
      p.hasColumn
        ? missing('Utfallsår', 'utfallsåret', 'Utfallsår')(p)
        : `Utfallsår saknas för ${name(p)}, så indikatorn kan inte bedömas. ` +
          'Lägg till en kolumn Utfallsår, eller skriv året i utfallskolumnens rubrik (t.ex. ”Utfall 2024”).',
    missing_direction: (p) =>
      `Önskad riktning saknas för ${name(p)}, så indikatorn kan inte bedömas. ` +
      (p.hasColumn
        ? 'Skriv Öka eller Minska i kolumnen Önskad riktning.'
        : 'Lägg till en kolumn Önskad riktning och skriv Öka eller Minska.'),
    unknown_direction: (p) =>
      `Riktningen ${q(cutName(p.word))} för ${name(p)} känns inte igen. Skriv Öka eller Minska.` +
      (p.needed ? ' Utan riktning kan indikatorn inte bedömas.' : ''),
    unknown_rule: (p) =>
      `Ambitionsnivån ${q(cutName(p.word))} för ${name(p)} känns inte igen, så ` +
      `${RULE_LABELS[p.rule ?? 'target'].sv} används. ` +
      'Skriv Målvärde, Förbättring, Jämförelse, Takt eller Manuell.',
    direction_contradiction: (p) =>
      `Riktningen stämmer inte med start- och målvärde för ${name(p)}: med önskad riktning ` +
      (p.direction === -1
        ? 'Minska borde målvärdet vara lägre än startvärdet.'
        : 'Öka borde målvärdet vara högre än startvärdet.') +
      ' Rätta riktningen, startvärdet eller målvärdet.' +
      (p.stopsPace ? ' Takten kan inte bedömas förrän det är rättat.' : ''),
    pace_actual_year_order: (p) =>
      `Takt mot målet för ${name(p)} kräver att utfallsåret (${p.year}) är senare än startåret ` +
      `(${p.baselineYear}). Rätta startåret, eller vänta på ett senare utfall.`,
    pace_target_year_order: (p) =>
      `Takt mot målet för ${name(p)} kräver att målåret (${p.year}) är senare än startåret ` +
      `(${p.baselineYear}). Rätta målåret eller startåret.`,
    pace_nonpositive: (p) =>
      `Takt kan inte beräknas för värden ≤ 0 (${name(p)}). Välj ambitionsnivån Målvärde i stället.`,
    pace_not_computable: (p) =>
      `Takten för ${name(p)} kan inte beräknas med de här värdena. Välj ambitionsnivån Målvärde i stället.`,
    needs_expert: (p) =>
      p.ruleGiven
        ? `${name(p)} har ambitionsnivån Manuell och kräver sakkunnig bedömning. ` +
          'Fyll i Sakkunnig bedömning (Uppfyllt, Delvis uppfyllt eller Ej uppfyllt).'
        : `${name(p)} saknar målvärde, jämförelsevärde och föregående utfall och kan därför ` +
          'bara bedömas av sakkunnig. Fyll i något av dem, eller Sakkunnig bedömning.',
    unknown_expert_status: (p) =>
      `Sakkunnig bedömning ${q(cutName(p.word))} för ${name(p)} känns inte igen, så den ` +
      `beräknade bedömningen gäller. ${EXPERT_WORDS}`,
    unknown_goal_expert_status: (p) =>
      `Sakkunnig bedömning ${q(cutName(p.word))} för målet ${q(cutName(p.goal))} känns inte igen, ` +
      `så den beräknade bedömningen gäller. ${EXPERT_WORDS}`,
    mixed_units: (p) => {
      const [plain, percent] = unitForms(p.value ?? 0, p.markedValue ?? 0, 'sv');
      const definite = DEFINITE[p.field ?? 'actual'];
      const marked = DEFINITE[p.markedField ?? 'target'];
      return (
        `${definite.charAt(0).toUpperCase()}${definite.slice(1)} ${plain.value} för ${name(p)} är ` +
        `skrivet utan procenttecken, men ${marked} är ${percent.marked}, så enheterna blandas och ` +
        `indikatorn kan inte bedömas. Skriv ${percent.value}, eller skriv ${marked} som ${plain.marked}.`
      );
    },
    focus_area_conflict: (p) =>
      `Målet ${q(cutName(p.goal))} har redan fokusområdet ${q(cutName(p.firstFocusArea))}, så ` +
      `${q(cutName(p.otherFocusArea))} på den här raden används inte. ` +
      'Skriv samma fokusområde på målets alla rader.',

    // The reader's (§7, §8).
    error_value: (p) =>
      `Cellen innehåller felvärdet ${p.text} och räknas som tom. ` +
      'Rätta formeln eller det den hämtar, eller lämna cellen tom.',
    unreadable_number: (p) =>
      `${q(p.text)} är inte ett tal. Skriv ett tal (t.ex. 12,5) eller lämna cellen tom.`,
    date_in_number: (p) =>
      `Cellen innehåller ett datum (${p.text}) där det ska stå ett tal och räknas som tom. ` +
      'Skriv ett tal och ge cellen talformat i stället för datumformat.',
    boolean_in_number: (p) =>
      `Cellen innehåller ${p.text === 'TRUE' ? 'SANT' : 'FALSKT'} där det ska stå ett tal ` +
      'och räknas som tom. Skriv ett tal eller lämna cellen tom.',
    unreadable_year: (p) =>
      `${q(p.text)} är inte ett årtal. Skriv ett årtal med fyra siffror (t.ex. 2030) eller lämna cellen tom.`,
    invalid_weight: (p) =>
      `Vikten ${q(shown(p))} är inte ett tal större än 0, så vikten 1 används. ` +
      'Skriv ett tal större än 0 eller lämna cellen tom.',
    duplicate_column: (p) =>
      `Kolumnen ${q(p.header)} anger samma uppgift som kolumnen i ${p.other} och läses inte. ` +
      'Ta bort en av kolumnerna eller byt rubrik på den.',
    invalid_parameter: (p) =>
      `${q(shown(p))} är inte tillåtet för ${parameterName(p.key)} (tillåtet: ${allowed(p.key)}), ` +
      `så standardvärdet ${fallback(p.key)} används. Skriv ett tillåtet värde.`,
    parameters_out_of_order: (p) =>
      `${parameterName(p.key)} får inte vara större än ${parameterName(p.otherKey)}, så ` +
      `standardvärdena ${fallback(p.key)} och ${fallback(p.otherKey)} används för båda. ` +
      `Ändra värdena så att ${parameterName(p.key)} är högst ${parameterName(p.otherKey)}.`,

    unknown_kolada_kpi: (p) =>
      `Kolada känner inte till nyckeltalet ${q(p.text ?? '')}. Kontrollera id:t på kolada.se ` +
      '(t.ex. N15428) eller töm cellen.',
    unknown_kolada_kommun: (p) =>
      `Kolada känner inte till kommunen ${q(p.text ?? '')}. Skriv kommunkoden (t.ex. 2260) eller ` +
      'kommunens namn som Kolada skriver det (t.ex. Ånge). Inget hämtades från Kolada.',
    uncalculated_formula: (p) =>
      `Formeln ${p.text} har inget uträknat värde (filen är sparad av ett program som inte ` +
      'räknar ut formler), så cellen räknas som tom. Öppna arbetsboken i Excel och spara den.',

    // Writing's (§9) and the pre-write check's.
    no_room: (p) =>
      (p.blocked === 'past_last_column'
        ? 'Bedömningen kunde inte skrivas bredvid tabellen: bladet tar slut vid kolumn XFD och ' +
          'fyra kolumner behövs till höger om tabellen. Flytta tabellen åt vänster och kör bedömningen igen.'
        : `Bedömningen kunde inte skrivas bredvid tabellen: kolumnerna ${p.columns} behövs men ` +
          `cell ${p.other} innehåller annat. Flytta det som står där (eller tabellen) och kör ` +
          'bedömningen igen.') + ` Resultaten för tabellen finns ändå på bladet ${p.summary}.`,
    summary_renamed: (p) =>
      `Bladet ${p.sheet} är ditt eget, så sammanställningen skrevs till bladet ${p.summary} i ` +
      `stället. Byt namn på ditt blad om du vill att sammanställningen ska heta ${p.sheet}.`,
    history_renamed: (p) =>
      `Bladet ${p.sheet} är ditt eget, så uppföljningarnas historik skrevs till bladet ${p.summary} ` +
      `i stället. Byt namn på ditt blad om du vill att historiken ska heta ${p.sheet}.`,
    sheet_protected: (p) =>
      p.summary !== undefined
        ? 'Bedömningen kunde inte skrivas bredvid tabellen eftersom bladet är skyddat. Ta bort ' +
          'bladskyddet och kör bedömningen igen. ' +
          `Resultaten för tabellen finns ändå på bladet ${p.summary}.`
        : `Bladet ${q(p.sheet)} är skyddat. Ta bort bladskyddet (Granska → Ta bort skydd) och bedöm ` +
          'igen; inget skrevs på det bladet.',
    workbook_structure_protected: (p) =>
      `Arbetsbokens struktur är skyddad, så Målkoll kunde inte lägga till bladet ${q(p.sheet)}. ` +
      'Det som hör till tabellerna skrevs. Ta bort skyddet (Granska → Skydda arbetsbok) och bedöm igen.',
    merged_cells: (p) =>
      `Cellerna ${p.range} på bladet ${q(p.sheet)} är sammanfogade där Målkoll ska skriva` +
      `${p.table ? ` (tabellen ${q(p.table)})` : ''}. Dela upp dem (Start → Sammanfoga och ` +
      `centrera → Dela upp celler) och bedöm igen; inget skrevs ` +
      `${p.wholeSheet ? 'på det bladet' : 'i det området'}.`,
  },
};
