import { sheetMarkName } from '../../../src/workbook/ownership';
import { buildPlan } from '../../../src/workbook/plan';
import type { WritePlan } from '../../../src/workbook/plan/types';
import type { DefinedName } from '../../../src/workbook/snapshot';
import {
  assessmentOf,
  found,
  goal,
  OPTIONS,
  problem,
  range,
  readOf,
  result,
  rowsOf,
  sheet,
  styleAt,
  workbook,
  ZERO,
} from './helpers';

const data = sheet('Data', [
  ['Indikator', 'Utfall 2024'],
  ['a', 1],
  ['b', 2],
]);
const table = found('Data', range(1, 1, 3, 2), [2, 3]);
const ownedMark = (sheetName: string): DefinedName => ({
  name: sheetMarkName('summary'),
  sheet: sheetName,
  range: range(1, 1, 1, 1),
});

function planWith(sheets = [data], names: DefinedName[] = [], lang: 'sv' | 'en' = 'sv') {
  return buildPlan(workbook(sheets, names), readOf([table]), assessmentOf([]), {
    ...OPTIONS,
    lang,
  });
}

describe('naming the summary sheet', () => {
  it('adds Sammanställning (Summary in English) at the end', () => {
    expect(planWith().plan.sheets[0]).toMatchObject({ name: 'Sammanställning', replaces: null });
    expect(planWith([data], [], 'en').plan.sheets[0]).toMatchObject({
      name: 'Summary',
      replaces: null,
    });
  });

  it("goes to Sammanställning (2) beside the user's own sheet of that name, and says so", () => {
    const own = sheet('sammanställning', [['mina anteckningar']]);
    const { plan, problems } = planWith([data, own]);
    expect(plan.sheets[0]).toMatchObject({ name: 'Sammanställning (2)', replaces: null });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'summary_renamed',
        sheet: 'sammanställning',
        cell: 'A1',
        severity: 'warning',
      }),
    ]);
    expect(problems[0].message).toContain('Sammanställning (2)');
  });

  it('takes the next free number', () => {
    const own = [sheet('Sammanställning', []), sheet('Sammanställning (2)', [])];
    expect(planWith([data, ...own]).plan.sheets[0].name).toBe('Sammanställning (3)');
  });

  it('rewrites the summary Målkoll made before, in place', () => {
    const { plan, problems } = planWith(
      [data, sheet('Sammanställning', [])],
      [ownedMark('Sammanställning')],
    );
    expect(plan.sheets[0]).toMatchObject({ name: 'Sammanställning', replaces: 'Sammanställning' });
    expect(problems).toEqual([]);
  });

  it('renames its own summary when the language changes', () => {
    const { plan } = planWith(
      [data, sheet('Sammanställning', [])],
      [ownedMark('Sammanställning')],
      'en',
    );
    expect(plan.sheets[0]).toMatchObject({ name: 'Summary', replaces: 'Sammanställning' });
  });

  it("keeps its numbered summary beside the user's sheet on the next run", () => {
    const sheets = [data, sheet('Sammanställning', []), sheet('Sammanställning (2)', [])];
    const { plan, problems } = planWith(sheets, [ownedMark('Sammanställning (2)')]);
    expect(plan.sheets[0]).toMatchObject({
      name: 'Sammanställning (2)',
      replaces: 'Sammanställning (2)',
    });
    expect(problems.map((p) => p.code)).toEqual(['summary_renamed']);
  });
});

