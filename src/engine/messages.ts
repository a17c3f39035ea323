/**
 * §8: problem messages in plain Swedish (or English) that say what is wrong and
 * what to do. The cell is carried by the Problem itself; codes are stable.
 */
import { formatNumber, formatValue, neededDecimals } from './format';
import { pattern, type Fill } from './pattern';
import { RULE_LABELS } from './rules/labels';
import type { RuleIssue, ValueField } from './rules/types';
import type { IndicatorField, IndicatorInput, Lang, MixedUnits, Problem, RuleKind } from './types';

/** Problems about one indicator row that the engine finds itself (the reader reports the rest). */
export type IndicatorIssue =
  | RuleIssue
  | { code: 'missing_direction' }
  /** `needed`: the rule cannot do without a direction. */
  | { code: 'unknown_direction'; word: string; needed: boolean }
  | { code: 'unknown_rule'; word: string; used: RuleKind }
  | { code: 'needs_expert'; ruleGiven: boolean }
  | { code: 'unknown_expert_status'; word: string }
  | { code: 'mixed_units'; units: MixedUnits };

const MISSING_CODE: Record<ValueField, string> = {
  actual: 'missing_actual',
  target: 'missing_target',
  previous: 'missing_previous',
  comparison: 'missing_comparison',
  baseline: 'missing_baseline',
  baselineYear: 'missing_baseline_year',
  targetYear: 'missing_target_year',
  actualYear: 'missing_actual_year',
};

/** Slots in brackets, as in phrases.ts. */
interface Wording {
  /** [label, definite form, column header] of each value. */
  fields: Record<ValueField, [string, string, string]>;
  /** [label, name] */
  missing: Fill;
  actualFix: string;
  /** [definite form] */
  fillIn: Fill;
  /** [header, definite form] */
  addColumn: Fill;
  actualYearNoColumn: string;
  /** [name] */
  missingDirection: Fill;
  directionFix: string;
  directionAddColumn: string;
  /** [word, name] */
  unknownDirection: Fill;
  directionNeeded: string;
  /** [word, name, rule used] */
  unknownRule: Fill;
  /** [name]: higher is better, and lower is better */
  contradictionUp: Fill;
  contradictionDown: Fill;
  paceStopped: string;
  /** [name, ya, yb] */
  paceActualYear: Fill;
  /** [name, yt, yb] */
  paceTargetYear: Fill;
  /** [name] */
  paceNonPositive: Fill;
  paceNotComputable: Fill;
  needsExpertGiven: Fill;
  needsExpertInferred: Fill;
  /** [word, name] */
  unknownExpert: Fill;
  /** [word, goal] */
  unknownGoalExpert: Fill;
  /**
   * [Unmarked value's definite form, its number, name, marked value's
   * definite form, it shown as a percentage, the unmarked as a percentage,
   * the marked as a plain number]
   */
  mixedUnits: Fill;
  /** [goal, first focus area, other focus area] */
  focusAreaConflict: Fill;
  quote: Fill;
}

