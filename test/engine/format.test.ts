import {
  formatNumber,
  formatRatio,
  formatShare,
  formatValue,
  neededDecimals,
} from '../../src/engine/format';

const NBSP = '\u00a0';

describe('numbers as officials write them', () => {
  test('decimal comma and Swedish minus in sv, point and hyphen in en', () => {
    expect(formatNumber(7.5, 1, 'sv')).toBe('7,5');
    expect(formatNumber(7.5, 1, 'en')).toBe('7.5');
    expect(formatNumber(-3, 0, 'sv')).toBe('\u22123');
    expect(formatNumber(-3, 0, 'en')).toBe('-3');
  });

  test('thousands grouped with a no-break space in sv and a comma in en', () => {
    expect(formatNumber(1234567.25, 2, 'sv')).toBe(`1${NBSP}234${NBSP}567,25`);
    expect(formatNumber(1234567.25, 2, 'en')).toBe('1,234,567.25');
    expect(formatNumber(999, 0, 'sv')).toBe('999');
  });

  test('a value that rounds to zero shows no minus sign', () => {
    expect(formatNumber(-0.001, 1, 'sv')).toBe('0,0');
    expect(formatNumber(-0, 0, 'en')).toBe('0');
  });

  test('huge numbers do not break the formatting', () => {
    expect(formatNumber(1e300, 0, 'sv')).toBe('1,00e+300');
    expect(formatNumber(-1e300, 0, 'en')).toBe('-1.00e+300');
  });

  test('percent values are shown times 100 with " %" in sv and "%" in en', () => {
    expect(formatValue(0.82, 0, true, 'sv')).toBe('82 %');
    expect(formatValue(0.82, 0, true, 'en')).toBe('82%');
    expect(formatShare(1 / 6, 'sv')).toBe('17 %');
    expect(formatRatio(0.70796, 'sv')).toBe('0,71');
  });

  test('the decimals needed to show a value exactly, capped', () => {
    expect(neededDecimals(5)).toBe(0);
    expect(neededDecimals(7.5)).toBe(1);
    expect(neededDecimals(1.55)).toBe(2);
    expect(neededDecimals(0.82 * 100)).toBe(0);
    expect(neededDecimals(1 / 3)).toBe(3);
    expect(neededDecimals(0.0034)).toBe(4);
    expect(neededDecimals(12345.6789)).toBe(2);
  });

  test('each value takes its decimals from itself: 7,5 beside 5 and 8', () => {
    expect([7.5, 5, 8].map((x) => formatNumber(x, neededDecimals(x), 'sv'))).toEqual([
      '7,5',
      '5',
      '8',
    ]);
  });
});
