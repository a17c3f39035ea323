/** sharedStrings.xml: each item's text, rich text runs joined, phonetic runs left out. */
import { SaxesParser } from 'saxes';
import { ooxmlUnescape } from './xml';

export function readSharedStrings(text: string | null): string[] {
  if (!text) return [];
  const strings: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  parser.on('opentag', (tag) => {
    if (tag.local === 'si') current = '';
    else if (tag.local === 'rPh') phonetic++;
    else if (tag.local === 't' && current !== null && phonetic === 0) inText = true;
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'si' && current !== null) {
      strings.push(ooxmlUnescape(current));
      current = null;
    } else if (tag.local === 'rPh') phonetic--;
    else if (tag.local === 't') inText = false;
  });
  const onText = (t: string) => {
    if (inText && current !== null) current += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(text).close();
  return strings;
}