describe('the content of the summary', () => {
  const indicators = [
    result('Data', 2, { period: 'Utfall 2024' }),
    result('Data', 3, { period: 'Utfall 2023' }),
  ];
  const assessment = assessmentOf(indicators, {
    overall: { status: 'partly_met', score: 0.6, counts: { ...ZERO, met: 1, partly_met: 1 } },
    focusAreas: [
      { name: 'Trygghet', status: 'met', score: 1, counts: { ...ZERO, met: 1 } },
      { name: '', status: 'not_assessed', score: null, counts: { ...ZERO, not_assessed: 1 } },
    ],
    owners: [
      { name: 'Socialnämnden', status: 'not_met', score: 0, counts: { ...ZERO, not_met: 2 } },
    ],
    goals: [
      goal('Trygg kommun', {
        focusArea: 'Trygghet',
        status: 'met',
        computedStatus: 'partly_met',
        overridden: true,
        score: 0.75,
        counts: { met: 2, partly_met: 1, not_met: 1, not_assessed: 3 },
        activities: { done: 4, planned: 5, other: 1 },
        analysis: 'Sakkunnig: bättre än siffrorna visar.',
        reason: '2 av 4 uppfyllda.',
      }),
      goal('', { focusArea: '', status: 'not_assessed', score: null }),
      goal('=HYPERLINK("http://x")'),
    ],
    problems: [problem('Data', 'B3', { severity: 'error', message: 'Felvärde i B3.' })],
  });
  const read = readOf([table], {
    problems: [problem('Data', 'A2'), problem('Okänt', 'C1')],
    periods: [
      { label: 'Utfall 2023', year: 2023 },
      { label: 'Utfall 2024', year: 2024 },
    ],
  });

  function summaryPlan(period: string | null = null, lang: 'sv' | 'en' = 'sv'): WritePlan {
    return buildPlan(workbook([data]), read, assessment, { ...OPTIONS, period, lang }).plan;
  }

  const rowStarting = (plan: WritePlan, first: string, sheetName = 'Sammanställning') =>
    rowsOf(plan, sheetName).find((r) => r.values[0] === first);

  it('starts with a title, the period and the date, frozen at the top', () => {
    const plan = summaryPlan();
    const rows = rowsOf(plan, 'Sammanställning');
    expect(rows[0]).toMatchObject({ row: 1 });
    expect(String(rows[0].values[0])).toMatch(/Målkoll/);
    expect(styleAt(plan, 'Sammanställning', 1, 1).bold).toBe(true);
    expect(rowStarting(plan, 'Period')?.values[1]).toBe(
      'Senaste utfall per indikator (Utfall 2023, Utfall 2024)',
    );
    expect(rowStarting(plan, 'Bedömningsdatum')?.values[1]).toBe('2025-03-01');
    expect(plan.sheets[0].freezeRows).toBeGreaterThan(0);
  });

  it('lists a period written two ways once, as first written', () => {
    const twoWays = assessmentOf([
      result('Data', 2, { period: 'Utfall 2023' }),
      result('Data', 3, { period: 'Actual 2023' }),
      result('Data', 4, { period: 'Tertial 2 2024' }),
      result('Data', 5, { period: 'T2 2024' }),
    ]);
    const columns = readOf([table], {
      periods: [
        { label: 'Utfall 2023', year: 2023 },
        { label: 'Actual 2023', year: 2023 },
        { label: 'Tertial 2 2024', year: 2024 },
        { label: 'T2 2024', year: 2024 },
      ],
    });
    const plan = buildPlan(workbook([data]), columns, twoWays, OPTIONS).plan;
    expect(rowStarting(plan, 'Period')?.values[1]).toBe(
      'Senaste utfall per indikator (Utfall 2023, Tertial 2 2024)',
    );
  });

  it('shows the named period when one was asked for', () => {
    expect(rowStarting(summaryPlan('Helår 2023'), 'Period')?.values[1]).toBe('Helår 2023');
  });

  it('shows the whole with its status, fill and counts', () => {
    const plan = summaryPlan();
    const whole = rowStarting(plan, 'Alla mål')!;
    expect(whole.values.slice(1, 7)).toEqual(['◆ Delvis uppfyllt', 0.6, 1, 1, 0, 0]);
    expect(styleAt(plan, 'Sammanställning', whole.row, 2)).toMatchObject({ fill: '#FFEB9C' });
    expect(styleAt(plan, 'Sammanställning', whole.row, 3).numFmt).toBe('0 %');
  });

  it('shows each focus area and each owner, naming a missing focus area', () => {
    const plan = summaryPlan();
    expect(rowStarting(plan, 'Trygghet')?.values[1]).toBe('● Uppfyllt');
    expect(rowStarting(plan, '(Utan fokusområde)')?.values[1]).toBe('▲ Kan inte bedömas');
    const owner = rowStarting(plan, 'Socialnämnden')!;
    expect(owner.values.slice(1, 7)).toEqual(['■ Ej uppfyllt', 0, 0, 0, 2, 0]);
    expect(styleAt(plan, 'Sammanställning', owner.row, 2)).toMatchObject({ fill: '#FFC7CE' });
  });

  it('shows each goal with status, expert mark, score, counts, activities, analysis and reason', () => {
    const plan = summaryPlan();
    const g = rowStarting(plan, 'Trygg kommun')!;
    expect(g.values).toEqual([
      'Trygg kommun',
      '● Uppfyllt (sakkunnig)',
      0.75,
      2,
      1,
      1,
      3,
      'Trygghet',
      4,
      5,
      'Sakkunnig: bättre än siffrorna visar.',
      '2 av 4 uppfyllda.',
    ]);
    expect(styleAt(plan, 'Sammanställning', g.row, 2)).toMatchObject({
      fill: '#C6EFCE',
      fontColor: '#006100',
    });
    expect(styleAt(plan, 'Sammanställning', g.row, 3).numFmt).toBe('0 %');
    const noGoal = rowStarting(plan, '(Utan mål)')!;
    expect(noGoal.values[7]).toBe('(Utan fokusområde)');
    expect(noGoal.values[2]).toBeNull();
  });

  it('writes text from the workbook as plain text', () => {
    expect(rowStarting(summaryPlan(), '=HYPERLINK("http://x")')).toBeDefined();
  });

  it('lists every problem in workbook order, with a link to each cell of a sheet that exists', () => {
    const plan = summaryPlan();
    const warning = rowStarting(plan, 'Varning')!;
    const error = rowStarting(plan, 'Fel')!;
    expect(warning.values).toEqual(['Varning', 'Data', 'A2', 'Problem i A2.']);
    expect(error.values).toEqual(['Fel', 'Data', 'B3', 'Felvärde i B3.']);
    expect(error.row).toBe(warning.row + 1);
    expect(plan.links).toContainEqual({
      sheet: 'Sammanställning',
      row: error.row,
      col: 3,
      text: 'B3',
      targetSheet: 'Data',
      targetCell: 'B3',
    });
    const unknown = rowsOf(plan, 'Sammanställning').find((r) => r.values[1] === 'Okänt')!;
    expect(unknown.row).toBe(error.row + 1);
    expect(plan.links.some((l) => l.targetSheet === 'Okänt')).toBe(false);
  });

  it('says when there are no problems', () => {
    const { plan } = buildPlan(workbook([data]), readOf([table]), assessmentOf([]), OPTIONS);
    expect(rowStarting(plan, 'Inga problem hittades.')).toBeDefined();
  });

  it('lists the parameters used by their Swedish names', () => {
    const plan = summaryPlan();
    expect(rowStarting(plan, 'Delvis-gräns målvärde')?.values[1]).toBe(0.8);
    expect(rowStarting(plan, 'Sammanvägning')?.values[1]).toBe('poäng');
    expect(rowStarting(plan, 'Minsta täckning')?.values[1]).toBe(0.5);
  });

  it('speaks English with lang en', () => {
    const plan = summaryPlan(null, 'en');
    expect(rowStarting(plan, 'All goals', 'Summary')?.values[1]).toBe('◆ Partly met');
    expect(rowStarting(plan, '(No focus area)', 'Summary')).toBeDefined();
    expect(rowStarting(plan, 'Trygg kommun', 'Summary')?.values[1]).toBe('● Met (expert)');
    expect(rowStarting(plan, 'Period', 'Summary')?.values[1]).toBe(
      'Latest outcome per indicator (Utfall 2023, Utfall 2024)',
    );
  });

  it('cuts long text from the workbook to 32,767 characters', () => {
    const long = assessmentOf([], { goals: [goal('M', { analysis: 'å'.repeat(33_000) })] });
    const { plan } = buildPlan(workbook([data]), readOf([table]), long, OPTIONS);
    expect(String(rowStarting(plan, 'M')?.values[10]).length).toBe(32_767);
  });

  it('writes every section as rectangular blocks', () => {
    for (const block of summaryPlan().values) {
      const widths = new Set(block.values.map((r) => r.length));
      expect(widths.size).toBe(1);
    }
  });
});
