/** §2: the desired direction of an indicator. */
import type { Direction } from './types';

/**
 * As given; if not given and both baseline and target are present and differ,
 * the sign of t − b; otherwise unknown (null).
 */
export function resolveDirection(
  given: Direction | null,
  b: number | null,
  t: number | null,
): Direction | null {
  if (given === 1 || given === -1) return given;
  if (b !== null && t !== null && t !== b) return t > b ? 1 : -1;
  return null;
}
