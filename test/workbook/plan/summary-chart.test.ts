/**
 * §11: the summary's chart of the statuses per focus area points at the
 * summary's own cells, which hold the focus areas' names and goal counts; it
 * lies in rows left empty for it, in the status colours, and a second run
 * replaces it rather than adding another.
 */
import { MemoryHost } from '../../../src/adapters/memory';
import { exampleSnapshot } from '../../../src/demo/example-workbook';
import { STATUS_LOOK } from '../../../src/engine/statuses';
import { STATUSES } from '../../../src/engine/types';
import { assessWorkbook } from '../../../src/workbook/assess-workbook';
import { buildBoardReport } from '../../../src/workbook/board-report';
import type { CellRange, WorkbookSnapshot } from '../../../src/workbook/snapshot';

const DATE = '2024-09-30';

function column(snapshot: WorkbookSnapshot, sheet: string, range: CellRange) {
  const data = snapshot.sheets.find((s) => s.name === sheet)!;
  const out = [];
  for (let row = range.top; row <= range.bottom; row++)
    out.push(data.rows.get(row)?.[range.left]?.value ?? null);
  return out;
}

describe('the chart on the summary', () => {
  it('shows each focus area’s goal counts per status, from the cells beside the names', async () => {
    const host = new MemoryHost(exampleSnapshot());
    const result = assessWorkbook(await host.read(), { lang: 'sv', date: DATE });
    await host.apply(result.plan);
    const after = await host.read();
    const charts = host.chartsOn('Sammanställning');
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart.title).toBe('Antal mål per bedömning i varje fokusområde');
    const areas = result.assessment.focusAreas;
    expect(column(after, chart.categories.sheet, chart.categories.range)).toEqual(
      areas.map((f) => f.name),
    );
    expect(chart.series.map((s) => [s.name, s.color])).toEqual(
      STATUSES.map((s) => [`${STATUS_LOOK[s].symbol} ${STATUS_LOOK[s].sv}`, STATUS_LOOK[s].fill]),
    );
    chart.series.forEach((series, i) => {
      expect(column(after, series.values.sheet, series.values.range)).toEqual(
        areas.map((f) => f.counts[STATUSES[i]]),
      );
    });
    // The report's diagram shows the same numbers.
    const report = buildBoardReport(result, { lang: 'sv', date: DATE });
    const diagram = report.blocks.find((b) => b.kind === 'diagram');
    if (diagram?.kind !== 'diagram') throw new Error('no diagram');
    diagram.bars.forEach((bar, i) => {
      for (const segment of bar.segments)
        expect(segment.count).toBe(areas[i].counts[segment.status]);
    });
  });

  it('lies in rows the summary leaves empty', async () => {
    const host = new MemoryHost(exampleSnapshot());
    const result = assessWorkbook(await host.read(), { lang: 'en', date: DATE });
    await host.apply(result.plan);
    const [chart] = host.chartsOn('Summary');
    const { anchor } = chart;
    expect(anchor.bottom - anchor.top).toBeGreaterThanOrEqual(10);
    const summary = (await host.read()).sheets.find((s) => s.name === 'Summary')!;
    for (let row = anchor.top; row <= anchor.bottom; row++)
      for (let col = anchor.left; col <= anchor.right; col++)
        expect(summary.rows.get(row)?.[col]?.value ?? null).toBeNull();
    expect(chart.series[0].name).toBe('● Met');
  });

  it('is replaced, not added to, when the workbook is assessed again', async () => {
    const host = new MemoryHost(exampleSnapshot());
    for (const lang of ['sv', 'sv', 'en'] as const) {
      const result = assessWorkbook(await host.read(), { lang, date: DATE });
      await host.apply(result.plan);
    }
    expect(host.chartsOn('Sammanställning')).toHaveLength(0);
    expect(host.chartsOn('Summary')).toHaveLength(1);
  });

  it('is not drawn without focus areas', () => {
    const result = assessWorkbook({ sheets: [], names: [] }, { lang: 'sv', date: DATE });
    expect(result.plan.charts ?? []).toEqual([]);
  });
});
