/** §3.6: the words a sakkunnig may write to overrule a computed status. */
import { foldWord } from './text';
import type { Status } from './types';

/** Recognised in any case; the first word of each list is the one Målkoll suggests. */
export const EXPERT_WORDS: Readonly<Record<Status, readonly string[]>> = {
  met: ['Uppfyllt', 'Helt uppfyllt', 'Uppnått', 'Grön', 'Ja', 'Met'],
  partly_met: ['Delvis uppfyllt', 'Delvis uppnått', 'Delvis', 'Gul', 'Partly met'],
  not_met: ['Ej uppfyllt', 'Inte uppfyllt', 'Ej uppnått', 'Röd', 'Nej', 'Not met'],
  not_assessed: [
    'Kan inte bedömas',
    'Ej bedömd',
    'Ej bedömt',
    'Grå',
    'Cannot be assessed',
    'Not assessed',
  ],
};

const STATUS_BY_WORD = new Map<string, Status>();
for (const status of Object.keys(EXPERT_WORDS) as Status[]) {
  for (const word of EXPERT_WORDS[status]) STATUS_BY_WORD.set(foldWord(word), status);
}

/** The status an expert word stands for, or null when the text is not one of §3.6's words. */
export function parseStatusWord(text: string | null | undefined): Status | null {
  if (typeof text !== 'string') return null;
  return STATUS_BY_WORD.get(foldWord(text)) ?? null;
}

export interface ExpertReading {
  /** The recognised status, or null. */
  readonly status: Status | null;
  /** Text was written but is not a recognised word: a warning, and the computed status stands. */
  readonly unrecognised: boolean;
}

/* Shared, frozen readings: this runs for every indicator and need not allocate. */
const NO_EXPERT: ExpertReading = Object.freeze({ status: null, unrecognised: false });
const UNRECOGNISED: ExpertReading = Object.freeze({ status: null, unrecognised: true });
const READING = Object.fromEntries(
  Object.keys(EXPERT_WORDS).map((s) => [s, Object.freeze({ status: s, unrecognised: false })]),
) as Record<Status, ExpertReading>;

export function readExpertStatus(text: string | null | undefined): ExpertReading {
  if (typeof text !== 'string' || text.trim() === '') return NO_EXPERT;
  const status = parseStatusWord(text);
  return status === null ? UNRECOGNISED : READING[status];
}
