import { isPercentFormat, readNumber, readYear } from '../../../src/workbook/read/numbers';
import { cell, err } from '../../support/snapshot-builder';

const valueOf = (text: string) => {
  const read = readNumber(cell(text));
  return read.kind === 'number' ? read.value : read.kind;
};

describe('readNumber: text as §7 reads it', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    ['1 234 567', 1234567],
    ['1234', 1234],
    ['1,234', 1.234],
    ['1.234', 1.234],
    ['−3', -3],
    ['-3', -3],
    ['-3,25', -3.25],
    ['+4', 4],
    ['  42  ', 42],
    [',5', 0.5],
    ['0', 0],
  ])('%j → %d', (text, expected) => {
    expect(valueOf(text)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['80 %', 0.8],
    ['80%', 0.8],
    ['12,5 %', 0.125],
    ['−5 %', -0.05],
    ['1 250 %', 12.5],
  ])('%j → %d and percent', (text, expected) => {
    const read = readNumber(cell(text));
    expect(read).toEqual({ kind: 'number', value: expect.closeTo(expected, 12), percent: true });
  });

  it.each([
    '1.234,5',
    '1,234.5',
    '1,2,3',
    'tolv',
    '12 34',
    '1 2345',
    '12a',
    '%',
    '--3',
    '3-',
    '1e3',
  ])('%j is unreadable', (text) => {
    expect(readNumber(cell(text))).toEqual({ kind: 'invalid', problem: 'unreadable_number', text });
  });

  it.each(['', '   ', '-', '–', '.', '..', 'saknas', 'Saknas', 'SAKNAS', 'n/a', 'N/A'])(
    '%j is missing',
    (text) => {
      expect(readNumber(cell(text))).toEqual({ kind: 'missing' });
    },
  );

  it('an empty or absent cell is missing', () => {
    expect(readNumber(undefined)).toEqual({ kind: 'missing' });
    expect(readNumber(cell(null))).toEqual({ kind: 'missing' });
  });
});

describe('readNumber: other values', () => {
  it('takes numeric cells as stored', () => {
    expect(readNumber(cell(0.125))).toEqual({ kind: 'number', value: 0.125, percent: false });
  });

  it('takes a formula cell as its last value', () => {
    expect(readNumber(cell(7, { formula: 'SUM(A1:A3)' }))).toMatchObject({ value: 7 });
  });

  it.each(['#N/A', '#DIV/0!', '#VALUE!', '#REF!'])('error value %s is a problem', (code) => {
    expect(readNumber(cell(err(code)))).toEqual({
      kind: 'invalid',
      problem: 'error_value',
      text: code,
    });
  });

  it('error values written as text are error values too', () => {
    expect(readNumber(cell('#N/A'))).toMatchObject({ problem: 'error_value' });
  });

  it('dates and booleans are problems', () => {
    expect(readNumber(cell(new Date(Date.UTC(2024, 0, 31))))).toEqual({
      kind: 'invalid',
      problem: 'date_in_number',
      text: '2024-01-31',
    });
    expect(readNumber(cell(true))).toMatchObject({ problem: 'boolean_in_number', text: 'TRUE' });
    expect(readNumber(cell(false))).toMatchObject({ problem: 'boolean_in_number', text: 'FALSE' });
  });
});

describe('percent detection', () => {
  it.each(['0 %', '0%', '0.0%', '#,##0.00 %', '[Red]0%', '0%;-0%'])(
    '%j is a percent format',
    (f) => {
      expect(isPercentFormat(f)).toBe(true);
    },
  );

  it.each([undefined, '', 'General', '0.00', '0" %"', '0\\%', '[$%-41D]0', '# ##0', '0_%'])(
    '%j is not',
    (f) => {
      expect(isPercentFormat(f)).toBe(false);
    },
  );

  it('marks a numeric cell in a percent format', () => {
    expect(readNumber(cell(0.82, { numFmt: '0 %' }))).toEqual({
      kind: 'number',
      value: 0.82,
      percent: true,
    });
  });

  it('marks text with "%" but not plain text', () => {
    expect(readNumber(cell('82 %'))).toMatchObject({ percent: true });
    expect(readNumber(cell('82'))).toMatchObject({ percent: false });
  });
});

describe('readYear', () => {
  it.each([
    [2023, 2023],
    ['2023', 2023],
    ['T2 2024', 2024],
    ['Helår 2023', 2023],
    [' 2030 ', 2030],
  ])('%j → %d', (value, year) => {
    expect(readYear(cell(value))).toEqual({ kind: 'year', year });
  });

  it('other text and other numbers are "other"', () => {
    expect(readYear(cell('Tertial 2'))).toEqual({ kind: 'other', text: 'Tertial 2' });
    expect(readYear(cell(20.5))).toEqual({ kind: 'other', text: '20.5' });
  });

  it('error values are invalid, empty is missing', () => {
    expect(readYear(cell(err('#REF!')))).toMatchObject({ kind: 'invalid', problem: 'error_value' });
    expect(readYear(cell('-'))).toEqual({ kind: 'missing' });
  });
});
