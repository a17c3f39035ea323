import { enText, svText } from '../support/problem-text';
import { EXPERT_WORDS, parseStatusWord } from '../../src/engine/override';
import type { Status } from '../../src/engine/types';
import { assessOne, codes } from './helpers';

/** Each wording of §3.6, typed as officials might: any case, stray spaces. */
const WORDINGS: [string, Status][] = [
  ['Uppfyllt', 'met'],
  ['helt UPPFYLLT', 'met'],
  ['  uppnått ', 'met'],
  ['GRÖN', 'met'],
  ['ja', 'met'],
  ['MET', 'met'],
  ['delvis Uppfyllt', 'partly_met'],
  ['Delvis uppnått', 'partly_met'],
  ['DELVIS', 'partly_met'],
  ['gul', 'partly_met'],
  ['Partly Met', 'partly_met'],
  ['ej uppfyllt', 'not_met'],
  ['Inte Uppfyllt', 'not_met'],
  ['EJ UPPNÅTT', 'not_met'],
  ['röd', 'not_met'],
  ['Nej', 'not_met'],
  ['not met', 'not_met'],
  ['kan inte bedömas', 'not_assessed'],
  ['Ej Bedömd', 'not_assessed'],
  ['ej bedömt', 'not_assessed'],
  ['GRÅ', 'not_assessed'],
  ['Cannot Be Assessed', 'not_assessed'],
  ['NOT ASSESSED', 'not_assessed'],
];

describe('§3.6 expert override', () => {
  test('the list covers every word of the method', () => {
    const all = Object.values(EXPERT_WORDS)
      .flat()
      .map((w) => w.toLowerCase());
    const tried = WORDINGS.map(([w]) => w.trim().toLowerCase());
    expect(new Set(tried)).toEqual(new Set(all));
  });

  test.each(WORDINGS)('"%s" is %s, whatever the computed status', (word, status) => {
    const r = assessOne({ actual: 5, target: 10, direction: 1, expertStatus: word });
    expect(r.result.computedStatus).toBe('not_met');
    expect(r.result.status).toBe(status);
    expect(r.result.overridden).toBe(true);
    expect(r.problems).toEqual([]);
    expect(parseStatusWord(word)).toBe(status);
  });

  test('an expert status equal to the computed one still counts as overridden', () => {
    const r = assessOne({ actual: 12, target: 10, direction: 1, expertStatus: 'Uppfyllt' }).result;
    expect(r.status).toBe('met');
    expect(r.computedStatus).toBe('met');
    expect(r.overridden).toBe(true);
  });

  test('unrecognised text: a warning at its cell, and the computed status stands', () => {
    const r = assessOne({
      actual: 12,
      target: 10,
      direction: 1,
      expertStatus: 'Bra jobbat',
      cells: { indicator: 'A2', expert: 'K2' },
    });
    expect(r.result.status).toBe('met');
    expect(r.result.overridden).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      code: 'unknown_expert_status',
      cell: 'K2',
      severity: 'warning',
    });
    expect(svText(r.problems[0])).toContain('”Bra jobbat”');
  });

  test('blank expert text is no expert status', () => {
    const r = assessOne({ actual: 12, target: 10, direction: 1, expertStatus: '   ' });
    expect(r.result.overridden).toBe(false);
    expect(r.problems).toEqual([]);
  });

  test('words that merely contain a status word are not recognised', () => {
    expect(parseStatusWord('Uppfyllt?')).toBeNull();
    expect(parseStatusWord('Ja, nästan')).toBeNull();
    expect(parseStatusWord(null)).toBeNull();
  });
});

describe('§3.5 manual', () => {
  test('computed status is not assessed; the expert status applies', () => {
    const r = assessOne({ rule: 'manual', actual: 5, expertStatus: 'Gul' }).result;
    expect(r.computedStatus).toBe('not_assessed');
    expect(r.status).toBe('partly_met');
    expect(r.fulfilment).toBeNull();
  });

  test('without an expert status: a warning asking for one, and no direction warning', () => {
    const r = assessOne({ rule: 'manual', actual: 5, cells: { indicator: 'A2', expert: 'K2' } });
    expect(r.result.status).toBe('not_assessed');
    expect(r.result.reason).toBe('Kräver sakkunnig bedömning.');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'needs_expert', cell: 'K2' });
  });
});

describe('§3 rule choice', () => {
  test('inferred in the order target, comparison, trend, manual', () => {
    const all = { actual: 1, target: 2, comparison: 3, previous: 4, direction: 1 as const };
    expect(assessOne(all).result.rule).toBe('target');
    expect(assessOne({ ...all, target: null }).result.rule).toBe('comparison');
    expect(assessOne({ ...all, target: null, comparison: null }).result.rule).toBe('trend');
    expect(assessOne({ actual: 1 }).result.rule).toBe('manual');
  });

  test('a given rule wins over inference', () => {
    expect(
      assessOne({ rule: 'trend', actual: 5, previous: 4, target: 9, direction: 1 }).result.rule,
    ).toBe('trend');
  });

  test('an unknown rule word: warning at the rule cell, then the rule is inferred', () => {
    const r = assessOne({
      ruleText: 'Snitt',
      actual: 5,
      comparison: 4,
      direction: 1,
      cells: { indicator: 'A2', rule: 'D2' },
    });
    expect(r.result.rule).toBe('comparison');
    expect(r.result.status).toBe('met');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'unknown_rule', cell: 'D2' });
    expect(svText(r.problems[0])).toContain('Jämförelse används');
  });

  test('if a is missing every rule but manual is not assessed with "Utfall saknas"', () => {
    for (const rule of ['target', 'trend', 'comparison', 'pace'] as const) {
      const r = assessOne({ rule, target: 1, previous: 1, comparison: 1, direction: 1 });
      expect(r.result.status).toBe('not_assessed');
      expect(codes(r.problems)).toContain('missing_actual');
    }
    expect(codes(assessOne({ rule: 'manual', expertStatus: 'Ja' }).problems)).toEqual([]);
  });
});

describe('§2 direction words', () => {
  test('an unknown word: a warning naming it and what to write; not assessed without inference', () => {
    const r = assessOne({
      directionText: 'Bättre',
      actual: 5,
      target: 6,
      cells: { indicator: 'A2', direction: 'C2' },
    });
    expect(r.result.status).toBe('not_assessed');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'unknown_direction', cell: 'C2' });
    expect(svText(r.problems[0])).toContain('”Bättre”');
    expect(svText(r.problems[0])).toContain('Öka eller Minska');
  });

  test('an unknown word "leaves the direction unknown" (§7), even with baseline and target', () => {
    const r = assessOne({ directionText: 'Bättre', actual: 6, baseline: 10, target: 5 });
    expect(r.result.status).toBe('not_assessed');
    expect(r.result.trend).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'unknown_direction', cell: 'A2' });
  });

  test('the English messages', () => {
    const r = assessOne({ directionText: 'Better', actual: 5, target: 6 }, {}, 'en');
    expect(enText(r.problems[0])).toContain('Write Increase or Decrease');
  });
});
