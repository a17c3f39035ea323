/**
 * The job of `malkoll assess`: look at the file, read it, assess it, and save
 * the assessed copy (never over the input) and the JSON report.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XlsxHost, inspectXlsx, MAX_FILE_BYTES, MAX_UNPACKED_BYTES } from '../adapters/xlsx';
import { assessWorkbook, type WorkbookAssessment } from '../workbook/assess-workbook';
import { FIELD_HEADERS, periodIdentity } from '../workbook/read';
import { normaliseHeader } from '../workbook/read/headers';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { AssessArgs } from './args';
import { MESSAGES, writeProblem } from './messages';
import { formatSummary } from './print';

export const EXIT = {
  done: 0,
  unreadable: 1,
  badArguments: 2,
  noIndicatorTable: 3,
  notWritten: 4,
} as const;

/** Where the command line's lines go: the terminal, or a test's buffers. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export async function runAssess(args: AssessArgs, io: Io): Promise<number> {
  const m = MESSAGES[args.lang];
  const inspection = await inspectXlsx(args.input);
  if (!inspection.ok) {
    const limits = { fileMb: megabytes(MAX_FILE_BYTES), unpackedMb: megabytes(MAX_UNPACKED_BYTES) };
    io.err(m.unreadable(inspection.reason, args.input, limits));
    return EXIT.unreadable;
  }
  if (args.force) io.err(m.forceNotNeeded);
  const loaded = await load(args.input);
  if (!loaded) {
    io.err(m.loadFailed(args.input));
    return EXIT.unreadable;
  }
  const date = args.date ?? today();
  const result = assessWorkbook(loaded.snapshot, {
    lang: args.lang,
    period: args.period,
    followUp: args.followUp,
    date,
  });
  if (!knownPeriod(result, args.period)) {
    io.err(
      m.unknownPeriod(
        args.period ?? '',
        result.read.periods.map((p) => p.label),
      ),
    );
    return EXIT.badArguments;
  }
  // The JSON report goes out whenever the workbook was read, whatever else happens.
  const reportSaved = await saveReport(result, args, io);
  const code = await assessed(loaded.host, result, { ...args, date }, io);
  if (reportSaved && args.json !== null) io.out(m.wroteReport(args.json));
  return code === EXIT.done && !reportSaved ? EXIT.notWritten : code;
}

/** After the assessment: print it, and save the workbook unless something stops that. */
async function assessed(
  host: XlsxHost,
  result: WorkbookAssessment,
  args: AssessArgs & { date: string },
  io: Io,
): Promise<number> {
  const m = MESSAGES[args.lang];
  if (result.read.indicators.length === 0) {
    const { indicator, actual } = FIELD_HEADERS;
    io.err(m.noIndicatorTable(indicator[args.lang], actual[args.lang]));
    return EXIT.noIndicatorTable;
  }
  const summary = {
    file: path.basename(args.input),
    date: args.date,
    period: args.period,
    lang: args.lang,
  };
  formatSummary(result, summary).forEach((line) => io.out(line));
  io.out('');
  if (!(await saveWorkbook(host, result, args, io))) return EXIT.notWritten;
  return EXIT.done;
}

/**
 * A --period that names no column would otherwise make every indicator
 * "Utfall saknas": one clear message is kinder. Without indicators, exit 3 says more.
 */
function knownPeriod(result: WorkbookAssessment, period: string | null): boolean {
  if (period === null || result.read.indicators.length === 0) return true;
  const same = (header: string) => periodIdentity(normaliseHeader(header));
  const key = same(period);
  return result.read.periods.some((p) => same(p.label) === key);
}

/** A parser's own errors mean nothing to an official: any failure is "cannot be read". */
async function load(input: string): Promise<{ host: XlsxHost; snapshot: WorkbookSnapshot } | null> {
  try {
    const host = await XlsxHost.load(input);
    return { host, snapshot: await host.read() };
  } catch {
    return null;
  }
}

async function saveWorkbook(
  host: XlsxHost,
  result: WorkbookAssessment,
  args: AssessArgs & { date: string },
  io: Io,
): Promise<boolean> {
  const m = MESSAGES[args.lang];
  let bytes: Buffer;
  try {
    await host.apply(result.plan);
    bytes = host.bytes({ date: args.date });
  } catch {
    // A plan the package cannot take is Målkoll's fault, not the user's file system's.
    io.err(m.writeFailed(args.output, 'internal'));
    return false;
  }
  try {
    await writeFile(args.output, bytes);
  } catch (error) {
    io.err(m.writeFailed(args.output, writeProblem(error)));
    return false;
  }
  io.out(m.wrote(args.output));
  return true;
}

async function saveReport(result: WorkbookAssessment, args: AssessArgs, io: Io): Promise<boolean> {
  if (args.json === null) return true;
  const m = MESSAGES[args.lang];
  try {
    await writeFile(args.json, `${JSON.stringify(result.report, null, 2)}\n`, 'utf8');
  } catch (error) {
    io.err(m.writeFailed(args.json, writeProblem(error)));
    return false;
  }
  return true;
}

/** The first line of an error's message, never its stack. */
export function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].replace(/[.\s]+$/, '');
}

/** Today in the computer's own time zone, YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}
