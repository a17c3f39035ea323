/**
 * §11: the report to the board as a document model, built from the example
 * workbook's one assessment: what an official reads, in the order they read it.
 */
import { svText } from '../../support/problem-text';
import { ACTIVITIES, GOALS } from '../../../src/demo/example-data';
import { exampleSnapshot } from '../../../src/demo/example-workbook';
import { statusText } from '../../../src/engine/statuses';
import { assessWorkbook, type WorkbookAssessment } from '../../../src/workbook/assess-workbook';
import { buildBoardReport } from '../../../src/workbook/board-report';
import type { Block, BoardReport, Inline } from '../../../src/workbook/board-report/types';
import { renderHtml, renderText } from '../../../src/report/html';
import { plainSheet } from '../../cli/helpers';

const DATE = '2024-09-30';

function assessed(lang: 'sv' | 'en' = 'sv'): WorkbookAssessment {
  return assessWorkbook(exampleSnapshot(), { lang, date: DATE });
}

const text = (inlines: Inline[]) => inlines.map((i) => i.text).join('');

function headings(report: BoardReport, level: number): string[] {
  return report.blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));
}

/** The blocks from a level-3 heading (a goal) to the next heading of level 3 or above. */
function goalBlocks(report: BoardReport, goal: string): Block[] {
  const start = report.blocks.findIndex((b) => b.kind === 'heading' && b.text === goal);
  expect(start).toBeGreaterThan(-1);
  const rest = report.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading');
  return end < 0 ? rest : rest.slice(0, end);
}

