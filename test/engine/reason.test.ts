import { assessOne } from './helpers';

describe('reason sentences (§9 Motivering)', () => {
  test('target, not reached, from the baseline (sv, verbatim)', () => {
    const r = assessOne({ actual: 7.5, baseline: 8, target: 5, direction: -1 }).result;
    expect(r.reason).toBe(
      'Utfall 7,5 är sämre än målvärdet 5 (lägre är bättre); 17 % av vägen från startvärdet 8.',
    );
  });

  test('target reached, percent indicator (sv, verbatim)', () => {
    const r = assessOne({ actual: 0.82, target: 0.8, direction: 1, percent: true }).result;
    expect(r.reason).toBe('Utfall 82 % är bättre än målvärdet 80 % (högre är bättre).');
  });

  test('English', () => {
    const r = assessOne({ actual: 7.5, baseline: 8, target: 5, direction: -1 }, {}, 'en').result;
    expect(r.reason).toBe(
      'Actual 7.5 is worse than the target 5 (lower is better); 17% of the way from the baseline 8.',
    );
  });

  test('overridden: the sentence names the computed status too', () => {
    const r = assessOne({
      actual: 7.5,
      baseline: 8,
      target: 5,
      direction: -1,
      expertStatus: 'uppfyllt',
    }).result;
    expect(r.reason).toBe(
      'Utfall 7,5 är sämre än målvärdet 5 (lägre är bättre); 17 % av vägen från startvärdet 8. Sakkunnig bedömning: Uppfyllt (beräknat: Ej uppfyllt).',
    );
    const en = assessOne({ actual: 3, rule: 'manual', expertStatus: 'Grön' }, {}, 'en').result;
    expect(en.reason).toBe(
      'Needs an expert assessment. Expert assessment: Met (computed: Cannot be assessed).',
    );
  });

  test('not assessed: the sentence says why', () => {
    expect(assessOne({ target: 5, direction: 1 }).result.reason).toBe(
      'Kan inte bedömas: utfall saknas.',
    );
    expect(assessOne({ rule: 'pace', actual: 5, target: 6, direction: 1 }).result.reason).toBe(
      'Kan inte bedömas: startvärde, startår, målår och utfallsår saknas.',
    );
    expect(assessOne({ target: 5 }, {}, 'en').result.reason).toBe(
      'Cannot be assessed: the desired direction and the actual value are missing.',
    );
  });

  test('fulfilment without a baseline, and a value worse than the baseline', () => {
    expect(assessOne({ actual: 90, target: 100, direction: 1 }).result.reason).toBe(
      'Utfall 90 är sämre än målvärdet 100 (högre är bättre); måluppfyllelse 90 %.',
    );
    expect(assessOne({ actual: 9, baseline: 8, target: 5, direction: -1 }).result.reason).toBe(
      'Utfall 9 är sämre än målvärdet 5 (lägre är bättre); sämre än startvärdet 8.',
    );
  });

  test('trend and comparison', () => {
    expect(assessOne({ actual: 4.1, previous: 4.5, direction: -1 }).result.reason).toBe(
      'Utfall 4,1 är bättre än föregående utfall 4,5 (lägre är bättre).',
    );
    expect(assessOne({ actual: 12, previous: 12, direction: 1 }).result.reason).toBe(
      'Utfall 12 är i stort sett oförändrat mot föregående utfall 12 (högre är bättre).',
    );
    expect(assessOne({ actual: 96, comparison: 100, direction: 1 }).result.reason).toBe(
      'Utfall 96 är högst 5 % sämre än jämförelsevärdet 100 (högre är bättre).',
    );
    expect(assessOne({ actual: 1234.5, comparison: 1000, direction: 1 }).result.reason).toBe(
      'Utfall 1\u00a0234,5 är bättre än jämförelsevärdet 1\u00a0000 (högre är bättre).',
    );
  });

  test('pace uses the words of §3.4', () => {
    const row = {
      rule: 'pace' as const,
      baseline: 60,
      baselineYear: 2015,
      actual: 66,
      actualYear: 2022,
      target: 80,
      targetYear: 2030,
      direction: 1 as const,
    };
    expect(assessOne(row).result.reason).toBe(
      'Framsteg, men takten behöver öka: från startvärdet 60 år 2015 till utfallet 66 år 2022 är takten 0,71 av den som krävs för målvärdet 80 till 2030 (högre är bättre).',
    );
    expect(assessOne({ ...row, actual: 70 }).result.reason).toMatch(/^I fas: /);
    expect(assessOne({ ...row, actual: 61 }).result.reason).toMatch(/^Otillräckliga framsteg: /);
    expect(assessOne({ ...row, actual: 59 }).result.reason).toMatch(
      /^Utvecklingen går åt fel håll: /,
    );
    expect(assessOne({ ...row, actual: 81 }).result.reason).toBe(
      'Utfall 81 år 2022 är bättre än målvärdet 80 till 2030 (högre är bättre).',
    );
  });
});
