import { classifyHeader } from '../../../src/workbook/read/headers';

const yearOf = (text: string) => {
  const cls = classifyHeader(text);
  return cls?.kind === 'period' ? cls.year : null;
};

describe('period column grammar [Utfall|Actual] [PERIOD] YYYY', () => {
  it.each([
    ['Utfall 2022', 2022],
    ['Utfall T2 2024', 2024],
    ['Utfall T1 2024', 2024],
    ['Utfall T3 2024', 2024],
    ['Utfall Tertial 1 2025', 2025],
    ['Utfall tertial 3 2025', 2025],
    ['Helår 2023', 2023],
    ['Delår 2023', 2023],
    ['Bokslut 2021', 2021],
    ['T2 2024', 2024],
    ['Tertial 2 2024', 2024],
    ['2022', 2022],
    ['Actual 2022', 2022],
    ['Actual T1 2022', 2022],
    ['UTFALL  HELÅR  2023', 2023],
    ['Utfall 2023 (prel.)', 2023],
    ['Helar 2023', 2023],
  ])('%j is a period column of %d', (text, year) => {
    expect(yearOf(text)).toBe(year);
  });

  it.each([
    'Utfall',
    'Utfall T4 2024',
    'Tertial 4 2024',
    'Utfall 23',
    'Utfall 20233',
    '2022 Utfall',
    'Utfall Helår',
    'Prognos 2024',
    'Utfall T2 Helår 2024',
    'Actual Utfall 2024',
  ])('%j is not', (text) => {
    expect(yearOf(text)).toBeNull();
  });

  it('keeps the kind of period apart in its key', () => {
    const keys = ['Utfall 2024', 'Utfall T2 2024', 'Helår 2024', '2024'].map((t) => {
      const cls = classifyHeader(t);
      return cls?.kind === 'period' ? cls.key : null;
    });
    expect(new Set(keys).size).toBe(4);
  });
});
