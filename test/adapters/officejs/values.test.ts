import {
  bytesPerCell,
  planReadChunks,
  RequestBudget,
  sampleRows,
} from '../../../src/adapters/officejs/payload';
import { splitAreas } from '../../../src/adapters/officejs/read';
import { detectSupport, runOptions } from '../../../src/adapters/officejs/support';
import {
  isDateFormat,
  needsTextFormat,
  serialToDate,
  toCell,
} from '../../../src/adapters/officejs/values';
import { addressGroups, charsToPoints, splitRows } from '../../../src/adapters/officejs/write';

const utc = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, min));

describe('serialToDate (1900 date system)', () => {
  it.each([
    [1, utc(1900, 1, 1)],
    [59, utc(1900, 2, 28)],
    [61, utc(1900, 3, 1)],
    [45_000, utc(2023, 3, 15)],
    [45_000.75, utc(2023, 3, 15, 18)],
    [2_958_465, utc(9999, 12, 31)],
  ])('serial %d is %s', (serial, date) => {
    expect(serialToDate(serial)).toEqual(date);
  });

  it('is null for numbers Excel shows as no date', () => {
    expect(serialToDate(-1)).toBeNull();
    expect(serialToDate(2_958_466)).toBeNull();
    expect(serialToDate(Number.NaN)).toBeNull();
  });
});

describe('isDateFormat', () => {
  it.each([
    'yyyy-mm-dd',
    'd/m/yyyy',
    'mmm yy',
    'hh:mm',
    'h:mm AM/PM',
    '[$-41D]d mmmm yyyy',
    '[Red]yyyy-mm-dd',
  ])('%s shows dates or times', (fmt) => expect(isDateFormat(fmt)).toBe(true));

  it.each([
    'General',
    '0 %',
    '0.00',
    '#,##0 "dagar"',
    '0.00E+00',
    '[h]:mm',
    '@',
    '"Datum" 0',
    '\\d0',
  ])('%s does not', (fmt) => expect(isDateFormat(fmt)).toBe(false));
});

describe('toCell', () => {
  it('turns Office value types into snapshot cells', () => {
    expect(toCell('', 'Empty', 'General')).toBeNull();
    expect(toCell('#N/A', 'Error', 'General')).toEqual({ value: { error: '#N/A' } });
    expect(toCell(true, 'Boolean', 'General')).toEqual({ value: true });
    expect(toCell(0.8, 'Double', '0 %')).toEqual({ value: 0.8, numFmt: '0 %' });
    expect(toCell(45_000, 'Double', 'yyyy-mm-dd')).toEqual({
      value: utc(2023, 3, 15),
      numFmt: 'yyyy-mm-dd',
    });
    expect(toCell('12,5', 'String', 'General')).toEqual({ value: '12,5' });
  });
});

describe('needsTextFormat', () => {
  it.each([
    '=SUM(A1)',
    '+46',
    '-',
    '−3',
    '@x',
    '#N/A',
    "'citat",
    '2030',
    '12,5',
    '.5',
    'TRUE',
    'falskt',
    'maj 2024',
    'Jan-24',
  ])('%s would not stay text if typed', (s) => expect(needsTextFormat(s)).toBe(true));

  it.each(['Uppfyllt', '● Uppfyllt', '↑ Förbättrad', 'Utfall 82 % är bättre än målvärdet.', ''])(
    '%s would',
    (s) => expect(needsTextFormat(s)).toBe(false),
  );
});

describe('planReadChunks', () => {
  const sheet = (name: string, bottom: number, right: number, bytesPerCell = 10) => ({
    sheet: name,
    range: { top: 1, left: 1, bottom, right },
    bytesPerCell,
  });

  it('packs everything that fits one budget into one sync', () => {
    const syncs = planReadChunks([sheet('A', 100, 10), sheet('B', 100, 10)], 100_000);
    expect(syncs).toHaveLength(1);
    expect(syncs[0].map((c) => c.sheet)).toEqual(['A', 'B']);
  });

  it('splits rows so that every sync stays within the budget and covers every row once', () => {
    const syncs = planReadChunks([sheet('A', 1_000, 20), sheet('B', 333, 7, 30)], 50_000);
    for (const chunks of syncs) {
      const bytes = chunks.reduce((n, c) => {
        const perCell = c.sheet === 'A' ? 10 : 30;
        return (
          n + (c.range.bottom - c.range.top + 1) * (c.range.right - c.range.left + 1) * perCell
        );
      }, 0);
      expect(bytes).toBeLessThanOrEqual(50_000);
    }
    const rowsOf = (name: string) =>
      syncs
        .flat()
        .filter((c) => c.sheet === name)
        .reduce((n, c) => n + c.range.bottom - c.range.top + 1, 0);
    expect(rowsOf('A')).toBe(1_000);
    expect(rowsOf('B')).toBe(333);
    expect(syncs.length).toBe(Math.ceil((1_000 * 200 + 333 * 210) / 50_000));
  });

  it('reads a row wider than the budget on its own', () => {
    expect(planReadChunks([sheet('A', 2, 100)], 500)).toHaveLength(2);
  });
});

