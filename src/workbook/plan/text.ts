/** Excel's limit on the characters in one cell (§9). */
export const MAX_CELL_TEXT = 32_767;

/**
 * Cuts text to what one cell holds, never through the middle of a character
 * that takes two UTF-16 units (emoji and the like).
 */
export function cutText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const last = text.charCodeAt(MAX_CELL_TEXT - 1);
  const splitsPair = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, splitsPair ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT);
}

/** Text for a cell, or null for no text. */
export function textForCell(text: string | null | undefined): string | null {
  return text ? cutText(text) : null;
}
