import {
  classifyHeader,
  FIELD_HEADERS,
  headerNames,
  isAnchorHeader,
  normaliseHeader,
  type ColumnField,
} from '../../../src/workbook/read/headers';

const fieldOf = (text: string) => {
  const cls = classifyHeader(text);
  return cls?.kind === 'field' ? cls.field : cls;
};

describe('normaliseHeader', () => {
  it.each([
    ['Målvärde', 'malvarde'],
    ['  MÅLVÄRDE  ', 'malvarde'],
    ['Målvärde (%)', 'malvarde'],
    ['Målvärde(antal)', 'malvarde'],
    ['Önskad   riktning', 'onskad riktning'],
    ['Önskad\u00a0riktning', 'onskad riktning'],
    ['Föregående\tutfall', 'foregaende utfall'],
    ['KF–mål', 'kf-mal'],
    ['(Indikator)', '(indikator)'],
    ['Utfall (prel.) 2023', 'utfall (prel.) 2023'],
  ])('%j → %j', (text, expected) => {
    expect(normaliseHeader(text)).toBe(expected);
  });

  it('gives the same answer for composed and decomposed diacritics', () => {
    expect(normaliseHeader('Ma\u030al')).toBe(normaliseHeader('Mål'));
  });
});

describe('classifyHeader: every Swedish and English name of §7', () => {
  const all = (
    Object.entries(FIELD_HEADERS) as [ColumnField, { sv: string[]; en: string[] }][]
  ).flatMap(([field, names]) => [...names.sv, ...names.en].map((name) => [name, field]));

  it.each(all)('%s → %s', (name, field) => {
    expect(fieldOf(name)).toBe(field);
  });

  it.each(all)('%s in upper case, padded and with a unit → same field', (name, field) => {
    expect(fieldOf(`  ${name.toUpperCase()}  (enhet) `)).toBe(field);
  });

  it.each(all)('%s without diacritics → same field', (name, field) => {
    const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    expect(fieldOf(plain)).toBe(field);
  });

  it('lists the §7 names', () => {
    expect(FIELD_HEADERS.indicator.sv).toEqual(['Indikator', 'Mått', 'Nyckeltal', 'Mätetal']);
    expect(FIELD_HEADERS.comparison.en).toEqual(['Comparison', 'National average']);
    expect(FIELD_HEADERS.activity.sv).toEqual(['Aktivitet']);
  });

  it.each([
    ['Målvärde 2030', 'target', 2030],
    ['Målvärde (2030)', 'target', 2030],
    ['Målnivå 2026', 'target', 2026],
    ['Target 2030', 'target', 2030],
    ['målvärde  2030 (%)', 'target', 2030],
    ['Startvärde 2019', 'baseline', 2019],
    ['Basvärde (2019)', 'baseline', 2019],
    ['Baseline 2019', 'baseline', 2019],
  ])('§7: %j is a %s column with the year %d', (text, field, year) => {
    expect(classifyHeader(text)).toEqual({ kind: 'field', field, year });
  });

  it.each(['Målår 2030', 'Jämförelsevärde 2023', 'Målvärde 30', 'Målvärde (%)'])(
    '%j carries no year',
    (text) => {
      const cls = classifyHeader(text);
      expect(cls === null || (cls.kind === 'field' && cls.year === undefined)).toBe(true);
    },
  );

  it.each(['Utfall senaste', 'Indikatorer', 'Mål och delmål', '', 'Bedömning'])(
    'does not recognise %j',
    (text) => {
      expect(classifyHeader(text)).toBeNull();
    },
  );

  it('keeps a part in parentheses that is not trailing', () => {
    expect(classifyHeader('Vikt (%) per mål')).toBeNull();
  });

  it('recognises period columns with their year', () => {
    expect(classifyHeader('Utfall T2 2024')).toEqual({
      kind: 'period',
      key: 'utfall t2 2024',
      year: 2024,
      rank: 20242,
    });
    expect(classifyHeader('2022')).toMatchObject({ kind: 'period', year: 2022 });
  });
});

describe('headerNames', () => {
  it('puts the requested language first', () => {
    expect(headerNames('actual', 'sv')).toEqual(['Utfall', 'Actual']);
    expect(headerNames('actual', 'en')).toEqual(['Actual', 'Utfall']);
  });
});

describe('isAnchorHeader', () => {
  it.each([
    'Indikator',
    'MÅTT',
    'KF-mål (2024)',
    'KF–mål',
    'Ma\u030al',
    'Aktivitet',
    'Goal',
    'Mål',
  ])('%s starts a table', (t) => {
    expect(isAnchorHeader(t)).toBe(true);
  });
  it.each(['Utfall', 'Målvärde', 'Antal invånare som är nöjda med Indikator', 'Indikator x'])(
    '%s does not',
    (t) => {
      expect(isAnchorHeader(t)).toBe(false);
    },
  );
});
