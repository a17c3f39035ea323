/** §3.5 manual (Sakkunnig bedömning): only the expert can judge. */
import { notAssessed } from './common';
import type { RuleOutcome } from './types';

export function assessManual(): RuleOutcome {
  return notAssessed({ kind: 'manual' });
}
