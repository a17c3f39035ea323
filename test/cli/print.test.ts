import type { Problem } from '../../src/engine/types';
import { formatProblems, MAX_PRINTED_PROBLEMS } from '../../src/cli/print';

const warning = (row: number): Problem => ({
  severity: 'warning',
  sheet: 'Nämnd A',
  cell: `B${row}`,
  code: 'unreadable_number',
  params: { text: 'tolv' },
});
const error: Problem = {
  ...warning(1),
  severity: 'error',
  code: 'error_value',
  params: { text: '#N/A' },
};

describe('the printed problems', () => {
  it('count in the singular and plural, and leave out what there is none of', () => {
    expect(formatProblems([warning(2)], 'sv', 'Sammanställning')[0]).toBe('Problem: 1 varning');
    expect(formatProblems([error, warning(2), warning(3)], 'sv', 'X')[0]).toBe(
      'Problem: 1 fel och 2 varningar',
    );
    expect(formatProblems([error], 'en', 'Summary')[0]).toBe('Problems: 1 error');
    expect(formatProblems([error, error, warning(2)], 'en', 'Summary')[0]).toBe(
      'Problems: 2 errors and 1 warning',
    );
  });

  it('show the sheet and cell once, before the words', () => {
    expect(formatProblems([warning(2)], 'sv', 'Sammanställning')[1]).toBe(
      "  'Nämnd A'!B2: ”tolv” är inte ett tal. Skriv ett tal (t.ex. 12,5) eller lämna cellen tom.",
    );
  });

  it('name the summary sheet actually written for the rest', () => {
    const many = Array.from({ length: MAX_PRINTED_PROBLEMS + 3 }, (_, i) => warning(i + 2));
    const lines = formatProblems(many, 'sv', 'Sammanställning (2)');
    expect(lines.at(-1)).toBe('  … och 3 till. Alla finns på bladet Sammanställning (2).');
  });
});
