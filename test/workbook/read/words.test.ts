import {
  DIRECTION_WORDS,
  parseDirection,
  parseRule,
  RULE_WORDS,
} from '../../../src/workbook/read/words';

describe('direction words (§7)', () => {
  it.each(DIRECTION_WORDS.up)('%s → +1', (word) => {
    expect(parseDirection(word)).toBe(1);
    expect(parseDirection(`  ${word.toUpperCase()} `)).toBe(1);
  });

  it.each(DIRECTION_WORDS.down)('%s → −1', (word) => {
    expect(parseDirection(word)).toBe(-1);
  });

  it.each(['-', '–', 'Hogre ar battre', 'Öka (högre är bättre)', 'ska  öka'])(
    '%s is recognised too',
    (word) => {
      expect(parseDirection(word)).not.toBeNull();
    },
  );

  it.each(['Oförändrad', 'Stabil', '0', 'Higher is better', ''])('%j is unknown', (word) => {
    expect(parseDirection(word)).toBeNull();
  });
});

describe('rule words (§7)', () => {
  it.each(Object.entries(RULE_WORDS).flatMap(([rule, words]) => words.map((w) => [w, rule])))(
    '%s → %s',
    (word, rule) => {
      expect(parseRule(word)).toBe(rule);
      expect(parseRule(word.toLowerCase())).toBe(rule);
    },
  );

  it('ignores diacritics and a trailing "(…)"', () => {
    expect(parseRule('Jamforelse (rikssnitt)')).toBe('comparison');
  });

  it.each(['Målvärde 2030', 'Sakkunnig', 'Poäng'])('%s is unknown', (word) => {
    expect(parseRule(word)).toBeNull();
  });
});
