/**
 * The Motivering column (§9): one sentence per indicator with the numbers and
 * the rule, and one per goal with its counts. The wording is in phrases.ts.
 */
import {
  formatRatio,
  formatShare,
  formatShareExact,
  formatValue,
  formatYear,
  sentenceDecimals,
} from './format';
import { listWords, PHRASES, type Phrases } from './phrases';
import { isReached } from './rules/common';
import { measuresFromBaseline } from './rules/target';
import type { Blocker, RuleOutcome } from './rules/types';
import { statusLabel } from './statuses';
import { gte } from './threshold';
import type { Counts, Direction, Lang, Parameters, RuleKind, Status } from './types';
import type { Values } from './values';

export interface IndicatorReasonInput {
  rule: RuleKind;
  v: Values;
  d: Direction | null;
  percent: boolean;
  outcome: RuleOutcome;
  status: Status;
  overridden: boolean;
  params: Parameters;
}

/** What a sentence needs: its phrasebook, and its values shown with the same decimals. */
class Voice {
  readonly say: Phrases;
  private readonly decimals: number;

  constructor(
    private readonly lang: Lang,
    private readonly percent: boolean,
    x: number,
    y: number,
    z: number | null = null,
  ) {
    this.say = PHRASES[lang];
    this.decimals = sentenceDecimals(percent, x, y, z);
  }

  show(x: number): string {
    return formatValue(x, this.decimals, this.percent, this.lang);
  }
}

function targetSentence(x: IndicatorReasonInput, a: number, t: number, d: Direction, lang: Lang) {
  const b = x.v.b;
  const reached = isReached(a, t, d);
  const fromBaseline = !reached && measuresFromBaseline(b, t, d);
  const v = new Voice(lang, x.percent, a, t, fromBaseline ? b : null);
  const [sa, st, dir] = [v.show(a), v.show(t), v.say.better[d]];
  if (reached) return (a === t ? v.say.targetEqual : v.say.targetBetter)(sa, st, dir);
  const f = x.outcome.fulfilment;
  if (f === null) return v.say.targetWorse(sa, st, dir);
  if (!fromBaseline) return v.say.targetFulfilment(sa, st, dir, formatShare(f, lang));
  const sb = v.show(b as number);
  if (f < 0) return v.say.targetWorseThanBaseline(sa, st, dir, sb);
  return v.say.targetShareOfWay(sa, st, dir, formatShare(f, lang), sb);
}

function trendSentence(x: IndicatorReasonInput, a: number, p: number, d: Direction, lang: Lang) {
  const v = new Voice(lang, x.percent, a, p);
  const { say } = v;
  const fill =
    x.outcome.status === 'met'
      ? say.trendBetter
      : x.outcome.status === 'not_met'
        ? say.trendWorse
        : say.trendSame;
  return fill(v.show(a), v.show(p), say.better[d]);
}

function comparisonSentence(
  x: IndicatorReasonInput,
  a: number,
  c: number,
  d: Direction,
  lang: Lang,
) {
  const v = new Voice(lang, x.percent, a, c);
  const { say } = v;
  const [sa, sc, dir] = [v.show(a), v.show(c), say.better[d]];
  switch (x.outcome.status) {
    case 'met':
      return (d * (a - c) > 0 ? say.comparisonBetter : say.comparisonLevel)(sa, sc, dir);
    case 'partly_met':
      return say.comparisonPartly(sa, sc, bandText(x.params, lang), dir);
    default:
      return say.comparisonWorse(sa, sc, bandText(x.params, lang), dir);
  }
}

function bandText(params: Parameters, lang: Lang): string {
  return formatShareExact(params.comparisonBand, lang);
}

function paceWord(say: Phrases, r: number, params: Parameters): string {
  if (gte(r, params.paceOnTrack)) return say.paceWords.onTrack;
  if (gte(r, params.paceModerate)) return say.paceWords.moderate;
  return gte(r, 0) ? say.paceWords.insufficient : say.paceWords.away;
}

