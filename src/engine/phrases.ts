/**
 * The wording of the reason sentences (§9 Motivering), one phrasebook per
 * language. Numbers arrive already formatted; reason.ts picks the phrase.
 */
import { pattern, type Fill } from './pattern';
import type { ValueField } from './rules/types';
import type { Direction, Lang } from './types';

/** Slots are named in brackets: [a, t, dir] means {0} = actual, {1} = target, {2} = direction words. */
export interface Phrases {
  better: Record<Direction, string>;
  /** [a, t, dir] */
  targetEqual: Fill;
  targetBetter: Fill;
  targetWorse: Fill;
  /** [a, t, dir, share of the way, b] */
  targetShareOfWay: Fill;
  /** [a, t, dir, b] */
  targetWorseThanBaseline: Fill;
  /** [a, t, dir, fulfilment] */
  targetFulfilment: Fill;
  /** [a, p, dir] */
  trendBetter: Fill;
  trendWorse: Fill;
  trendSame: Fill;
  /** [a, c, dir] */
  comparisonBetter: Fill;
  comparisonLevel: Fill;
  /** [a, c, band, dir] */
  comparisonPartly: Fill;
  comparisonWorse: Fill;
  /** [a, ya, t, yt, dir] */
  paceReached: Fill;
  paceReachedEqual: Fill;
  paceHold: Fill;
  paceWords: { onTrack: string; moderate: string; insufficient: string; away: string };
  /** [pace word, b, yb, a, ya, R, t, yt, dir] */
  pace: Fill;
  /** [pace word, b, yb, a, ya, t, yt, dir] */
  paceAway: Fill;
  /** [why] */
  notAssessed: Fill;
  /** [the missing things, already listed] */
  missingOne: Fill;
  missingMany: Fill;
  and: string;
  fieldNames: Record<ValueField | 'direction', string>;
  contradiction: string;
  paceYears: string;
  paceNonPositive: string;
  paceNotComputable: string;
  mixedUnits: string;
  manual: string;
  /** [sentence, final status, computed status] */
  expert: Fill;
  /** [met, total] with total = 1 and total > 1 */
  goalCountOne: Fill;
  goalCountMany: Fill;
  /** [number] */
  goalPartly: Fill;
  goalNotMetOne: Fill;
  goalNotMetMany: Fill;
  goalNotAssessed: Fill;
  goalNoIndicators: string;
  goalNoneRanked: string;
  /** [ranked, total, needed share] */
  goalLowCoverage: Fill;
}

const SV: Phrases = {
  better: { 1: 'högre är bättre', [-1]: 'lägre är bättre' },
  targetEqual: pattern('Utfall {0} når målvärdet {1} ({2}).'),
  targetBetter: pattern('Utfall {0} är bättre än målvärdet {1} ({2}).'),
  targetWorse: pattern('Utfall {0} är sämre än målvärdet {1} ({2}).'),
  targetShareOfWay: pattern(
    'Utfall {0} är sämre än målvärdet {1} ({2}); {3} av vägen från startvärdet {4}.',
  ),
  targetWorseThanBaseline: pattern(
    'Utfall {0} är sämre än målvärdet {1} ({2}); sämre än startvärdet {3}.',
  ),
  targetFulfilment: pattern('Utfall {0} är sämre än målvärdet {1} ({2}); måluppfyllelse {3}.'),
  trendBetter: pattern('Utfall {0} är bättre än föregående utfall {1} ({2}).'),
  trendWorse: pattern('Utfall {0} är sämre än föregående utfall {1} ({2}).'),
  trendSame: pattern('Utfall {0} är i stort sett oförändrat mot föregående utfall {1} ({2}).'),
  comparisonBetter: pattern('Utfall {0} är bättre än jämförelsevärdet {1} ({2}).'),
  comparisonLevel: pattern('Utfall {0} är i nivå med jämförelsevärdet {1} ({2}).'),
  comparisonPartly: pattern('Utfall {0} är högst {2} sämre än jämförelsevärdet {1} ({3}).'),
  comparisonWorse: pattern('Utfall {0} är mer än {2} sämre än jämförelsevärdet {1} ({3}).'),
  paceReached: pattern('Utfall {0} år {1} är bättre än målvärdet {2} till {3} ({4}).'),
  paceReachedEqual: pattern('Utfall {0} år {1} når målvärdet {2} till {3} ({4}).'),
  paceHold: pattern(
    'Utfall {0} år {1} är sämre än målvärdet {2} till {3}, som är att hålla startvärdet ({4}).',
  ),
  paceWords: {
    onTrack: 'I fas',
    moderate: 'Framsteg, men takten behöver öka',
    insufficient: 'Otillräckliga framsteg',
    away: 'Utvecklingen går åt fel håll',
  },
  pace: pattern(
    '{0}: från startvärdet {1} år {2} till utfallet {3} år {4} är takten {5} av den som krävs för målvärdet {6} till {7} ({8}).',
  ),
  paceAway: pattern(
    '{0}: från startvärdet {1} år {2} till utfallet {3} år {4} har värdet rört sig bort från målvärdet {5} till {6} ({7}).',
  ),
  notAssessed: pattern('Kan inte bedömas: {0}.'),
  missingOne: pattern('{0} saknas'),
  missingMany: pattern('{0} saknas'),
  and: 'och',
  fieldNames: {
    direction: 'önskad riktning',
    actual: 'utfall',
    target: 'målvärde',
    previous: 'föregående utfall',
    comparison: 'jämförelsevärde',
    baseline: 'startvärde',
    baselineYear: 'startår',
    targetYear: 'målår',
    actualYear: 'utfallsår',
  },
  contradiction: 'riktningen stämmer inte med start- och målvärde',
  paceYears: 'utfallsåret och målåret måste vara senare än startåret',
  paceNonPositive: 'takt kan inte beräknas för värden ≤ 0',
  paceNotComputable: 'takten kan inte beräknas med de här värdena',
  mixedUnits: 'värdena är inte skrivna i samma enhet (en del i procent, en del inte)',
  manual: 'Kräver sakkunnig bedömning.',
  expert: pattern('{0} Sakkunnig bedömning: {1} (beräknat: {2}).'),
  goalCountOne: pattern('{0} av {1} indikator uppfylld'),
  goalCountMany: pattern('{0} av {1} indikatorer uppfyllda'),
  goalPartly: pattern('{0} delvis'),
  goalNotMetOne: pattern('{0} ej uppfylld'),
  goalNotMetMany: pattern('{0} ej uppfyllda'),
  goalNotAssessed: pattern('{0} kan inte bedömas'),
  goalNoIndicators: 'Målet har inga indikatorer.',
  goalNoneRanked: 'Ingen indikator kan bedömas.',
  goalLowCoverage: pattern('För få indikatorer kan bedömas ({0} av {1}; minst {2} krävs).'),
};

