/**
 * Issue 10, "Tests that must exist": workbooks from LibreOffice, openpyxl,
 * XlsxWriter (also an .xlsm with a VBA project) and exceljs, made when the
 * tests run (corpus.ts), each assessed by the real command line. For each:
 * exit 0; every part the plan does not touch byte-identical; the output opens
 * in LibreOffice and is read back by openpyxl; the values, fills, links and
 * names the plan asked for are there; a second run gives the same package;
 * every XML part written is well-formed and in ECMA-376 order.
 *
 * What the plan asks for is computed here, independently of the command
 * line's file layer: openpyxl reads the input, and the workbook model
 * (assessWorkbook) plans from that reading.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseRange, parseSheetRef, rangeA1 } from '../../src/workbook/address';
import { assessWorkbook, type WorkbookAssessment } from '../../src/workbook/assess-workbook';
import type { CellRange } from '../../src/workbook/snapshot';
import {
  convertWithLibreOffice,
  DATE,
  dumpError,
  ensureCliBuilt,
  makeCorpus,
  malkoll,
  PRODUCERS,
  readWithOpenpyxl,
  requireTools,
  ROOT,
  snapshotFromDump,
  xmllint,
  type CliRun,
  type Dump,
  type DumpCell,
  type DumpSheet,
} from './corpus';
import {
  stylesheetProblems,
  tableProblems,
  workbookProblems,
  worksheetProblems,
} from './ooxml-order';
import {
  contentTypes,
  mayBeRemoved,
  partsAllowedToChange,
  readParts,
  relationshipsOf,
  relsPartOf,
  sheetParts,
  sheetsWritten,
  workbookPart,
  xmlOf,
  type Parts,
} from './package';
import { canonical, parseXml } from './xml-tree';

jest.setTimeout(120_000);

const OUT = path.join(ROOT, 'test-output', 'producers');
const CORPUS = path.join(OUT, 'corpus');
const ASSESSED = path.join(OUT, 'assessed');
const CONVERTED = path.join(OUT, 'libreoffice');

type Producer = (typeof PRODUCERS)[number];

interface Case {
  input: string;
  output: string;
  second: string;
  report: string;
  first: CliRun;
  /** The input's bytes before the first run, which must leave it as it was. */
  inputBytes: Buffer;
  again: CliRun | null;
  inputDump: Dump;
  outputDump?: Dump;
  convertedDump?: Dump;
  conversionError?: string;
  expected: WorkbookAssessment;
}

const cases = new Map<string, Case>();

function withSuffix(file: string, suffix: string): string {
  const ext = path.extname(file);
  return path.join(ASSESSED, `${path.basename(file, ext)}${suffix}${ext}`);
}

beforeAll(async () => {
  requireTools();
  ensureCliBuilt();
  fs.rmSync(OUT, { recursive: true, force: true });
  for (const dir of [CORPUS, ASSESSED, CONVERTED]) fs.mkdirSync(dir, { recursive: true });
  await makeCorpus(CORPUS);

  const inputs = PRODUCERS.map((p) => path.join(CORPUS, p.file));
  const inputDumps = readWithOpenpyxl(inputs);
  const outputs: string[] = [];
  for (const producer of PRODUCERS) {
    const input = path.join(CORPUS, producer.file);
    const inputDump = inputDumps.get(input)!;
    const error = dumpError(inputDump);
    if (error) throw new Error(`openpyxl cannot read the ${producer.name} workbook: ${error}`);
    const output = withSuffix(input, '-bedomd');
    const second = withSuffix(input, '-bedomd-igen');
    const report = withSuffix(input, '-rapport').replace(/\.xls[xm]$/, '.json');
    const inputBytes = fs.readFileSync(input);
    const first = malkoll(input, '-o', output, '--date', DATE, '--json', report);
    const done = first.code === 0 && fs.existsSync(output);
    if (done) outputs.push(output);
    cases.set(producer.file, {
      input,
      output,
      second,
      report,
      first,
      inputBytes,
      again: done ? malkoll(output, '-o', second, '--date', DATE) : null,
      inputDump,
      expected: assessWorkbook(snapshotFromDump(inputDump), { date: DATE }),
    });
  }
  if (outputs.length === 0) return;
  const outputDumps = readWithOpenpyxl(outputs);
  const conversions = convertWithLibreOffice(outputs, CONVERTED);
  const converted = [...conversions.values()].flatMap((c) => (c.converted ? [c.converted] : []));
  const convertedDumps = converted.length > 0 ? readWithOpenpyxl(converted) : new Map();
  for (const c of cases.values()) {
    if (!outputs.includes(c.output)) continue;
    c.outputDump = outputDumps.get(c.output);
    const conversion = conversions.get(c.output);
    c.conversionError = conversion?.error ?? (conversion ? undefined : 'not converted');
    if (conversion?.converted) c.convertedDump = convertedDumps.get(conversion.converted);
  }
}, 900_000);

