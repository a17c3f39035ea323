/**
 * Draws the plan's charts (§11: the summary's stacked bars) through Excel's
 * chart API (ExcelApi 1.7; the manifest asks for 1.9). Clearing a sheet
 * leaves its charts, so a chart of an earlier run, known by its name, is
 * deleted first: running twice gives one chart. Decides nothing: type,
 * place, title, series and colours are the plan's.
 */
import { a1, rangeA1 } from '../../workbook/address';
import type { ChartPlan } from '../../workbook/plan/types';
import type { CellRange } from '../../workbook/snapshot';
import { ACTION_BYTES, jsonBytes } from './payload';
import { worksheet, type Writer } from './write';

/** Calls queued per chart and per series, for the request budget. */
const CALLS_PER_CHART = 8;
const CALLS_PER_SERIES = 5;

export async function queueCharts(w: Writer, charts: readonly ChartPlan[]): Promise<void> {
  if (charts.length === 0) return;
  await deleteEarlier(w, charts);
  for (const chart of charts) await queueChart(w, chart);
}

/** Finds the sheets' charts by name (one round trip) and deletes those the plan draws anew. */
async function deleteEarlier(w: Writer, charts: readonly ChartPlan[]): Promise<void> {
  const named = charts.filter((c) => c.name);
  if (named.length === 0) return;
  const sheets = [...new Set(named.map((c) => c.sheet))];
  const collections = sheets.map((sheet) => worksheet(w, sheet).charts.load('items/name'));
  await w.budget.reserve(ACTION_BYTES * sheets.length);
  await w.budget.flush();
  for (const [i, sheet] of sheets.entries()) {
    const names = new Set(named.filter((c) => c.sheet === sheet).map((c) => c.name));
    for (const item of collections[i].items) {
      if (!names.has(item.name)) continue;
      await w.budget.reserve(ACTION_BYTES);
      item.delete();
    }
  }
}

async function queueChart(w: Writer, plan: ChartPlan): Promise<void> {
  const [first] = plan.series;
  if (!first) return;
  await w.budget.reserve(
    ACTION_BYTES * (CALLS_PER_CHART + CALLS_PER_SERIES * plan.series.length) + jsonBytes(plan),
  );
  const range = (r: { sheet: string; range: CellRange }) =>
    worksheet(w, r.sheet).getRange(rangeA1(r.range));
  const chart = worksheet(w, plan.sheet).charts.add('BarStacked', range(first.values), 'Columns');
  if (plan.name) chart.name = plan.name;
  chart.title.text = plan.title;
  chart.legend.visible = true;
  chart.legend.position = 'Bottom';
  // A bar chart draws its first category at the bottom; the summary lists it at the top.
  chart.axes.categoryAxis.reversePlotOrder = true;
  plan.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    if (i > 0) series.setValues(range(s.values));
    series.setXAxisValues(range(plan.categories));
    series.format.fill.setSolidColor(s.color);
  });
  const { top, left, bottom, right } = plan.anchor;
  chart.setPosition(a1(top, left), a1(bottom, right));
}
