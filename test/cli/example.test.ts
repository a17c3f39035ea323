/** The bundled example (src/demo) shows every part of the method, and the committed file matches it. */
import fs from 'node:fs';
import path from 'node:path';
import {
  ACTIVITY_STATUSES,
  FOCUS_AREAS,
  GOAL,
  GOALS,
  KOMMUNSTYRELSEN,
  PERIODS,
  SOCIALNAMNDEN,
} from '../../src/demo/example-data';
import { EXAMPLE_SHEETS, exampleSnapshot } from '../../src/demo/example-workbook';
import { assessWorkbook } from '../../src/workbook/assess-workbook';
import { loadSnapshot, sheetNamed } from './helpers';

const assessed = () => assessWorkbook(exampleSnapshot(), { date: '2024-09-30' });

describe('the example workbook', () => {
  it('is the same snapshot every time, and no two calls share rows', () => {
    const a = exampleSnapshot();
    const b = exampleSnapshot();
    expect(a).toEqual(b);
    a.sheets[0].rows.clear();
    expect(b.sheets[0].rows.size).toBeGreaterThan(0);
  });

  it('has the two committee sheets, the goal table and the activities, and no Metod sheet', () => {
    const names = exampleSnapshot().sheets.map((s) => s.name);
    expect(names).toEqual(Object.values(EXAMPLE_SHEETS));
    const { read } = assessed();
    expect(read.hasMethodSheet).toBe(false);
    expect(read.tables.map((t) => [t.sheet, t.excelTable !== null])).toEqual([
      ['Kommunstyrelsen', true],
      ['Socialnämnden', false],
    ]);
    expect(read.periods.map((p) => p.label)).toEqual([...PERIODS]);
    expect(read.goals).toHaveLength(GOALS.length);
    expect(new Set(read.activities.map((a) => a.status))).toEqual(new Set(ACTIVITY_STATUSES));
  });

  it('uses every rule, and lets the sakkunnig overrule one indicator with an analysis', () => {
    const { assessment } = assessed();
    const rules = new Set(assessment.indicators.map((i) => i.rule));
    expect(rules).toEqual(new Set(['target', 'trend', 'comparison', 'pace', 'manual']));
    const overruled = assessment.indicators.filter(
      (i) => i.overridden && i.status !== i.computedStatus && i.rule !== 'manual',
    );
    expect(overruled.length).toBeGreaterThan(0);
    const withComment = [...KOMMUNSTYRELSEN, ...SOCIALNAMNDEN].filter((i) => i.expert && i.comment);
    expect(withComment.map((i) => i.name)).toEqual(expect.arrayContaining([overruled[0].name]));
  });

  it('has the five focus areas and goals of 2–5 indicators, plus one judged by the sakkunnig alone', () => {
    const { assessment } = assessed();
    expect(assessment.focusAreas.map((f) => f.name)).toEqual([...FOCUS_AREAS]);
    const alone = assessment.goals.find((g) => g.name === GOAL.civilSociety);
    expect(alone).toMatchObject({ computedStatus: 'not_assessed', overridden: true });
    expect(alone?.status).not.toBe('not_assessed');
    for (const goal of assessment.goals.filter((g) => g !== alone)) {
      const n = Object.values(goal.counts).reduce((a, b) => a + b, 0);
      expect({ goal: goal.name, ok: n >= 2 && n <= 5 }).toEqual({ goal: goal.name, ok: true });
    }
  });

  it('lets many indicators lag (no T2 2024) and shows percentages as percent', () => {
    const all = [...KOMMUNSTYRELSEN, ...SOCIALNAMNDEN];
    const lagging = all.filter((i) => i.values[3] === null);
    expect(lagging.length).toBeGreaterThan(all.length / 2);
    const board = sheetNamed(exampleSnapshot(), 'Kommunstyrelsen');
    const formats = [...board.rows.values()].flatMap((r) => r.map((c) => c?.numFmt));
    expect(formats).toContain('0 %');
    expect(formats).toContain('0.0 %');
  });
});

describe('examples/exempelkommun.xlsx', () => {
  const file = path.join(__dirname, '..', '..', 'examples', 'exempelkommun.xlsx');

  (fs.existsSync(file) ? it : it.skip)(
    'holds the example data (npm run example remakes it)',
    async () => {
      expect(await loadSnapshot(file)).toEqual(exampleSnapshot());
    },
  );
});
