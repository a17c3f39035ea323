/** §3: choosing and applying an indicator's rule. */
import type { RuleKind } from '../types';
import type { Values } from '../values';
import { assessComparison } from './comparison';
import { assessManual } from './manual';
import { assessPace } from './pace';
import { assessTarget } from './target';
import { assessTrend } from './trend';
import type { RuleContext, RuleOutcome } from './types';

/** As given, else target if `t`, comparison if `c`, trend if `p`, else manual. */
export function chooseRule(given: RuleKind | null, v: Values): RuleKind {
  if (given !== null && Object.hasOwn(RULES, given)) return given;
  if (v.t !== null) return 'target';
  if (v.c !== null) return 'comparison';
  if (v.p !== null) return 'trend';
  return 'manual';
}

const RULES: Record<RuleKind, (ctx: RuleContext) => RuleOutcome> = {
  target: assessTarget,
  trend: assessTrend,
  comparison: assessComparison,
  pace: assessPace,
  manual: assessManual,
};

export function applyRule(rule: RuleKind, ctx: RuleContext): RuleOutcome {
  return RULES[rule](ctx);
}

export { RULE_LABELS } from './labels';
export type { Blocker, RuleContext, RuleIssue, RuleOutcome, ValueField } from './types';