describe('estimating bytes per cell', () => {
  it('takes the sample’s size with a margin, and a cautious guess without a sample', () => {
    expect(bytesPerCell(30_000, 1_000)).toBe(38);
    expect(bytesPerCell(1_000, 1_000)).toBe(16);
    expect(bytesPerCell(0, 0)).toBe(48);
  });

  it('samples fewer rows the more sheets there are, within bounds', () => {
    expect(sampleRows(1, 4_000_000)).toBe(30);
    expect(sampleRows(30, 4_000_000)).toBeLessThan(sampleRows(3, 4_000_000));
    expect(sampleRows(1_000, 4_000_000)).toBe(2);
  });
});

describe('RequestBudget', () => {
  it('syncs before a piece would go over the budget, and at the end', async () => {
    const sync = jest.fn(async () => undefined);
    const budget = new RequestBudget(100, sync);
    await budget.reserve(60);
    await budget.reserve(30);
    expect(sync).not.toHaveBeenCalled();
    await budget.reserve(30);
    expect(sync).toHaveBeenCalledTimes(1);
    await budget.flush();
    await budget.flush();
    expect(sync).toHaveBeenCalledTimes(2);
  });
});

describe('write helpers', () => {
  it('splits rows by their JSON size', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`rad ${i}`, i]);
    const pieces = splitRows(rows, 60);
    expect(pieces.flatMap((p) => p.rows)).toEqual(rows);
    expect(pieces.map((p) => p.offset)).toEqual(
      pieces.map((_, i) => pieces.slice(0, i).reduce((n, p) => n + p.rows.length, 0)),
    );
    expect(pieces.every((p) => JSON.stringify(p.rows).length <= 60)).toBe(true);
  });

  it('groups addresses under a length limit, or one each', () => {
    const ranges = Array.from({ length: 5 }, (_, i) => ({
      top: i + 1,
      left: 1,
      bottom: i + 1,
      right: 2,
    }));
    expect(addressGroups(ranges, 12)).toEqual(['A1:B1,A2:B2', 'A3:B3,A4:B4', 'A5:B5']);
    expect(addressGroups(ranges, 0)).toHaveLength(5);
  });

  it('converts widths in characters to points', () => {
    expect(charsToPoints(8.43)).toBeCloseTo(48, 1);
    expect(charsToPoints(60)).toBe(318.75);
  });

  it('splits a multi-area address at commas outside quoted sheet names', () => {
    expect(splitAreas("'A, B'!A1:B2, 'A, B'!D4")).toEqual(["'A, B'!A1:B2", "'A, B'!D4"]);
  });
});

describe('support', () => {
  it('reads requirement sets and builds run options from them', () => {
    const upTo = (max: number) => (_name: string, v: string) => Number(v.split('.')[1]) <= max;
    expect(detectSupport(upTo(20))).toEqual({
      mergeUndoGroup: true,
      delayForCellEdit: true,
      rangeAreas: true,
      tableResize: true,
      mergedAreas: true,
      workbookProtection: true,
      readOnly: true,
    });
    const old = detectSupport(upTo(8));
    expect(old).toEqual({
      mergeUndoGroup: false,
      delayForCellEdit: false,
      rangeAreas: false,
      tableResize: false,
      mergedAreas: false,
      workbookProtection: true,
      readOnly: true,
    });
    expect(runOptions(detectSupport(upTo(20)), true)).toEqual({
      delayForCellEdit: true,
      mergeUndoGroup: true,
    });
    expect(runOptions(detectSupport(upTo(20)), false)).toEqual({ delayForCellEdit: true });
  });

  it('supports nothing when the check throws or Office is absent', () => {
    const throwing = () => {
      throw new Error('not ready');
    };
    expect(Object.values(detectSupport(throwing)).some(Boolean)).toBe(false);
    expect(Object.values(detectSupport()).some(Boolean)).toBe(false);
  });
});