function paceSentence(x: IndicatorReasonInput, d: Direction, lang: Lang): string {
  const { a, ya, b, yb, t, yt } = x.v as { [K in keyof Values]: number };
  const v = new Voice(lang, x.percent, a, b, t);
  const dir = v.say.better[d];
  const [sa, sb, st] = [v.show(a), v.show(b), v.show(t)];
  const [sya, syb, syt] = [formatYear(ya, lang), formatYear(yb, lang), formatYear(yt, lang)];
  if (isReached(a, t, d)) {
    return (a === t ? v.say.paceReachedEqual : v.say.paceReached)(sa, sya, st, syt, dir);
  }
  const r = x.outcome.paceRatio;
  if (r === null) return v.say.paceHold(sa, sya, st, syt, dir);
  const word = paceWord(v.say, r, x.params);
  if (!gte(r, 0)) return v.say.paceAway(word, sb, syb, sa, sya, st, syt, dir);
  return v.say.pace(word, sb, syb, sa, sya, formatRatio(r, lang), st, syt, dir);
}

function blockedSentence(blocker: Blocker, say: Phrases): string {
  switch (blocker.kind) {
    case 'manual':
      return say.manual;
    case 'missing': {
      const names = blocker.fields.map((f) => say.fieldNames[f]);
      if (blocker.direction) names.unshift(say.fieldNames.direction);
      const missing = names.length === 1 ? say.missingOne : say.missingMany;
      return say.notAssessed(missing(listWords(names, say.and)));
    }
    case 'contradiction':
      return say.notAssessed(say.contradiction);
    case 'paceYears':
      return say.notAssessed(say.paceYears);
    case 'paceNonPositive':
      return say.notAssessed(say.paceNonPositive);
    case 'paceNotComputable':
      return say.notAssessed(say.paceNotComputable);
    case 'mixedUnits':
      return say.notAssessed(say.mixedUnits);
  }
}

/** The sentence of the computed status; the rule has been applied so its values are there. */
function computedSentence(x: IndicatorReasonInput, lang: Lang): string {
  const { outcome, v, d } = x;
  if (outcome.blocker !== null || d === null || v.a === null) {
    return blockedSentence(outcome.blocker ?? { kind: 'manual' }, PHRASES[lang]);
  }
  switch (x.rule) {
    case 'target':
      return targetSentence(x, v.a, v.t as number, d, lang);
    case 'trend':
      return trendSentence(x, v.a, v.p as number, d, lang);
    case 'comparison':
      return comparisonSentence(x, v.a, v.c as number, d, lang);
    case 'pace':
      return paceSentence(x, d, lang);
    default:
      return PHRASES[lang].manual;
  }
}

export function indicatorReason(x: IndicatorReasonInput, lang: Lang): string {
  const sentence = computedSentence(x, lang);
  if (!x.overridden) return sentence;
  const computed = statusLabel(x.outcome.status, lang);
  return PHRASES[lang].expert(sentence, statusLabel(x.status, lang), computed);
}

export interface GoalReasonInput {
  /** Counts of the goal's indicators' final statuses. */
  counts: Counts;
  computedStatus: Status;
  status: Status;
  overridden: boolean;
  minCoverage: number;
}

/** "3 av 4 indikatorer uppfyllda, 1 delvis." */
function goalCounts(c: Counts, total: number, say: Phrases): string {
  const parts = [
    (total === 1 ? say.goalCountOne : say.goalCountMany)(String(c.met), String(total)),
  ];
  if (c.partly_met > 0) parts.push(say.goalPartly(String(c.partly_met)));
  if (c.not_met > 0) {
    parts.push((c.not_met === 1 ? say.goalNotMetOne : say.goalNotMetMany)(String(c.not_met)));
  }
  if (c.not_assessed > 0) parts.push(say.goalNotAssessed(String(c.not_assessed)));
  return parts.join(', ') + '.';
}

export function goalReason(x: GoalReasonInput, lang: Lang): string {
  const say = PHRASES[lang];
  const c = x.counts;
  const total = c.met + c.partly_met + c.not_met + c.not_assessed;
  const ranked = total - c.not_assessed;
  let sentence = total === 0 ? say.goalNoIndicators : goalCounts(c, total, say);
  if (total > 0 && x.computedStatus === 'not_assessed') {
    const needed = formatShareExact(x.minCoverage, lang);
    const why =
      ranked === 0
        ? say.goalNoneRanked
        : say.goalLowCoverage(String(ranked), String(total), needed);
    sentence = `${sentence} ${why}`;
  }
  if (!x.overridden) return sentence;
  const computed = statusLabel(x.computedStatus, lang);
  return say.expert(sentence, statusLabel(x.status, lang), computed);
}