function caseOf(producer: Producer): Case {
  const c = cases.get(producer.file);
  if (!c) throw new Error(`the ${producer.name} workbook was not made or not run`);
  return c;
}

/** The first run's output as openpyxl reads it; throws with the run's messages when there is none. */
function assessed(c: Case): Dump {
  if (c.first.code !== 0 || !fs.existsSync(c.output)) {
    throw new Error(
      `the command line did not write the output (exit ${c.first.code}):\n${c.first.stderr}`,
    );
  }
  const error = dumpError(c.outputDump);
  if (error) throw new Error(`openpyxl cannot read the output: ${error}`);
  return c.outputDump!;
}

function sheetOf(dump: Dump, name: string): DumpSheet {
  const sheet = dump.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet "${name}" in ${dump.sheetNames.join(', ')}`);
  return sheet;
}

function cellsOf(sheet: DumpSheet): Map<string, DumpCell> {
  return new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
}

function inside(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

function* cellsIn(range: CellRange): Generator<[number, number]> {
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) yield [row, col];
  }
}

/** A reference as "Sheet!A1:B2", however it was quoted or anchored; null when it is none. */
function refText(ref: string): string | null {
  const parsed = parseSheetRef(ref);
  return parsed && `${parsed.sheet}!${rangeA1(parsed.range)}`;
}

/**
 * Equal values; numbers as LibreOffice keeps them when it reads with
 * `fifteenDigits` (it rounds to 15 significant digits, as Excel shows them).
 */
function sameValue(found: unknown, want: unknown, fifteenDigits: boolean): boolean {
  // An empty text and an empty cell read the same.
  if ((found === null || found === '') && (want === null || want === '')) return true;
  if (fifteenDigits && typeof found === 'number' && typeof want === 'number') {
    return found === Number(want.toPrecision(15));
  }
  return found === want;
}

/** Every value the plan writes, as "Sheet!A1" → value. */
function plannedValues(
  plan: WorkbookAssessment['plan'],
): Map<string, [string, number, number, unknown]> {
  const out = new Map<string, [string, number, number, unknown]>();
  for (const block of plan.values) {
    block.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const r = block.top + i;
        const c = block.left + j;
        out.set(`${block.sheet}!${r},${c}`, [block.sheet, r, c, value]);
      }),
    );
  }
  return out;
}

/** The planned values that a reading of the file does not hold, as readable lines. */
function missingValues(
  plan: WorkbookAssessment['plan'],
  dump: Dump,
  fifteenDigits = false,
): string[] {
  const wrong: string[] = [];
  const bySheet = new Map(dump.sheets.map((s) => [s.name, cellsOf(s)]));
  for (const [sheet, row, col, value] of plannedValues(plan).values()) {
    const cells = bySheet.get(sheet);
    if (!cells) {
      wrong.push(`${sheet}: the sheet is missing`);
      continue;
    }
    const found = cells.get(`${row},${col}`)?.value ?? null;
    if (!sameValue(found, value, fifteenDigits)) {
      wrong.push(
        `${sheet}!${rangeA1({ top: row, left: col, bottom: row, right: col })}: ` +
          `${JSON.stringify(found)} instead of ${JSON.stringify(value)}`,
      );
    }
  }
  return wrong;
}

describe.each(PRODUCERS)('a workbook made by $name', (producer) => {
  it('holds what its producer was asked to write', () => {
    const c = caseOf(producer);
    const parts = [...readParts(c.input).keys()];
    const has = (re: RegExp) => parts.some((p) => re.test(p));
    const sheet = sheetOf(c.inputDump, 'Kommunstyrelsen');
    const found = {
      table: sheet.tables.map((t) => t.name),
      comment: has(/comments?\d*\.xml$/),
      image: has(/^xl\/media\/image\d+\.png$/),
      validation: sheet.validations.length > 0,
      hiddenSheet: sheetOf(c.inputDump, 'Listor').state,
      chart: has(/^xl\/charts\/chart\d+\.xml$/),
      conditionalFormat: sheet.conditionalFormats.length > 0,
      names: c.inputDump.names.some((n) => n.name === 'Utfall_2023'),
      totalsRow: sheet.tables[0]?.totalsRowCount === 1,
      frozen: sheet.freeze,
      macros: parts.includes('xl/vbaProject.bin'),
    };
    expect(found).toEqual({
      table: ['KS_indikatorer'],
      comment: true,
      image: true,
      validation: true,
      hiddenSheet: 'hidden',
      ...producer.has,
    });
    // The plan has something of every kind to check below.
    expect(c.expected.plan.values.length).toBeGreaterThan(0);
    expect(c.expected.plan.links.length).toBeGreaterThan(0);
    expect(c.expected.plan.marks?.length).toBeGreaterThan(0);
  });

  it('is assessed: exit 0, the input left as it was, and the report is the assessment of what openpyxl reads', () => {
    const c = caseOf(producer);
    expect({ code: c.first.code, stderr: c.first.stderr }).toEqual({ code: 0, stderr: '' });
    expect(fs.readFileSync(c.input).equals(c.inputBytes)).toBe(true);
    const report = JSON.parse(fs.readFileSync(c.report, 'utf8'));
    expect(report).toEqual(JSON.parse(JSON.stringify(c.expected.report)));
  });

  it('keeps every part the plan does not touch byte for byte', () => {
    const c = caseOf(producer);
    assessed(c);
    const input = readParts(c.input);
    const output = readParts(c.output);
    const allowed = partsAllowedToChange(input, c.expected.plan);
    const changed: string[] = [];
    for (const [name, data] of input) {
      if (allowed.has(name) || mayBeRemoved(input, name)) continue;
      const now = output.get(name);
      if (!now) changed.push(`${name}: missing`);
      else if (!now.equals(data)) changed.push(`${name}: changed`);
    }
    expect(changed).toEqual([]);
  });

  it('loses no part, relationship or content type', () => {
    const c = caseOf(producer);
    assessed(c);
    const input = readParts(c.input);
    const output = readParts(c.output);
    const lost: string[] = [];
    for (const name of input.keys()) {
      if (!output.has(name) && !mayBeRemoved(input, name)) lost.push(`part ${name}`);
    }
    const sources = ['', ...[...input.keys()].filter((n) => !n.endsWith('.rels'))];
    for (const source of sources) {
      const before = relationshipsOf(input, source);
      if (before.length === 0) continue;
      const after = relationshipsOf(output, source);
      for (const rel of before) {
        if (rel.part && mayBeRemoved(input, rel.part)) continue;
        const kept = after.find(
          (r) =>
            r.id === rel.id &&
            r.type === rel.type &&
            r.part === rel.part &&
            r.external === rel.external,
        );
        if (!kept) lost.push(`relationship ${rel.id} of ${relsPartOf(source)} → ${rel.target}`);
      }
    }
    const typesAfter = contentTypes(output);
    for (const [key, type] of contentTypes(input)) {
      if (key.startsWith('Override ') && mayBeRemoved(input, key.slice('Override /'.length)))
        continue;
      if (typesAfter.get(key) !== type) lost.push(`content type ${key} (${type})`);
    }
    expect(lost).toEqual([]);
  });

  it('writes the values the plan asks for', () => {
    const c = caseOf(producer);
    expect(missingValues(c.expected.plan, assessed(c))).toEqual([]);
  });

  it('writes the fills the plan asks for', () => {
    const c = caseOf(producer);
    const dump = assessed(c);
    const wrong: string[] = [];
    let checked = 0;
    for (const run of c.expected.plan.styles) {
      if (!run.style.fill) continue;
      const cells = cellsOf(sheetOf(dump, run.sheet));
      const want = run.style.fill.slice(1).toUpperCase();
      for (const range of run.ranges) {
        for (const [row, col] of cellsIn(range)) {
          checked++;
          const fill = cells.get(`${row},${col}`)?.fill ?? null;
          if (fill?.slice(-6).toUpperCase() !== want) {
            wrong.push(`${run.sheet} row ${row} col ${col}: fill ${fill} instead of #${want}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('writes the links the plan asks for', () => {
    const c = caseOf(producer);
    const dump = assessed(c);
    const wrong: string[] = [];
    for (const link of c.expected.plan.links) {
      const cell = cellsOf(sheetOf(dump, link.sheet)).get(`${link.row},${link.col}`);
      const target = refText(cell?.link?.location ?? '');
      const want = refText(`'${link.targetSheet.replace(/'/g, "''")}'!${link.targetCell}`);
      if (cell?.value !== link.text || target !== want) {
        wrong.push(
          `${link.sheet} row ${link.row} col ${link.col}: ${JSON.stringify(cell?.value)} → ` +
            `${cell?.link?.location ?? 'no link'}, wanted ${link.text} → ${link.targetSheet}!${link.targetCell}`,
        );
      }
    }
    expect(wrong).toEqual([]);
  });

  it("writes the plan's ownership marks as defined names and keeps the user's names", () => {
    const c = caseOf(producer);
    const dump = assessed(c);
    const names = new Map(dump.names.map((n) => [n.name, n.value]));
    const wrong: string[] = [];
    for (const mark of c.expected.plan.marks ?? []) {
      if (refText(names.get(mark.name) ?? '') !== `${mark.sheet}!${rangeA1(mark.range)}`) {
        wrong.push(`${mark.name}: ${names.get(mark.name) ?? 'missing'}`);
      }
    }
    for (const name of c.inputDump.names) {
      const now = names.get(name.name);
      const same =
        now === name.value ||
        (refText(name.value) !== null && refText(now ?? '') === refText(name.value));
      if (!same) wrong.push(`the user's ${name.name} (${name.value}) is now ${now ?? 'missing'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('adds its sheets after the existing ones and keeps sheet states, views, validations and formats', () => {
    const c = caseOf(producer);
    const dump = assessed(c);
    const before = c.inputDump;
    expect(dump.sheetNames.slice(0, before.sheetNames.length)).toEqual(before.sheetNames);
    const added = c.expected.plan.sheets.filter((s) => !s.replaces).map((s) => s.name);
    expect(dump.sheetNames.slice(before.sheetNames.length)).toEqual(added);
    expect(dump.activeSheet).toBe(before.activeSheet);
    const look = (d: Dump, names: string[]) =>
      names.map((name) => {
        const s = sheetOf(d, name);
        const { state, freeze, validations, conditionalFormats, merges, protected: locked } = s;
        return { name, state, freeze, validations, conditionalFormats, merges, locked };
      });
    expect(look(dump, before.sheetNames)).toEqual(look(before, before.sheetNames));
  });

  it("keeps the workbook's views, properties and sheet entries, and adds its own after them", () => {
    const c = caseOf(producer);
    assessed(c);
    const input = readParts(c.input);
    const output = readParts(c.output);
    const before = xmlOf(input, workbookPart(input));
    const after = xmlOf(output, workbookPart(output));
    // What a run may change in workbook.xml: the sheet list (added at the end), defined names, calculation.
    const mayChange = new Set(['sheets', 'definedNames', 'calcPr']);
    const kept = (root: typeof before) =>
      root.children
        .filter((el) => !mayChange.has(el.local))
        .map(canonical)
        .sort();
    expect(kept(after)).toEqual(kept(before));
    const entries = (root: typeof before) =>
      root.children.find((el) => el.local === 'sheets')?.children.map(canonical) ?? [];
    expect(entries(after).slice(0, entries(before).length)).toEqual(entries(before));
  });

  it('widens the tables as the plan asks and keeps the other tables as they were', () => {
    const c = caseOf(producer);
    const dump = assessed(c);
    for (const sheet of c.inputDump.sheets) {
      const now = sheetOf(dump, sheet.name).tables;
      expect(now.map((t) => t.name)).toEqual(sheet.tables.map((t) => t.name));
      for (const table of sheet.tables) {
        const after = now.find((t) => t.name === table.name)!;
        const widening = c.expected.plan.tables.find(
          (w) => w.sheet === sheet.name && w.table === table.name,
        );
        const want = widening
          ? {
              ...table,
              ref: rangeA1({ ...parseRange(table.ref)!, right: widening.right }),
              columns: [...table.columns, ...widening.headers],
            }
          : table;
        expect(after).toEqual(want);
      }
    }
  });

  it('changes, adds and removes no cell outside what the plan writes', () => {
    const c = caseOf(producer);
    const dump = assessed(c);
    const plan = c.expected.plan;
    const written = [
      ...plan.values.map((b) => ({
        sheet: b.sheet,
        range: {
          top: b.top,
          left: b.left,
          bottom: b.top + b.values.length - 1,
          right: b.left + Math.max(1, ...b.values.map((r) => r.length)) - 1,
        },
      })),
      ...plan.clear,
      ...plan.styles.flatMap((run) => run.ranges.map((range) => ({ sheet: run.sheet, range }))),
    ];
    const changed: string[] = [];
    for (const sheet of c.inputDump.sheets) {
      const before = cellsOf(sheet);
      const after = cellsOf(sheetOf(dump, sheet.name));
      for (const key of new Set([...before.keys(), ...after.keys()])) {
        const [row, col] = key.split(',').map(Number);
        if (written.some((w) => w.sheet === sheet.name && inside(w.range, row, col))) continue;
        const look = (cell: DumpCell | undefined) =>
          cell && JSON.stringify({ ...cell, row: undefined, col: undefined });
        const was = look(before.get(key));
        const is = look(after.get(key));
        if (is !== was) changed.push(`${sheet.name} row ${row} col ${col}: ${was} → ${is}`);
      }
    }
    expect(changed).toEqual([]);
  });

  it('keeps every other element of the sheets it writes', () => {
    const c = caseOf(producer);
    assessed(c);
    const input = readParts(c.input);
    const output = readParts(c.output);
    const bySheet = sheetParts(input);
    // The only children of a written sheet that may change (issue 10): cells, widths, links.
    const mayChange = new Set(['dimension', 'cols', 'sheetData', 'hyperlinks']);
    const kept = (parts: Parts, part: string) =>
      xmlOf(parts, part)
        .children.filter((el) => !mayChange.has(el.local))
        .map(canonical)
        // As a set: putting an input's elements into the standard order is a repair, not a loss.
        .sort();
    for (const sheet of sheetsWritten(c.expected.plan)) {
      const part = bySheet.get(sheet);
      if (!part) continue;
      expect(kept(output, sheetParts(output).get(sheet) ?? part)).toEqual(kept(input, part));
    }
  });

  it('writes well-formed XML parts, in the order ECMA-376 prescribes', () => {
    const c = caseOf(producer);
    assessed(c);
    const input = readParts(c.input);
    const output = readParts(c.output);
    const written = [...output.keys()].filter(
      (name) => !input.get(name)?.equals(output.get(name)!) && /\.(xml|rels)$/.test(name),
    );
    expect(written.length).toBeGreaterThan(0);
    const dir = fs.mkdtempSync(path.join(OUT, 'xml-'));
    const files = written.map((name, i) => {
      const file = path.join(dir, `${i}-${name.replace(/[^\w.]+/g, '_')}`);
      fs.writeFileSync(file, output.get(name)!);
      return file;
    });
    expect(xmllint(files)).toBe('');

    const problems: string[] = [];
    const sheets = new Set(sheetParts(output).values());
    const wbPart = workbookPart(output);
    const styles = relationshipsOf(output, wbPart).find((r) => /\/styles$/.test(r.type))?.part;
    const orderProblems = (parts: Parts, name: string): string[] => {
      const root = () => parseXml(parts.get(name)!.toString('utf8'));
      if (!parts.has(name)) return [];
      if (sheets.has(name)) return worksheetProblems(root());
      if (name === wbPart) return workbookProblems(root());
      if (name === styles) return stylesheetProblems(root());
      if (/^xl\/tables\/[^/]+\.xml$/.test(name)) return tableProblems(root());
      return [];
    };
    for (const name of written) {
      // Out of order in the input too: still a part Excel repairs, but say where it came from.
      const before = new Set(orderProblems(input, name));
      for (const p of orderProblems(output, name)) {
        problems.push(`${name}: ${p}${before.has(p) ? ' (so already in the input)' : ''}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('opens in LibreOffice, which reads the values the plan wrote', () => {
    const c = caseOf(producer);
    assessed(c);
    expect(c.conversionError ?? null).toBeNull();
    const error = dumpError(c.convertedDump);
    expect(error ?? null).toBeNull();
    expect(missingValues(c.expected.plan, c.convertedDump!, true)).toEqual([]);
  });

  it('gives the same package byte for byte when run again on its output', () => {
    const c = caseOf(producer);
    assessed(c);
    expect({ code: c.again?.code, stderr: c.again?.stderr }).toEqual({ code: 0, stderr: '' });
    const first = readParts(c.output);
    const second = readParts(c.second);
    const differ = [...new Set([...first.keys(), ...second.keys()])].filter(
      (name) => !first.get(name)?.equals(second.get(name) ?? Buffer.alloc(0)),
    );
    expect(differ).toEqual([]);
    expect(fs.readFileSync(c.second).equals(fs.readFileSync(c.output))).toBe(true);
  });
});

describe('a macro workbook (.xlsm)', () => {
  it('stays an .xlsm with its VBA project, also under the default output name', () => {
    const c = caseOf(PRODUCERS.find((p) => p.has.macros)!);
    const copy = path.join(ASSESSED, 'standard.xlsm');
    fs.copyFileSync(c.input, copy);
    const run = malkoll(copy, '--date', DATE);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const output = path.join(ASSESSED, 'standard-bedomd.xlsm');
    expect(fs.existsSync(output)).toBe(true);
    const input = readParts(c.input);
    const parts = readParts(output);
    expect(parts.get('xl/vbaProject.bin')?.equals(input.get('xl/vbaProject.bin')!)).toBe(true);
    const wbType = contentTypes(parts).get(`Override /${workbookPart(parts)}`);
    expect(wbType).toBe('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
  });
});
