/**
 * What the ribbon command passes to the outcome dialog: the message, whether
 * the assessment went through, and the language, all in the page's query
 * string (the dialog is a separate window with its own runtime).
 */
import type { Lang } from '../../engine';

export interface DialogContent {
  lang: Lang;
  ok: boolean;
  message: string;
}

/** Keeps the address well below what hosts accept; a summary is one line anyway. */
const MAX_MESSAGE_LENGTH = 1500;

export function dialogUrl(pageUrl: string, content: DialogContent): string {
  const url = new URL(pageUrl);
  url.searchParams.set('lang', content.lang);
  url.searchParams.set('ok', content.ok ? '1' : '0');
  url.searchParams.set('message', content.message.slice(0, MAX_MESSAGE_LENGTH));
  return url.href;
}

/** Reads the content back from the dialog page's `location.search`; unknown values fall back safely. */
export function readDialogContent(search: string): DialogContent {
  const params = new URLSearchParams(search);
  return {
    lang: params.get('lang') === 'en' ? 'en' : 'sv',
    ok: params.get('ok') === '1',
    message: params.get('message') ?? '',
  };
}