const SV: Wording = {
  fields: {
    actual: ['Utfall', 'utfallet', 'Utfall'],
    target: ['Målvärde', 'målvärdet', 'Målvärde'],
    previous: ['Föregående utfall', 'föregående utfall', 'Föregående utfall'],
    comparison: ['Jämförelsevärde', 'jämförelsevärdet', 'Jämförelsevärde'],
    baseline: ['Startvärde', 'startvärdet', 'Startvärde'],
    baselineYear: ['Startår', 'startåret', 'Startår'],
    targetYear: ['Målår', 'målåret', 'Målår'],
    actualYear: ['Utfallsår', 'utfallsåret', 'Utfallsår'],
  },
  missing: pattern('{0} saknas för {1}, så indikatorn kan inte bedömas.'),
  actualFix: 'Fyll i utfallet när det finns.',
  fillIn: pattern('Fyll i {0}.'),
  addColumn: pattern('Lägg till en kolumn {0} och fyll i {1}.'),
  actualYearNoColumn:
    'Lägg till en kolumn Utfallsår, eller skriv året i utfallskolumnens rubrik (t.ex. ”Utfall 2024”).',
  missingDirection: pattern('Önskad riktning saknas för {0}, så indikatorn kan inte bedömas.'),
  directionFix: 'Skriv Öka eller Minska i kolumnen Önskad riktning.',
  directionAddColumn: 'Lägg till en kolumn Önskad riktning och skriv Öka eller Minska.',
  unknownDirection: pattern('Riktningen {0} för {1} känns inte igen. Skriv Öka eller Minska.'),
  directionNeeded: 'Utan riktning kan indikatorn inte bedömas.',
  unknownRule: pattern(
    'Ambitionsnivån {0} för {1} känns inte igen, så {2} används. Skriv Målvärde, Förbättring, Jämförelse, Takt eller Manuell.',
  ),
  contradictionUp: pattern(
    'Riktningen stämmer inte med start- och målvärde för {0}: med önskad riktning Öka borde målvärdet vara högre än startvärdet. Rätta riktningen, startvärdet eller målvärdet.',
  ),
  contradictionDown: pattern(
    'Riktningen stämmer inte med start- och målvärde för {0}: med önskad riktning Minska borde målvärdet vara lägre än startvärdet. Rätta riktningen, startvärdet eller målvärdet.',
  ),
  paceStopped: 'Takten kan inte bedömas förrän det är rättat.',
  paceActualYear: pattern(
    'Takt mot målet för {0} kräver att utfallsåret ({1}) är senare än startåret ({2}). Rätta startåret, eller vänta på ett senare utfall.',
  ),
  paceTargetYear: pattern(
    'Takt mot målet för {0} kräver att målåret ({1}) är senare än startåret ({2}). Rätta målåret eller startåret.',
  ),
  paceNonPositive: pattern(
    'Takt kan inte beräknas för värden ≤ 0 ({0}). Välj ambitionsnivån Målvärde i stället.',
  ),
  paceNotComputable: pattern(
    'Takten för {0} kan inte beräknas med de här värdena. Välj ambitionsnivån Målvärde i stället.',
  ),
  needsExpertGiven: pattern(
    '{0} har ambitionsnivån Manuell och kräver sakkunnig bedömning. Fyll i Sakkunnig bedömning (Uppfyllt, Delvis uppfyllt eller Ej uppfyllt).',
  ),
  needsExpertInferred: pattern(
    '{0} saknar målvärde, jämförelsevärde och föregående utfall och kan därför bara bedömas av sakkunnig. Fyll i något av dem, eller Sakkunnig bedömning.',
  ),
  unknownExpert: pattern(
    'Sakkunnig bedömning {0} för {1} känns inte igen, så den beräknade bedömningen gäller. Skriv Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan inte bedömas.',
  ),
  unknownGoalExpert: pattern(
    'Sakkunnig bedömning {0} för målet {1} känns inte igen, så den beräknade bedömningen gäller. Skriv Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan inte bedömas.',
  ),
  mixedUnits: pattern(
    '{0} {1} för {2} är skrivet utan procenttecken, men {3} är {4}, så enheterna blandas och indikatorn kan inte bedömas. Skriv {5}, eller skriv {3} som {6}.',
  ),
  focusAreaConflict: pattern(
    'Målet {0} har redan fokusområdet {1}, så {2} på den här raden används inte. Skriv samma fokusområde på målets alla rader.',
  ),
  quote: pattern('”{0}”'),
};

