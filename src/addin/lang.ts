/** The add-in's language: Swedish unless Office itself speaks another language. */
import type { Lang } from '../engine';

interface OfficeLike {
  context?: { displayLanguage?: string };
}

/**
 * English when Office's display language is known and not Swedish ("sv-SE",
 * "sv-FI"); Swedish when it is unknown or the pane runs outside Office.
 */
export function officeLang(): Lang {
  let language: string | undefined;
  try {
    const office = (globalThis as { Office?: OfficeLike }).Office;
    language = office?.context?.displayLanguage;
  } catch {
    // Office.context throws before Office.onReady in some hosts: treat as unknown.
    language = undefined;
  }
  if (!language) return 'sv';
  return language.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
