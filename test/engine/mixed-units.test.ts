import type { MixedUnits } from '../../src/engine/types';
import { assessOne } from './helpers';

/** §7 "Percentage units": "88" typed beside a target of "90 %". */
const mixed: MixedUnits = {
  cell: 'D2',
  field: 'actual',
  value: 88,
  markedField: 'target',
  markedValue: 0.9,
};
const row = {
  actual: 88,
  previous: 0.85,
  target: 0.9,
  direction: 1 as const,
  percent: true,
  mixedUnits: mixed,
  cells: { indicator: 'A2', actual: 'D2', target: 'C2', previous: 'E2' },
};

describe('§7 mixed percentage units', () => {
  it.each(['target', 'trend', 'comparison', 'pace'] as const)(
    'rule %s: not assessed, trend null, one warning at the unmarked cell',
    (rule) => {
      const { result, problems } = assessOne({ ...row, rule, comparison: 0.8 });
      expect(result).toMatchObject({ status: 'not_assessed', trend: null, fulfilment: null });
      expect(result.reason).toBe(
        'Kan inte bedömas: värdena är inte skrivna i samma enhet (en del i procent, en del inte).',
      );
      expect(problems).toEqual([
        {
          severity: 'warning',
          sheet: 'Indikatorer',
          cell: 'D2',
          code: 'mixed_units',
          message:
            'Utfallet 88 för ”Indikator” är skrivet utan procenttecken, men målvärdet är 90 %, ' +
            'så enheterna blandas och indikatorn kan inte bedömas. ' +
            'Skriv 88 %, eller skriv målvärdet som 90.',
        },
      ]);
    },
  );

  it('an inferred rule is not assessed either (version 1 said met with 9 778 %)', () => {
    const { result } = assessOne(row);
    expect(result).toMatchObject({ rule: 'target', status: 'not_assessed', fulfilment: null });
  });

  it('"A manual row … gets no such problem (its trend is null all the same)"', () => {
    const { result, problems } = assessOne({ ...row, rule: 'manual', expertStatus: 'Uppfyllt' });
    expect(result).toMatchObject({ status: 'met', trend: null });
    expect(problems).toEqual([]);
  });

  it('says it in English, with decimals as written', () => {
    const units: MixedUnits = { ...mixed, value: 88.5, markedValue: 0.905 };
    const { problems } = assessOne({ ...row, mixedUnits: units }, {}, 'en');
    expect(problems[0].message).toBe(
      'The actual value 88.5 for "Indikator" is written without a percent sign, but the target is 90.5%, ' +
        'so the units are mixed and the indicator cannot be assessed. ' +
        'Write 88.5%, or write the target as 90.5.',
    );
  });

  it('ignores a malformed finding, as the engine trusts no input', () => {
    const bad = { ...mixed, value: Number.NaN };
    expect(assessOne({ ...row, mixedUnits: bad }).problems).toEqual([]);
    expect(assessOne({ ...row, mixedUnits: null }).result.status).not.toBe('not_assessed');
  });
});