const EN: Wording = {
  fields: {
    actual: ['The actual value', 'the actual value', 'Actual'],
    target: ['The target', 'the target', 'Target'],
    previous: ['The previous value', 'the previous value', 'Previous'],
    comparison: ['The comparison value', 'the comparison value', 'Comparison'],
    baseline: ['The baseline', 'the baseline', 'Baseline'],
    baselineYear: ['The baseline year', 'the baseline year', 'Baseline year'],
    targetYear: ['The target year', 'the target year', 'Target year'],
    actualYear: ['The year of the actual value', 'the year of the actual value', 'Year of actual'],
  },
  missing: pattern('{0} is missing for {1}, so the indicator cannot be assessed.'),
  actualFix: 'Enter the actual value when it is available.',
  fillIn: pattern('Enter {0}.'),
  addColumn: pattern('Add a column {0} and enter {1}.'),
  actualYearNoColumn:
    'Add a column Year of actual, or write the year in the header of the outcome column (e.g. "Actual 2024").',
  missingDirection: pattern(
    'The desired direction is missing for {0}, so the indicator cannot be assessed.',
  ),
  directionFix: 'Write Increase or Decrease in the Direction column.',
  directionAddColumn: 'Add a column Direction and write Increase or Decrease.',
  unknownDirection: pattern(
    'The direction {0} for {1} is not recognised. Write Increase or Decrease.',
  ),
  directionNeeded: 'Without a direction the indicator cannot be assessed.',
  unknownRule: pattern(
    'The rule {0} for {1} is not recognised, so {2} is used. Write Target, Trend, Comparison, Pace or Manual.',
  ),
  contradictionUp: pattern(
    'The direction does not match the baseline and target of {0}: with the direction Increase the target should be higher than the baseline. Correct the direction, the baseline or the target.',
  ),
  contradictionDown: pattern(
    'The direction does not match the baseline and target of {0}: with the direction Decrease the target should be lower than the baseline. Correct the direction, the baseline or the target.',
  ),
  paceStopped: 'The pace cannot be assessed until this is corrected.',
  paceActualYear: pattern(
    'Pace towards the target for {0} needs the year of the actual value ({1}) to be after the baseline year ({2}). Correct the baseline year, or wait for a later outcome.',
  ),
  paceTargetYear: pattern(
    'Pace towards the target for {0} needs the target year ({1}) to be after the baseline year ({2}). Correct the target year or the baseline year.',
  ),
  paceNonPositive: pattern(
    'Pace cannot be computed for values ≤ 0 ({0}). Choose the rule Target instead.',
  ),
  paceNotComputable: pattern(
    'The pace of {0} cannot be computed from these values. Choose the rule Target instead.',
  ),
  needsExpertGiven: pattern(
    '{0} has the rule Manual and needs an expert assessment. Fill in Expert assessment (Met, Partly met or Not met).',
  ),
  needsExpertInferred: pattern(
    '{0} has no target, comparison value or previous value and can therefore only be assessed by an expert. Fill in one of them, or Expert assessment.',
  ),
  unknownExpert: pattern(
    'The expert assessment {0} for {1} is not recognised, so the computed status stands. Write Met, Partly met, Not met or Cannot be assessed.',
  ),
  unknownGoalExpert: pattern(
    'The expert assessment {0} for the goal {1} is not recognised, so the computed status stands. Write Met, Partly met, Not met or Cannot be assessed.',
  ),
  mixedUnits: pattern(
    '{0} {1} for {2} is written without a percent sign, but {3} is {4}, so the units are mixed and the indicator cannot be assessed. Write {5}, or write {3} as {6}.',
  ),
  focusAreaConflict: pattern(
    'The goal {0} already has the focus area {1}, so {2} on this row is not used. Write the same focus area on all rows of the goal.',
  ),
  quote: pattern('"{0}"'),
};

const WORDING: Record<Lang, Wording> = { sv: SV, en: EN };

const MAX_NAME = 80;

/** Names are quoted in messages; a very long one is cut so the message stays readable. */
export function quote(name: string, lang: Lang): string {
  const text = typeof name === 'string' ? name : '';
  const short = text.length > MAX_NAME ? text.slice(0, MAX_NAME - 1) + '…' : text;
  return WORDING[lang].quote(short);
}

/** Two sentences as one flat string. */
function sentences(first: string, second: string): string {
  return [first, second].join(' ');
}

function hasColumn(ind: IndicatorInput, field: IndicatorField): boolean {
  return typeof ind.cells[field] === 'string';
}

function missingValue(field: ValueField, name: string, ind: IndicatorInput, w: Wording): string {
  const [label, definite, header] = w.fields[field];
  const what = w.missing(label, name);
  if (field === 'actual') return sentences(what, w.actualFix);
  if (hasColumn(ind, field)) return sentences(what, w.fillIn(definite));
  if (field === 'actualYear') return sentences(what, w.actualYearNoColumn);
  return sentences(what, w.addColumn(header, definite));
}

