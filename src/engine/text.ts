/** Text from cells: trimmed, and compared without regard to case (§5). */

/** Trimmed text, or null when empty or not text at all. */
export function cleanText(x: unknown): string | null {
  if (typeof x !== 'string') return null;
  const trimmed = x.trim();
  return trimmed === '' ? null : trimmed;
}

/** The key goals, focus areas and owners are grouped by; '' stands for "none given". */
export function groupKey(text: string | null): string {
  return text === null ? '' : text.toLowerCase();
}

const INNER_SPACE = /\s+/g;

/** For status words: trimmed, inner runs of space as one, lower case. */
export function foldWord(text: string): string {
  return text.trim().replace(INNER_SPACE, ' ').toLowerCase();
}

/** A name as first spelled, and the key it groups by. */
export interface Spelling {
  name: string;
  key: string;
}

/**
 * Remembers the spelling of each raw text seen, so that the thousands of rows
 * that repeat a goal, focus area or owner cost one map lookup each rather
 * than a trim and a lower-casing.
 */
export class SpellingCache {
  private readonly seen = new Map<string, Spelling | null>();

  /** null for empty or missing text. */
  spell(raw: unknown): Spelling | null {
    if (typeof raw !== 'string') return null;
    let spelling = this.seen.get(raw);
    if (spelling === undefined) {
      const name = cleanText(raw);
      spelling = name === null ? null : { name, key: groupKey(name) };
      this.seen.set(raw, spelling);
    }
    return spelling;
  }
}
