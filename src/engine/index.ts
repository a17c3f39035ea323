/** The public face of the pure assessment engine (docs/method-spec.md §1–§6, §8). */
export { assess } from './assess';
export * from './types';
export { STATUS_LOOK, TREND_LOOK, rank, statusLabel, statusText, trendText } from './statuses';
export type { StatusLook } from './statuses';
export {
  DEFAULT_PARAMETERS,
  PARAMETER_SPECS,
  parameterKey,
  parseGoalRule,
  validateParameters,
} from './parameters';
export type { InvalidParameter, ParameterKey, ParameterSpec } from './parameters';
export { EXPERT_WORDS, parseStatusWord, readExpertStatus } from './override';
export type { ExpertReading } from './override';
export { RULE_LABELS } from './rules/labels';
export { NO_FOCUS_AREA, NO_GOAL, NO_OWNER } from './groups';
export { formatNumber, formatShare, formatRatio, formatValue } from './format';
export { TOLERANCE, gt, gte, lt } from './threshold';
