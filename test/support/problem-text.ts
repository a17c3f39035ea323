/** A problem in words, as a face shows it (without its sheet and cell). */
import type { Problem } from '../../src/engine/types';
import { problemText } from '../../src/text';

export const svText = (p: Problem): string => problemText(p, 'sv');
export const enText = (p: Problem): string => problemText(p, 'en');
