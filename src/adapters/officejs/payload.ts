/**
 * Keeping every request and response under Excel's payload limit (Excel on
 * the web refuses 5 MB either way) while using as few syncs as that allows.
 */
import type { CellRange } from '../../workbook/snapshot';

export const DEFAULT_MAX_PAYLOAD_BYTES = 4_000_000;

/**
 * What one object path or one call adds to a request besides its data: in
 * Office.js's protocol each is a JSON record with ids, names, the ids of its
 * parents, and an instantiation. Measured with Microsoft's request builder
 * (test/adapters/officejs/payload-real.test.ts): 100–170 bytes each, more as
 * the ids of a long request grow; 200 leaves a margin for the CDN's newer
 * build. Callers reserve calls(n) for the paths and calls they queue.
 */
export const ACTION_BYTES = 200;

/** The overhead of n object paths and calls. */
export function calls(n: number): number {
  return n * ACTION_BYTES;
}

/**
 * Office.js itself splits a matrix of more than 1,500 cells written to
 * values or numberFormat into slices of about 1,500 cells, each slice a
 * setting of its own on two rows and their bounding rectangle, after a size
 * check: its overhead on top of calls() for the one setting.
 */
const BULK_CELLS = 1500;

export function bulkBytes(rows: number, columns: number): number {
  if (rows * columns <= BULK_CELLS) return 0;
  const rowsPerSlice = Math.max(1, Math.round(BULK_CELLS / columns));
  return calls(1 + 5 * Math.ceil(rows / rowsPerSlice));
}

/**
 * What one cell adds to a read response (its value, number format and value
 * type as JSON) is estimated per sheet from a sample of its first rows, with
 * a margin; the 1 MB between the budget and Excel's limit absorbs the rest.
 * Text-heavy tables run to about 40 bytes a cell, numeric ones to under 30.
 */
const SAMPLE_MARGIN = 1.25;
const MIN_BYTES_PER_CELL = 16;
/** For a sheet whose first rows are empty: a guess on the safe side. */
const UNSAMPLED_BYTES_PER_CELL = 48;
/** The sample's columns: A:IV. */
export const SAMPLE_COLUMNS = 256;
const MAX_SAMPLE_ROWS = 30;

/** Rows sampled per sheet, so that all samples together take at most a quarter of the budget. */
export function sampleRows(sheets: number, maxBytes: number): number {
  const fit = Math.floor(
    maxBytes / 4 / (Math.max(1, sheets) * SAMPLE_COLUMNS * UNSAMPLED_BYTES_PER_CELL),
  );
  return Math.min(MAX_SAMPLE_ROWS, Math.max(2, fit));
}

/** Bytes per cell from a sample's JSON size; the cautious guess when there is no sample. */
export function bytesPerCell(sampleBytes: number, sampleCells: number): number {
  if (sampleCells <= 0) return UNSAMPLED_BYTES_PER_CELL;
  return Math.max(MIN_BYTES_PER_CELL, Math.ceil((sampleBytes / sampleCells) * SAMPLE_MARGIN));
}

const encoder = new TextEncoder();

/** UTF-8 bytes of the value as JSON: what it adds to a request. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

export interface ReadChunk {
  sheet: string;
  range: CellRange;
}

export interface UsedRange extends ReadChunk {
  bytesPerCell: number;
}

/**
 * Splits the used ranges into row chunks and the chunks into syncs, so that
 * each sync's estimated response fits the budget and every sync but the
 * last is full. One row always goes, however wide, so that reading ends.
 */
export function planReadChunks(used: UsedRange[], maxBytes: number): ReadChunk[][] {
  const syncs: ReadChunk[][] = [];
  let current: ReadChunk[] = [];
  let left = maxBytes;
  for (const { sheet, range, bytesPerCell } of used) {
    const rowBytes = (range.right - range.left + 1) * bytesPerCell;
    let top = range.top;
    while (top <= range.bottom) {
      let rows = Math.min(Math.floor(left / rowBytes), range.bottom - top + 1);
      if (rows < 1 && current.length > 0) {
        syncs.push(current);
        current = [];
        left = maxBytes;
        continue;
      }
      rows = Math.max(rows, 1);
      current.push({ sheet, range: { ...range, top, bottom: top + rows - 1 } });
      left -= rows * rowBytes;
      top += rows;
    }
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}

/**
 * Counts what is queued on a request context and syncs before a piece of
 * work would take the request over the budget. A piece bigger than the
 * whole budget goes alone (callers split their pieces so that none is).
 */
export class RequestBudget {
  private used = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sync: () => Promise<void>,
    /** Told each request's estimate as it is sent (diagnostics, and the tests that measure it). */
    private readonly sent: (bytes: number) => void = () => undefined,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.maxBytes) await this.flush();
    this.used += bytes;
  }

  /** Sends what is queued, if anything is. */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    this.sent(this.used);
    this.used = 0;
    await this.sync();
  }
}
