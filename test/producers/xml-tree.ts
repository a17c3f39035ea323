/** A small namespace-aware XML tree (saxes underneath) for checking OOXML parts in tests. */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XmlElement {
  /** Local name, e.g. "sheetData". */
  local: string;
  /** Namespace URI ("" for none). */
  uri: string;
  /** Attributes by their name as written (prefix:local). */
  attrs: Record<string, string>;
  /** Attributes by namespace URI and local name ("uri|local", "|local" without a namespace). */
  attrsNS: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses well-formed XML; throws on anything else. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('opentag', (tag: SaxesTagNS) => {
    const el: XmlElement = {
      local: tag.local,
      uri: tag.uri,
      attrs: {},
      attrsNS: {},
      children: [],
      text: '',
    };
    for (const attr of Object.values(tag.attributes)) {
      el.attrs[attr.name] = attr.value;
      if (attr.prefix !== 'xmlns' && attr.name !== 'xmlns') {
        el.attrsNS[`${attr.uri}|${attr.local}`] = attr.value;
      }
    }
    if (stack.length > 0) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.on('cdata', (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** An attribute without a namespace, by local name. */
export function attr(el: XmlElement, local: string): string | undefined {
  return el.attrsNS[`|${local}`];
}

/**
 * The element as a string that ignores how it was serialised: attribute
 * order, namespace prefixes, whitespace between elements.
 */
export function canonical(el: XmlElement): string {
  const attrs = Object.keys(el.attrsNS)
    .sort()
    .map((k) => `${k}=${JSON.stringify(el.attrsNS[k])}`)
    .join(' ');
  const text = el.children.length > 0 ? el.text.trim() : el.text;
  return `<{${el.uri}}${el.local} ${attrs}>${text}${el.children.map(canonical).join('')}</>`;
}
