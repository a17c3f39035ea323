/**
 * Text stays text in Swedish and in English Excel: Range.values types its
 * strings as a user's typing would, in the workbook's regional format, and
 * the adapter writes every string that either would turn into a number, date
 * or truth value into a cell formatted as text ("@").
 */
import fc from 'fast-check';
import { needsTextFormat } from '../../../src/adapters/officejs/values';
import { createFakeExcel, typedIn, type FakeCulture } from '../../support/fake-excel';
import { emptyPlan, hostFor } from './helpers';

const CULTURES: FakeCulture[] = ['sv-SE', 'en-US'];

describe('the fake types as Excel does', () => {
  it.each<[string, FakeCulture, unknown]>([
    ['0,84', 'sv-SE', 0.84],
    ['1 234,5', 'sv-SE', 1234.5],
    ['1,234.5', 'en-US', 1234.5],
    ['0.84', 'en-US', 0.84],
    ['(5)', 'en-US', -5],
    ['(5)', 'sv-SE', -5],
    ['$5', 'en-US', 5],
    ['12 kr', 'sv-SE', 12],
    ['45 %', 'sv-SE', 0.45],
    ['SANT', 'sv-SE', true],
    ['TRUE', 'en-US', true],
  ])('%s in %s is %p', (text, culture, value) => {
    expect(typedIn(text, culture)?.value).toBe(value);
  });

  it.each<[string, FakeCulture]>([
    ['1.5', 'sv-SE'],
    ['maj 2024', 'sv-SE'],
    ['mars-24', 'sv-SE'],
    ['Jan-24', 'en-US'],
    ['1/2', 'en-US'],
    ['2024-05-01', 'sv-SE'],
    ['8:30', 'en-US'],
  ])('%s in %s is a date or time', (text, culture) => {
    expect(typeof typedIn(text, culture)?.value).toBe('number');
  });

  it.each(['Uppfyllt', '● Uppfyllt', 'Utfall 82 % är bättre', 'maj', 'Mål 3', ''])(
    '%s stays text in both',
    (text) => {
      for (const culture of CULTURES) expect(typedIn(text, culture)).toBeNull();
    },
  );
});

/** Strings that look like figures, dates and amounts in either culture. */
const tricky = fc.oneof(
  fc.constantFrom(
    '0,84',
    '1.5',
    '(5)',
    '$5',
    '€ 12',
    '£3',
    '12 kr',
    'maj 2024',
    'Jan-24',
    'okt. 23',
    '1/2',
    '8:30',
    '45 %',
    'SANT',
    'false',
    '2024-05-01',
    '1 234,5',
    '1,234.5',
    '-3',
    '+46',
    '.5',
  ),
  fc
    .tuple(
      fc.constantFrom('', '(', '$', '€', '-', '+', ' '),
      fc.integer({ min: 0, max: 99_999 }),
      fc.constantFrom('', ',5', '.25', ' %', ')', ' kr', '/3', ':15', '-12'),
    )
    .map(([a, n, b]) => `${a}${n}${b}`),
  fc
    .tuple(
      fc.constantFrom('jan', 'Februari', 'mars', 'maj', 'May', 'okt', 'Oct.', 'dec'),
      fc.constantFrom(' ', '-', '/'),
      fc.integer({ min: 1, max: 2030 }),
    )
    .map(([m, sep, y]) => `${m}${sep}${y}`),
  fc.string(),
);

test('whatever Swedish or English Excel would not keep as text gets the text format', () => {
  fc.assert(
    fc.property(tricky, (text) => {
      const converted = CULTURES.some((c) => typedIn(text, c) !== null);
      if (converted) expect(needsTextFormat(text)).toBe(true);
    }),
    { numRuns: 2_000 },
  );
});

test.each(CULTURES)(
  'written through the adapter, such text stays text in %s Excel',
  async (culture) => {
    const texts = ['0,84', '1.5', '(5)', '$5', '€5', 'maj 2024', 'Jan-24', 'SANT', 'TRUE', '12 kr'];
    const fake = createFakeExcel({ sheets: [{ name: 'Blad1', rows: [['a']] }] }, { culture });
    await hostFor(fake).apply({
      ...emptyPlan(),
      values: [{ sheet: 'Blad1', top: 2, left: 1, values: texts.map((t) => [t]) }],
    });
    texts.forEach((text, i) => {
      const cell = fake.cell('Blad1', `A${i + 2}`)!;
      expect({ text, value: cell.value }).toEqual({ text, value: text });
    });
  },
);