function wordIt(issue: IndicatorIssue, name: string, ind: IndicatorInput, lang: Lang): string {
  const w = WORDING[lang];
  switch (issue.code) {
    case 'missing_value':
      return missingValue(issue.field, name, ind, w);
    case 'missing_direction':
      return sentences(
        w.missingDirection(name),
        hasColumn(ind, 'direction') ? w.directionFix : w.directionAddColumn,
      );
    case 'unknown_direction': {
      const message = w.unknownDirection(quote(issue.word, lang), name);
      return issue.needed ? sentences(message, w.directionNeeded) : message;
    }
    case 'unknown_rule':
      return w.unknownRule(quote(issue.word, lang), name, RULE_LABELS[issue.used][lang]);
    case 'direction_contradiction': {
      const message = (issue.direction === 1 ? w.contradictionUp : w.contradictionDown)(name);
      return issue.stopsPace ? sentences(message, w.paceStopped) : message;
    }
    case 'pace_actual_year_order':
      return w.paceActualYear(name, String(issue.ya), String(issue.yb));
    case 'pace_target_year_order':
      return w.paceTargetYear(name, String(issue.yt), String(issue.yb));
    case 'pace_nonpositive':
      return w.paceNonPositive(name);
    case 'pace_not_computable':
      return w.paceNotComputable(name);
    case 'needs_expert':
      return (issue.ruleGiven ? w.needsExpertGiven : w.needsExpertInferred)(name);
    case 'unknown_expert_status':
      return w.unknownExpert(quote(issue.word, lang), name);
    case 'mixed_units':
      return mixedUnitsMessage(issue.units, name, w, lang);
  }
}

/** "Utfallet 88 … men målvärdet är 90 % … Skriv 88 %, eller skriv målvärdet som 90." */
function mixedUnitsMessage(u: MixedUnits, name: string, w: Wording, lang: Lang): string {
  const definite = w.fields[u.field][1];
  const markedDefinite = w.fields[u.markedField][1];
  const plain = (x: number) => formatNumber(x, neededDecimals(x), lang);
  const asPercent = (x: number) => formatValue(x / 100, neededDecimals(x), true, lang);
  const marked = u.markedValue * 100;
  return w.mixedUnits(
    definite.charAt(0).toUpperCase() + definite.slice(1),
    plain(u.value),
    name,
    markedDefinite,
    asPercent(marked),
    asPercent(u.value),
    plain(marked),
  );
}

function issueCode(issue: IndicatorIssue): string {
  return issue.code === 'missing_value' ? MISSING_CODE[issue.field] : issue.code;
}

/** The cell a problem points at (§8): the field's own cell where the table has it. */
function issueCell(issue: IndicatorIssue, ind: IndicatorInput): string {
  const c = ind.cells;
  switch (issue.code) {
    case 'missing_value':
      return c[issue.field] ?? c.indicator;
    case 'missing_direction':
    case 'unknown_direction':
      return c.direction ?? c.indicator;
    case 'direction_contradiction':
      return c.direction ?? c.target ?? c.indicator;
    case 'unknown_rule':
    case 'pace_nonpositive':
    case 'pace_not_computable':
      return c.rule ?? c.indicator;
    case 'pace_actual_year_order':
      return c.baselineYear ?? c.indicator;
    case 'pace_target_year_order':
      return c.targetYear ?? c.indicator;
    case 'needs_expert':
    case 'unknown_expert_status':
      return c.expert ?? c.indicator;
    case 'mixed_units':
      return issue.units.cell;
  }
}

export function indicatorProblem(issue: IndicatorIssue, ind: IndicatorInput, lang: Lang): Problem {
  return {
    severity: 'warning',
    sheet: ind.sheet,
    cell: issueCell(issue, ind),
    message: wordIt(issue, quote(ind.name, lang), ind, lang),
    code: issueCode(issue),
  };
}

/** A row of the goal or activity table, for problems found while grouping (§5). */
export interface RowPlace {
  sheet: string;
  cell: string;
}

export function focusAreaConflict(
  place: RowPlace,
  goal: string,
  first: string,
  other: string,
  lang: Lang,
): Problem {
  const message = WORDING[lang].focusAreaConflict(
    quote(goal, lang),
    quote(first, lang),
    quote(other, lang),
  );
  return { severity: 'warning', ...place, message, code: 'focus_area_conflict' };
}

export function unknownGoalExpertStatus(
  place: RowPlace,
  goal: string,
  word: string,
  lang: Lang,
): Problem {
  const message = WORDING[lang].unknownGoalExpert(quote(word, lang), quote(goal, lang));
  return { severity: 'warning', ...place, message, code: 'unknown_goal_expert_status' };
}
