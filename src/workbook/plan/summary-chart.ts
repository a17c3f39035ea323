/**
 * §11's picture on the summary: a stacked bar chart of the number of goals
 * per status in each focus area, drawn from the focus-area rows that the
 * summary already writes (names in one column, the four counts beside them),
 * in the status colours of §1, with a legend that names the statuses.
 */
import { STATUS_LOOK, statusText } from '../../engine/statuses';
import { STATUSES } from '../../engine/types';
import { SUMMARY_CHART_TITLE } from '../labels';
import type { PlanContext } from './context';
import type { SectionWriter } from './sections';
import type { ChartPlan } from './types';

/** Rows left free under the focus areas for the chart (it is 17 rows high). */
export const CHART_ROWS = 18;
/** The chart spans columns A–C of the summary, about 700 pixels. */
const CHART_RIGHT = 3;
/** The name Målkoll knows its chart by, so that a new run replaces it. */
export const STATUS_CHART_NAME = 'MalkollStatusdiagram';

export interface FocusAreaRows {
  /** The first focus area's row. */
  top: number;
  count: number;
  /** The column of the names. */
  nameCol: number;
  /** The column of the first count (met); the other three follow in the order of §1. */
  countsLeft: number;
}

/** Leaves room under the focus areas and plans the chart there; nothing without focus areas. */
export function planStatusChart(ctx: PlanContext, w: SectionWriter, rows: FocusAreaRows): void {
  if (rows.count === 0) return;
  const top = w.space(CHART_ROWS);
  const bottom = rows.top + rows.count - 1;
  const column = (col: number) => ({
    sheet: w.sheet,
    range: { top: rows.top, bottom, left: col, right: col },
  });
  const chart: ChartPlan = {
    sheet: w.sheet,
    name: STATUS_CHART_NAME,
    anchor: { top, left: 1, bottom: top + CHART_ROWS - 2, right: CHART_RIGHT },
    title: SUMMARY_CHART_TITLE[ctx.lang],
    categories: column(rows.nameCol),
    series: STATUSES.map((status, i) => ({
      name: statusText(status, ctx.lang),
      color: STATUS_LOOK[status].fill,
      values: column(rows.countsLeft + i),
    })),
  };
  (ctx.plan.charts ??= []).push(chart);
}