const EN: Phrases = {
  better: { 1: 'higher is better', [-1]: 'lower is better' },
  targetEqual: pattern('Actual {0} reaches the target {1} ({2}).'),
  targetBetter: pattern('Actual {0} is better than the target {1} ({2}).'),
  targetWorse: pattern('Actual {0} is worse than the target {1} ({2}).'),
  targetShareOfWay: pattern(
    'Actual {0} is worse than the target {1} ({2}); {3} of the way from the baseline {4}.',
  ),
  targetWorseThanBaseline: pattern(
    'Actual {0} is worse than the target {1} ({2}); worse than the baseline {3}.',
  ),
  targetFulfilment: pattern('Actual {0} is worse than the target {1} ({2}); fulfilment {3}.'),
  trendBetter: pattern('Actual {0} is better than the previous value {1} ({2}).'),
  trendWorse: pattern('Actual {0} is worse than the previous value {1} ({2}).'),
  trendSame: pattern('Actual {0} is about the same as the previous value {1} ({2}).'),
  comparisonBetter: pattern('Actual {0} is better than the comparison value {1} ({2}).'),
  comparisonLevel: pattern('Actual {0} is level with the comparison value {1} ({2}).'),
  comparisonPartly: pattern('Actual {0} is at most {2} worse than the comparison value {1} ({3}).'),
  comparisonWorse: pattern(
    'Actual {0} is more than {2} worse than the comparison value {1} ({3}).',
  ),
  paceReached: pattern('Actual {0} in {1} is better than the target {2} for {3} ({4}).'),
  paceReachedEqual: pattern('Actual {0} in {1} reaches the target {2} for {3} ({4}).'),
  paceHold: pattern(
    'Actual {0} in {1} is worse than the target {2} for {3}, which is to hold the baseline ({4}).',
  ),
  paceWords: {
    onTrack: 'On track',
    moderate: 'Progress, but the pace needs to increase',
    insufficient: 'Insufficient progress',
    away: 'Moving away from the target',
  },
  pace: pattern(
    '{0}: from the baseline {1} in {2} to the actual {3} in {4} the pace is {5} of the pace needed for the target {6} by {7} ({8}).',
  ),
  paceAway: pattern(
    '{0}: from the baseline {1} in {2} to the actual {3} in {4} the value has moved away from the target {5} for {6} ({7}).',
  ),
  notAssessed: pattern('Cannot be assessed: {0}.'),
  missingOne: pattern('{0} is missing'),
  missingMany: pattern('{0} are missing'),
  and: 'and',
  fieldNames: {
    direction: 'the desired direction',
    actual: 'the actual value',
    target: 'the target',
    previous: 'the previous value',
    comparison: 'the comparison value',
    baseline: 'the baseline',
    baselineYear: 'the baseline year',
    targetYear: 'the target year',
    actualYear: 'the year of the actual value',
  },
  contradiction: 'the direction does not match the baseline and target',
  paceYears: 'the year of the actual value and the target year must be after the baseline year',
  paceNonPositive: 'pace cannot be computed for values ≤ 0',
  paceNotComputable: 'the pace cannot be computed from these values',
  mixedUnits: 'the values are not written in the same unit (some as percentages, some not)',
  manual: 'Needs an expert assessment.',
  expert: pattern('{0} Expert assessment: {1} (computed: {2}).'),
  goalCountOne: pattern('{0} of {1} indicator met'),
  goalCountMany: pattern('{0} of {1} indicators met'),
  goalPartly: pattern('{0} partly'),
  goalNotMetOne: pattern('{0} not met'),
  goalNotMetMany: pattern('{0} not met'),
  goalNotAssessed: pattern('{0} cannot be assessed'),
  goalNoIndicators: 'The goal has no indicators.',
  goalNoneRanked: 'No indicator can be assessed.',
  goalLowCoverage: pattern('Too few indicators can be assessed ({0} of {1}; at least {2} needed).'),
};

export const PHRASES: Record<Lang, Phrases> = { sv: SV, en: EN };

/** "a, b och c" / "a, b and c". */
export function listWords(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
