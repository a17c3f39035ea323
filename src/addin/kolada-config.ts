/**
 * Where the task pane reaches Kolada: the "url" of kolada.json beside the
 * add-in's pages, which IT can edit on the server without a rebuild (for
 * example to a same-origin proxy path such as "/kolada/v3"); Kolada itself
 * when the file is missing or unreadable.
 */
import { DEFAULT_KOLADA_URL, type FetchLike } from '../kolada';

export const KOLADA_CONFIG_FILE = 'kolada.json';

export async function koladaUrl(fetch: FetchLike, page = pageBase()): Promise<string> {
  try {
    const response = await fetch(new URL(KOLADA_CONFIG_FILE, page).toString());
    if (!response.ok) return DEFAULT_KOLADA_URL;
    const body = JSON.parse(await response.text()) as { url?: unknown };
    const url = typeof body?.url === 'string' ? body.url.trim() : '';
    return url === '' ? DEFAULT_KOLADA_URL : url;
  } catch {
    return DEFAULT_KOLADA_URL;
  }
}

function pageBase(): string {
  const page = (globalThis as { location?: { href?: string } }).location;
  return page?.href ?? 'http://localhost/';
}
