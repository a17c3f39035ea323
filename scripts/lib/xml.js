/**
 * A small, strict XML reader: enough to check an add-in manifest offline.
 * It accepts well-formed XML 1.0 without a DOCTYPE (manifests have none) and
 * rejects everything else with the line and column of the first fault:
 * unmatched or crossed tags, unquoted or repeated attributes, a stray `<` or
 * `&`, unknown entities, text or a second element outside the root.
 * Namespaces are not resolved: element names keep their prefix ("bt:Image").
 */

/** @typedef {{ name: string, attributes: Record<string, string>, children: XmlElement[], text: string, line: number }} XmlElement */

/** A fault with its place, in Swedish (sv) and English (en). */
class XmlError extends Error {
  constructor(sv, en, line, column) {
    super(`${en} (line ${line}, column ${column})`);
    this.name = 'XmlError';
    this.sv = `${sv} (rad ${line}, kolumn ${column})`;
    this.en = this.message;
    this.line = line;
    this.column = column;
  }
}

const NAME = /^[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*/;
const PREDEFINED_ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Cursor over the source that knows its line and column for messages. */
class Reader {
  constructor(source) {
    this.source = source;
    this.pos = 0;
  }

  get done() {
    return this.pos >= this.source.length;
  }

  startsWith(text) {
    return this.source.startsWith(text, this.pos);
  }

  where() {
    const before = this.source.slice(0, this.pos).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
  }

  fail(sv, en) {
    const { line, column } = this.where();
    throw new XmlError(sv, en, line, column);
  }

  skipSpace() {
    while (!this.done && /\s/.test(this.source[this.pos])) this.pos += 1;
  }

  /** Reads up to `terminator` and steps past it; `what` ([sv, en]) names the construct in the error. */
  readUntil(terminator, [svWhat, enWhat]) {
    const end = this.source.indexOf(terminator, this.pos);
    if (end < 0)
      this.fail(`${svWhat} saknar avslutande "${terminator}"`, `${enWhat} lacks "${terminator}"`);
    const text = this.source.slice(this.pos, end);
    this.pos = end + terminator.length;
    return text;
  }

  readName([svWhat, enWhat]) {
    const match = NAME.exec(this.source.slice(this.pos, this.pos + 200));
    if (!match) this.fail(`Namn väntades för ${svWhat}`, `A name was expected for ${enWhat}`);
    this.pos += match[0].length;
    return match[0];
  }
}

/** Replaces character and entity references; a bare `&` or unknown entity is an error. */
function decodeText(reader, raw, start) {
  return raw.replace(/&([^;&\s]*);?/g, (whole, ref, offset) => {
    const atRef = () => {
      reader.pos = start + offset;
      return reader;
    };
    if (!whole.endsWith(';'))
      atRef().fail('Ett "&" måste skrivas &amp;', 'A bare "&" must be written &amp;');
    if (ref in PREDEFINED_ENTITIES) return PREDEFINED_ENTITIES[ref];
    const code = /^#x[0-9a-fA-F]+$/.test(ref)
      ? parseInt(ref.slice(2), 16)
      : /^#[0-9]+$/.test(ref)
        ? parseInt(ref.slice(1), 10)
        : NaN;
    if (Number.isNaN(code) || code > 0x10ffff)
      atRef().fail(`Okänd entitet &${ref};`, `Unknown entity &${ref};`);
    return String.fromCodePoint(code);
  });
}

function readAttributes(reader, tagName) {
  const attributes = {};
  for (;;) {
    const hadSpace = /\s/.test(reader.source[reader.pos] ?? '');
    reader.skipSpace();
    if (reader.done) reader.fail(`Taggen <${tagName}> tar slut`, `The tag <${tagName}> is cut off`);
    if (reader.startsWith('/>') || reader.startsWith('>')) return attributes;
    if (!hadSpace)
      reader.fail(
        `Mellanslag saknas före attribut i <${tagName}>`,
        `Space missing before an attribute in <${tagName}>`,
      );
    const name = reader.readName([`ett attribut i <${tagName}>`, `an attribute in <${tagName}>`]);
    reader.skipSpace();
    if (!reader.startsWith('='))
      reader.fail(`Attributet ${name} saknar "="`, `The attribute ${name} lacks "="`);
    reader.pos += 1;
    reader.skipSpace();
    const quote = reader.source[reader.pos];
    if (quote !== '"' && quote !== "'")
      reader.fail(
        `Värdet för ${name} måste stå inom citattecken`,
        `The value of ${name} must be quoted`,
      );
    reader.pos += 1;
    const start = reader.pos;
    const raw = reader.readUntil(quote, [`Attributet ${name}`, `The attribute ${name}`]);
    if (raw.includes('<')) {
      reader.pos = start + raw.indexOf('<');
      reader.fail(
        `"<" får inte stå i ett attributvärde`,
        `"<" may not appear in an attribute value`,
      );
    }
    if (name in attributes)
      reader.fail(`Attributet ${name} står två gånger`, `The attribute ${name} appears twice`);
    attributes[name] = decodeText(reader, raw, start);
  }
}

/** Comments, processing instructions and (inside the root) CDATA; returns CDATA text or '' . */
function readMarkup(reader, insideRoot) {
  if (reader.startsWith('<!--')) {
    reader.pos += 4;
    const body = reader.readUntil('-->', ['En kommentar', 'A comment']);
    if (body.includes('--'))
      reader.fail('"--" får inte stå i en kommentar', '"--" may not appear in a comment');
    return '';
  }
  if (reader.startsWith('<![CDATA[')) {
    if (!insideRoot) reader.fail('CDATA utanför rotelementet', 'CDATA outside the root element');
    reader.pos += 9;
    return reader.readUntil(']]>', ['CDATA', 'CDATA']);
  }
  if (reader.startsWith('<!'))
    reader.fail(
      'DOCTYPE och deklarationer stöds inte',
      'DOCTYPE and declarations are not supported',
    );
  reader.pos += 2;
  const target = reader.readName(['en instruktion', 'a processing instruction']);
  if (target.toLowerCase() === 'xml')
    reader.fail('XML-deklarationen får bara stå först', 'The XML declaration may only come first');
  reader.readUntil('?>', ['En instruktion', 'A processing instruction']);
  return '';
}

function readText(reader) {
  const start = reader.pos;
  const next = reader.source.indexOf('<', reader.pos);
  const raw = reader.source.slice(start, next < 0 ? undefined : next);
  reader.pos = start + raw.length;
  if (raw.includes(']]>')) {
    reader.pos = start + raw.indexOf(']]>');
    reader.fail('"]]>" får inte stå i text', '"]]>" may not appear in text');
  }
  return decodeText(reader, raw, start);
}

/** Reads one element whose "<" is at the cursor, with everything inside it. */
function readElement(reader) {
  const { line } = reader.where();
  reader.pos += 1;
  const name = reader.readName(['ett element', 'an element']);
  const element = { name, attributes: readAttributes(reader, name), children: [], text: '', line };
  if (reader.startsWith('/>')) {
    reader.pos += 2;
    return element;
  }
  reader.pos += 1;
  for (;;) {
    if (reader.done)
      reader.fail(
        `<${name}> från rad ${line} stängs aldrig`,
        `<${name}> from line ${line} is never closed`,
      );
    if (reader.startsWith('</')) {
      reader.pos += 2;
      const closing = reader.readName(['en sluttagg', 'a closing tag']);
      if (closing !== name)
        reader.fail(
          `</${closing}> stänger <${name}> från rad ${line}`,
          `</${closing}> closes <${name}> from line ${line}`,
        );
      reader.skipSpace();
      if (!reader.startsWith('>'))
        reader.fail(`Sluttaggen </${name}> saknar ">"`, `The closing tag </${name}> lacks ">"`);
      reader.pos += 1;
      return element;
    }
    if (reader.startsWith('<!') || reader.startsWith('<?'))
      element.text += readMarkup(reader, true);
    else if (reader.startsWith('<')) element.children.push(readElement(reader));
    else element.text += readText(reader);
  }
}

function readProlog(reader) {
  if (reader.source.charCodeAt(0) === 0xfeff) reader.pos = 1;
  if (!/^<\?xml\s/.test(reader.source.slice(reader.pos, reader.pos + 6))) return;
  reader.pos += 5;
  const declaration = reader.readUntil('?>', ['XML-deklarationen', 'The XML declaration']);
  if (!/^\s+version\s*=\s*(["'])1\.[0-9]+\1/.test(declaration))
    reader.fail('XML-deklarationen saknar version', 'The XML declaration lacks a version');
}

/**
 * Parses `source` and returns the root element; throws XmlError at the first fault.
 * @param {string} source
 * @returns {XmlElement}
 */
function parseXml(source) {
  const reader = new Reader(source);
  readProlog(reader);
  let root = null;
  for (;;) {
    reader.skipSpace();
    if (reader.done) break;
    if (!reader.startsWith('<'))
      reader.fail('Text utanför rotelementet', 'Text outside the root element');
    if (reader.startsWith('<!') || reader.startsWith('<?')) readMarkup(reader, false);
    else if (root) reader.fail('Mer än ett rotelement', 'More than one root element');
    else root = readElement(reader);
  }
  if (!root) reader.fail('Rotelement saknas', 'The root element is missing');
  return root;
}

module.exports = { parseXml, XmlError };
