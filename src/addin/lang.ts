/**
 * The add-in's language: Office's display language (Swedish unless Office
 * speaks another language) until the official switches in the pane, then the
 * switch, for the pane and the ribbon alike. Where the ribbon command runs in
 * the pane's runtime (SharedRuntime) it sees the switch through this module;
 * elsewhere through localStorage, which both runtimes of our origin share.
 */
import type { Lang } from '../engine/types';

interface OfficeLike {
  context?: { displayLanguage?: string };
}

const STORAGE_KEY = 'malkoll.lang';

let chosen: Lang | null = null;

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
  return languageLang(language) ?? 'sv';
}

/** "sv-SE" → sv, "en-US" → en; null when there is no language. */
export function languageLang(language: string | null | undefined): Lang | null {
  if (!language) return null;
  return language.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/** The official's switch in the pane; it holds until switched again. */
export function chooseLang(lang: Lang): void {
  chosen = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be refused (privacy settings); the switch still holds in this runtime.
  }
}

/** The language of everything the official sees now: the switch, else Office's. */
export function currentLang(): Lang {
  return chosen ?? storedLang() ?? officeLang();
}

function storedLang(): Lang | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'sv' || stored === 'en' ? stored : null;
  } catch {
    return null;
  }
}

/** For tests: forget the switch. */
export function forgetLangChoice(): void {
  chosen = null;
  try {
    globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored, nothing to forget
  }
}
