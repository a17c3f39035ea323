/**
 * Packages built in the test from handwritten XML parts (zipped with fflate),
 * in the shapes other programs write: prefixed namespaces, absolute targets,
 * sheet parts with any name, shared and inline strings, tables, names.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export interface SheetSpec {
  name: string;
  /** The part's name in the zip, e.g. xl/worksheets/data.xml. */
  part: string;
  xml: string;
  /** Table parts: name in the zip → XML. */
  tables?: Record<string, string>;
  /** Extra parts the sheet points at: [relationship type's last segment, part, content, content type?]. */
  extra?: [string, string, string | Uint8Array, string?][];
}

export interface PackageSpec {
  sheets: SheetSpec[];
  /** The workbook's XML, with SHEETS standing for the <sheets> children (no prefix) and PFX for the prefix. */
  workbookXml?: string;
  prefix?: string;
  sharedStrings?: string;
  styles?: string;
  /** Targets written absolute (/xl/worksheets/…), as some writers do. */
  absoluteTargets?: boolean;
  /** More parts, untouched by the tests' plans. */
  parts?: Record<string, string | Uint8Array>;
  /** Parts stored with level 0 (no compression) so that entries differ in method. */
  names?: string;
  date1904?: boolean;
}

export function buildPackage(spec: PackageSpec): Buffer {
  const p = spec.prefix ?? '';
  const px = p ? `${p}:` : '';
  const ns = p ? `xmlns:${p}="${MAIN}"` : `xmlns="${MAIN}"`;
  const files: Zippable = {};
  const overrides: string[] = [];
  const rels: string[] = [];
  const target = (part: string) => (spec.absoluteTargets ? `/${part}` : part.replace(/^xl\//, ''));
  spec.sheets.forEach((sheet, i) => {
    files[sheet.part] = strToU8(sheet.xml);
    overrides.push(`<Override PartName="/${sheet.part}" ContentType="${CT}.worksheet+xml"/>`);
    rels.push(
      `<Relationship Id="rIdS${i + 1}" Type="${TYPE}/worksheet" Target="${target(sheet.part)}"/>`,
    );
    const sheetRels: string[] = [];
    Object.entries(sheet.tables ?? {}).forEach(([part, xml], k) => {
      files[part] = strToU8(xml);
      overrides.push(`<Override PartName="/${part}" ContentType="${CT}.table+xml"/>`);
      sheetRels.push(`<Relationship Id="rIdT${k + 1}" Type="${TYPE}/table" Target="/${part}"/>`);
    });
    (sheet.extra ?? []).forEach(([type, part, content, contentType], k) => {
      files[part] = typeof content === 'string' ? strToU8(content) : content;
      if (contentType)
        overrides.push(`<Override PartName="/${part}" ContentType="${contentType}"/>`);
      sheetRels.push(`<Relationship Id="rIdX${k + 1}" Type="${TYPE}/${type}" Target="/${part}"/>`);
    });
    if (sheetRels.length) {
      const slash = sheet.part.lastIndexOf('/');
      files[`${sheet.part.slice(0, slash)}/_rels/${sheet.part.slice(slash + 1)}.rels`] = strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${sheetRels.join('')}</Relationships>`,
      );
    }
  });
  if (spec.sharedStrings !== undefined) {
    files['xl/sharedStrings.xml'] = strToU8(spec.sharedStrings);
    overrides.push(
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`,
    );
    rels.push(
      `<Relationship Id="rIdSS" Type="${TYPE}/sharedStrings" Target="${target('xl/sharedStrings.xml')}"/>`,
    );
  }
  if (spec.styles !== undefined) {
    files['xl/styles.xml'] = strToU8(spec.styles);
    overrides.push(`<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`);
    rels.push(
      `<Relationship Id="rIdST" Type="${TYPE}/styles" Target="${target('xl/styles.xml')}"/>`,
    );
  }
  const sheetTags = spec.sheets
    .map((s, i) => `<${px}sheet name="${s.name}" sheetId="${i + 1}" r:id="rIdS${i + 1}"/>`)
    .join('');
  const pr = spec.date1904 ? `<${px}workbookPr date1904="1"/>` : '';
  const names = spec.names ? `<${px}definedNames>${spec.names}</${px}definedNames>` : '';
  files['xl/workbook.xml'] = strToU8(
    spec.workbookXml ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${px}workbook ${ns} xmlns:r="${REL}">${pr}<${px}bookViews><${px}workbookView activeTab="0"/></${px}bookViews><${px}sheets>${sheetTags}</${px}sheets>${names}</${px}workbook>`,
  );
  const rootRels: string[] = [];
  for (const [name, content] of Object.entries(spec.parts ?? {})) {
    files[name] = typeof content === 'string' ? strToU8(content) : content;
    // The parts that hang on the workbook or the package, as their producers link them.
    if (name === 'xl/calcChain.xml') {
      rels.push(`<Relationship Id="rIdCC" Type="${TYPE}/calcChain" Target="calcChain.xml"/>`);
      overrides.push(`<Override PartName="/xl/calcChain.xml" ContentType="${CT}.calcChain+xml"/>`);
    } else if (name === 'xl/vbaProject.bin') {
      rels.push(
        `<Relationship Id="rIdVBA" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`,
      );
    } else if (name === 'docProps/core.xml') {
      rootRels.push(
        `<Relationship Id="rIdCore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`,
      );
      overrides.push(
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
      );
    }
  }
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="${spec.absoluteTargets ? '/' : ''}xl/workbook.xml"/>${rootRels.join('')}</Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${overrides.join('')}</Types>`,
  );
  return Buffer.from(zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') }));
}

/** A worksheet part with the given sheetData rows and more top-level XML after it. */
export function sheetXml(rows: string, after = '', prefix = '', before = ''): string {
  const px = prefix ? `${prefix}:` : '';
  const ns = prefix ? `xmlns:${prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${px}worksheet ${ns} xmlns:r="${REL}">${before}<${px}sheetData>${rows}</${px}sheetData>${after}</${px}worksheet>`;
}

export function unzip(bytes: Buffer): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function text(bytes: Uint8Array | undefined): string {
  return bytes ? Buffer.from(bytes).toString('utf8') : '';
}