describe('the report to the board', () => {
  const result = assessed();
  const report = buildBoardReport(result, { lang: 'sv', date: DATE });

  it('has a title, the date and the periods, in Swedish', () => {
    expect(report.languageTag).toBe('sv-SE');
    // The follow-up (§10) is the latest period with a number: T2 2024.
    expect(report.title).toBe('Måluppföljning T2 2024');
    expect(report.subtitle).toContain(DATE);
    expect(report.subtitle).toContain('Utfall T2 2024');
    expect(report.fileName).toBe('Malkoll-rapport-T2-2024.docx');
  });

  it('names the follow-up of the JSON report, else the period named', () => {
    const { followUp: _, ...without } = result.report as typeof result.report & {
      followUp?: string;
    };
    const older = { ...result, report: without } as WorkbookAssessment;
    const named = buildBoardReport(older, { lang: 'sv', date: DATE, period: 'Utfall T2 2024' });
    expect(named.title).toBe('Måluppföljning Utfall T2 2024');
    expect(named.fileName).toBe('Malkoll-rapport-Utfall-T2-2024.docx');
    expect(buildBoardReport(older, { lang: 'sv', date: DATE }).title).toBe('Måluppföljning');
  });

  it('starts with the whole: status, counts per status, then the diagram of the focus areas', () => {
    const [first, status] = report.blocks;
    expect(first).toEqual({ kind: 'heading', level: 1, text: 'Sammanfattning' });
    expect(status.kind === 'paragraph' && text(status.inlines)).toContain(
      statusText(result.assessment.overall.status, 'sv'),
    );
    const diagram = report.blocks.find((b) => b.kind === 'diagram');
    if (diagram?.kind !== 'diagram') throw new Error('no diagram');
    expect(diagram.bars.map((b) => b.name)).toEqual(
      result.assessment.focusAreas.map((f) => f.name),
    );
    result.assessment.focusAreas.forEach((f, i) => {
      for (const s of diagram.bars[i].segments) expect(s.count).toBe(f.counts[s.status]);
      expect(diagram.bars[i].segments.reduce((n, s) => n + s.count, 0)).toBe(
        f.counts.met + f.counts.partly_met + f.counts.not_met + f.counts.not_assessed,
      );
      expect(diagram.alt).toContain(f.name);
    });
    expect(diagram.legend.map((l) => l.label)).toEqual([
      '● Uppfyllt',
      '◆ Delvis uppfyllt',
      '■ Ej uppfyllt',
      '▲ Kan inte bedömas',
    ]);
  });

  it('gives every focus area a heading and under it every goal with its status', () => {
    expect(headings(report, 2)).toEqual(result.assessment.focusAreas.map((f) => f.name));
    expect(headings(report, 3)).toHaveLength(result.assessment.goals.length);
    for (const goal of result.assessment.goals) {
      const blocks = goalBlocks(report, goal.name);
      const first = blocks[0];
      expect(first.kind === 'paragraph' && text(first.inlines)).toBe(
        `Bedömning: ${statusText(goal.status, 'sv', goal.overridden)}`,
      );
    }
  });

  it('marks the sakkunnig status, and shows each analysis and activity under its goal', () => {
    const overridden = result.assessment.goals.filter((g) => g.overridden);
    expect(overridden.length).toBeGreaterThan(0);
    for (const g of overridden) {
      const first = goalBlocks(report, g.name)[0];
      expect(first.kind === 'paragraph' && text(first.inlines)).toContain('(sakkunnig)');
    }
    for (const g of GOALS.filter((g) => g.analysis)) {
      const words = goalBlocks(report, g.name).flatMap((b) =>
        b.kind === 'paragraph' ? [text(b.inlines)] : [],
      );
      expect(words).toContain(g.analysis);
    }
    for (const a of ACTIVITIES) {
      const items = goalBlocks(report, a.goal).flatMap((b) =>
        b.kind === 'list' ? b.items.map(text) : [],
      );
      expect(items.some((i) => i.startsWith(a.activity))).toBe(true);
    }
  });

  it('keeps done and planned activities apart', () => {
    const goal = ACTIVITIES.find((a) => a.status === 'Genomförd')!.goal;
    const blocks = goalBlocks(report, goal);
    const done = blocks.findIndex(
      (b) => b.kind === 'paragraph' && text(b.inlines) === 'Genomförda aktiviteter',
    );
    const list = blocks[done + 1];
    if (list.kind !== 'list') throw new Error('no list after the title');
    const names = list.items.map(text);
    const expected = ACTIVITIES.filter((a) => a.goal === goal && a.status === 'Genomförd');
    expect(names).toEqual(expected.map((a) => a.activity));
  });

  it("tabulates a goal's indicators: outcome with its period, target, status and trend", () => {
    const indicator = result.report.indicators.find((i) => i.trend && i.period)!;
    const table = goalBlocks(report, indicator.goal!).find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no indicator table');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Indikator',
      'Utfall (period)',
      'Målvärde',
      'Bedömning',
      'Trend',
    ]);
    expect(table.columns.reduce((n, c) => n + c.width, 0)).toBeCloseTo(1, 9);
    const row = table.rows.find((r) => r[0].text === indicator.name)!;
    expect(row[1].text).toContain(`(${indicator.period})`);
    expect(row[3]).toEqual({
      text: statusText(indicator.status, 'sv', indicator.overridden),
      status: indicator.status,
    });
    expect(row[4].text).toMatch(/^[↑→↓] /);
  });

  it('lists each nämnd with its status and counts, and the problems last with sheet and cell', () => {
    expect(headings(report, 1)).toEqual([
      'Sammanfattning',
      'Mål per fokusområde',
      'Nämnder',
      'Problem i arbetsboken',
    ]);
    const tables = report.blocks.filter((b) => b.kind === 'table');
    const problems = tables[tables.length - 1];
    if (problems.kind !== 'table') throw new Error('no table');
    expect(problems.rows.map((r) => [r[1].text, r[2].text, r[3].text])).toEqual(
      result.problems.map((p) => [p.sheet, p.cell, svText(p)]),
    );
    const owners = tables[tables.length - 2];
    if (owners.kind !== 'table') throw new Error('no table');
    expect(owners.rows.map((r) => r[0].text)).toEqual(result.assessment.owners.map((o) => o.name));
    expect(owners.rows[0].slice(2).map((c) => Number(c.text))).toEqual(
      Object.values(result.assessment.owners[0].counts),
    );
  });

  it('is in English with the English option', () => {
    const en = buildBoardReport(assessed('en'), { lang: 'en', date: DATE });
    expect(en.languageTag).toBe('en-US');
    expect(headings(en, 1)).toEqual([
      'Summary',
      'Goals by focus area',
      'Committees',
      'Problems in the workbook',
    ]);
    expect(renderText(en)).toContain('● Met');
  });

  it('shows the previous follow-up and the change where the JSON report has them, "–" where not', () => {
    expect(renderText(report)).not.toContain('Föregående (');
    const goal = result.report.goals[0];
    const withHistory = {
      ...result,
      report: {
        ...result.report,
        followUp: 'T2 2024',
        previousFollowUp: 'T1 2024',
        overall: { ...result.report.overall, previousStatus: 'not_met', change: 'better' },
        goals: result.report.goals.map((g, i) =>
          i === 0 ? { ...g, previousStatus: 'met', change: 'worse' } : g,
        ),
      },
    } as WorkbookAssessment;
    const later = buildBoardReport(withHistory, { lang: 'sv', date: DATE });
    expect(later.title).toBe('Måluppföljning T2 2024');
    expect(later.subtitle).toContain('Jämförs med föregående uppföljning: T1 2024');
    const lines = goalBlocks(later, goal.name).flatMap((b) =>
      b.kind === 'paragraph' ? [text(b.inlines)] : [],
    );
    expect(lines).toContain('Föregående (T1 2024): ● Uppfyllt · Förändring: ↓ Sämre');
    expect(renderText(later)).toContain(
      'Föregående (T1 2024): ■ Ej uppfyllt · Förändring: ↑ Bättre',
    );
  });
});

describe('text from the workbook', () => {
  const hostile = '<b>Trygg</b> & "säker" =SUMMA(A1)\u0007';
  const snapshot = {
    sheets: [
      plainSheet('Mål', [
        ['Indikator', 'Mål', 'Fokusområde', 'Utfall 2023', 'Målvärde'],
        ['Andel nöjda', hostile, '<i>Område</i>', 0.8, 0.7],
      ]),
    ],
    names: [],
  };
  const result = assessWorkbook(snapshot, { lang: 'sv', date: DATE });
  const report = buildBoardReport(result, { lang: 'sv', date: DATE });

  it('is shown as text: no markup, no formula, no control characters', () => {
    expect(headings(report, 3)).toEqual(['<b>Trygg</b> & "säker" =SUMMA(A1)']);
    const html = renderHtml(report);
    expect(html).toContain('&lt;b&gt;Trygg&lt;/b&gt; &amp; &quot;säker&quot; =SUMMA(A1)');
    expect(html).toContain('&lt;i&gt;Område&lt;/i&gt;');
    expect(html).not.toContain('<b>Trygg');
    expect(html).not.toContain('\u0007');
  });
});
