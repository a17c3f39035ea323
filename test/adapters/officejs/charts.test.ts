/**
 * The summary's chart through Excel's chart API (on the fake): stacked bars,
 * one series per status in its colour and name, categories and values from
 * the summary's cells, placed where the plan leaves room; a second run
 * replaces the chart instead of adding one.
 */
import { exampleSnapshot } from '../../../src/demo/example-workbook';
import { STATUS_LOOK } from '../../../src/engine/statuses';
import { STATUSES } from '../../../src/engine/types';
import { rangeA1 } from '../../../src/workbook/address';
import { assessWorkbook } from '../../../src/workbook/assess-workbook';
import { STATUS_CHART_NAME } from '../../../src/workbook/plan/summary-chart';
import { fakeWorkbook } from '../../support/fake-from-snapshot';
import { fakeWith, hostFor } from './helpers';

const DATE = '2024-09-30';
const SUMMARY = 'Sammanställning';

async function assessOnFake(times: number, lang: 'sv' | 'en' = 'sv') {
  const fake = fakeWith(fakeWorkbook(exampleSnapshot()));
  const host = hostFor(fake);
  let result = null;
  for (let i = 0; i < times; i++) {
    result = assessWorkbook(await host.read(), { lang, date: DATE });
    await host.apply(result.plan);
  }
  return { fake, result: result! };
}

describe('the Office.js host draws the summary chart', () => {
  it('as stacked bars of the summary’s counts, in the status colours, where the plan puts it', async () => {
    const { fake, result } = await assessOnFake(1);
    const [plan] = result.plan.charts!;
    const charts = fake.charts(SUMMARY);
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart).toMatchObject({
      name: STATUS_CHART_NAME,
      type: 'BarStacked',
      title: plan.title,
      legend: { visible: true, position: 'Bottom' },
      reversePlotOrder: true,
      position: rangeA1(plan.anchor),
    });
    const ref = (r: { range: Parameters<typeof rangeA1>[0] }) => `${SUMMARY}!${rangeA1(r.range)}`;
    expect(chart.series).toEqual(
      STATUSES.map((s, i) => ({
        name: `${STATUS_LOOK[s].symbol} ${STATUS_LOOK[s].sv}`,
        color: STATUS_LOOK[s].fill,
        values: ref(plan.series[i].values),
        xValues: ref(plan.categories),
      })),
    );
    // The cells it points at hold what the assessment counted.
    const { top } = plan.categories.range;
    result.assessment.focusAreas.forEach((f, i) => {
      expect(fake.cell(SUMMARY, `A${top + i}`)?.value).toBe(f.name);
      const met = plan.series[0].values.range;
      expect(fake.cell(SUMMARY, rangeA1({ ...met, top: top + i, bottom: top + i }))?.value).toBe(
        f.counts.met,
      );
    });
  });

  it('once, however often the workbook is assessed', async () => {
    const { fake } = await assessOnFake(3);
    expect(fake.charts(SUMMARY)).toHaveLength(1);
  });

  it('in English on the English summary', async () => {
    const { fake } = await assessOnFake(1, 'en');
    const [chart] = fake.charts('Summary');
    expect(chart.title).toBe('Number of goals per assessment in each focus area');
    expect(chart.series.map((s) => s.name)).toEqual([
      '● Met',
      '◆ Partly met',
      '■ Not met',
      '▲ Cannot be assessed',
    ]);
  });
});
