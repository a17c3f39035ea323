/** The names of the rules (ambitionsnivåer) as officials write them in the ambition column. */
import type { RuleKind } from '../types';

export const RULE_LABELS: Readonly<Record<RuleKind, { sv: string; en: string }>> = {
  target: { sv: 'Målvärde', en: 'Target' },
  trend: { sv: 'Förbättring', en: 'Trend' },
  comparison: { sv: 'Jämförelse', en: 'Comparison' },
  pace: { sv: 'Takt', en: 'Pace' },
  manual: { sv: 'Manuell', en: 'Manual' },
};
