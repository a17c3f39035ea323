/**
 * Does the page run inside Office, whether or not Office.js loaded? Office
 * opens an add-in's pages with `_host_Info=Excel$Win32$16.01$sv-SE$…` in the
 * address (Office.js keeps it in sessionStorage for later navigations), and
 * its webviews add their own bridges. A page that is inside Office but has
 * no Office.js must say so, never start the demo on made-up data.
 */
import type { Lang } from '../engine/types';
import { languageLang } from './lang';

export interface PageLike {
  location: { search: string; hash: string };
  sessionStorage?: { getItem(key: string): string | null };
  /** Office's bridges: WebView2 (Windows), WKWebView (Mac), IE/EdgeHTML (older Windows). */
  chrome?: { webview?: unknown };
  webkit?: { messageHandlers?: { Agave?: unknown } };
  external?: { GetContext?: unknown };
}

const HOST_INFO = /[?&#]_host_Info=([^&#]*)/i;

/** Office's host info ("Excel$Win32$16.01$sv-SE$…"), or null. */
export function hostInfo(page: PageLike): string | null {
  const match = HOST_INFO.exec(page.location.search) ?? HOST_INFO.exec(page.location.hash);
  if (match) return safeDecode(match[1]);
  try {
    return page.sessionStorage?.getItem('hostInfoValue') ?? null;
  } catch {
    return null;
  }
}

export function insideOffice(page: PageLike): boolean {
  if (hostInfo(page)) return true;
  try {
    if (page.chrome?.webview) return true;
    if (page.webkit?.messageHandlers?.Agave) return true;
    return typeof page.external?.GetContext !== 'undefined';
  } catch {
    return false;
  }
}

/** Office's display language as the host info gives it, when Office.js cannot say. */
export function hostInfoLang(page: PageLike): Lang | null {
  const info = hostInfo(page);
  const parts = info ? info.split(/[$|]/) : [];
  return languageLang(parts[3]);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
