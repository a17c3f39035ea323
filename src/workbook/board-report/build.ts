/**
 * §11: the report to the board, in the shape of a tertial report, from the one
 * assessment of a workbook: the title with the follow-up and the date; the
 * whole with its status, counts and a diagram of the statuses per focus area;
 * per focus area, per goal: status, previous status and change, analysis,
 * indicator table and activities; each nämnd; the problems last.
 */
import { activityKind } from '../../engine/activities';
import { formatValue, formatYear, neededDecimals } from '../../engine/format';
import { NO_FOCUS_AREA, NO_GOAL } from '../../engine/groups';
import { STATUS_LOOK, statusText, TREND_LOOK, trendText } from '../../engine/statuses';
import {
  STATUSES,
  type ActivityInput,
  type Counts,
  type IndicatorInput,
  type Lang,
  type Status,
} from '../../engine/types';
import { problemText } from '../../text';
import type { WorkbookAssessment } from '../assess-workbook';
import { normaliseHeader } from '../read/headers';
import { periodIdentity } from '../read/periods';
import type { ReportIndicator } from '../report';
import { BOARD_REPORT_LABELS, type BoardReportLabels, type Change } from './labels';
import type { Block, BoardReport, DiagramBlock, Inline, TableBlock, TableCell } from './types';

export interface BoardReportOptions {
  lang: Lang;
  /** The date of the assessment, YYYY-MM-DD. */
  date: string;
  /** The period column named for the assessment, or null for the latest outcome per indicator. */
  period?: string | null;
}

/**
 * What the follow-ups of §10 add to the JSON report. Read where present, so
 * that the report works with and without them.
 */
interface HistoryFields {
  previousStatus?: Status | null;
  change?: Change | null;
}

interface ReportWithHistory {
  followUp?: string;
  previousFollowUp?: string | null;
}

/** Where a status stood at the previous follow-up, and which way it went. */
interface Before {
  previous: Status | null;
  change: Change | null;
}

export function buildBoardReport(
  result: WorkbookAssessment,
  options: BoardReportOptions,
): BoardReport {
  const { lang } = options;
  const t = BOARD_REPORT_LABELS[lang];
  const report = result.report as typeof result.report & ReportWithHistory;
  const followUp = report.followUp ?? options.period ?? null;
  const previousFollowUp = report.previousFollowUp ?? null;
  const b = new Builder(result, t, lang, previousFollowUp);
  const subtitle = [
    t.subtitle(options.date),
    t.periodLine(periodText(result, t, options.period ?? null)),
    ...(previousFollowUp ? [t.previousLine(previousFollowUp)] : []),
  ].join(' · ');
  b.whole();
  b.goals();
  b.owners();
  b.problems();
  b.blocks.push({ kind: 'paragraph', inlines: [{ text: t.madeBy, italic: true }], note: true });
  return {
    lang,
    languageTag: t.languageTag,
    title: followUp ? t.title(clean(followUp)) : t.titleLatest,
    subtitle: clean(subtitle),
    blocks: b.blocks,
    fileName: fileName(t.fileStem, followUp, options.date),
  };
}

class Builder {
  readonly blocks: Block[] = [];

  constructor(
    private readonly result: WorkbookAssessment,
    private readonly t: BoardReportLabels,
    private readonly lang: Lang,
    private readonly previousFollowUp: string | null,
  ) {}

  whole(): void {
    const { t } = this;
    const { overall, focusAreas } = this.result.assessment;
    const before = history(this.result.report.overall);
    this.heading(1, t.wholeHeading);
    this.paragraph([
      { text: `${t.wholeStatus}: `, bold: true },
      { text: statusText(overall.status, this.lang), status: overall.status },
    ]);
    if (before.previous || before.change) this.paragraph(this.beforeInlines(before));
    this.blocks.push({
      kind: 'table',
      caption: t.goalsCountCaption,
      width: 0.5,
      columns: [
        { header: t.goalStatus, width: 0.6 },
        { header: t.goals, width: 0.4, align: 'right' },
      ],
      rows: STATUSES.map((s) => [this.statusCell(s), { text: String(overall.counts[s]) }]),
    });
    if (focusAreas.length) this.blocks.push(this.diagram());
    const reportAreas = this.result.report.focusAreas;
    this.blocks.push({
      kind: 'table',
      caption: t.focusAreasCaption,
      columns: [
        { header: t.focusArea, width: 0.3 },
        { header: t.goalStatus, width: 0.22 },
        { header: t.previous(this.previousFollowUp), width: 0.2 },
        { header: t.change, width: 0.14 },
        { header: t.goals, width: 0.14, align: 'right' },
      ],
      rows: focusAreas.map((f, i) => {
        const h = history(reportAreas[i]);
        return [
          { text: clean(f.name || NO_FOCUS_AREA[this.lang]) },
          this.statusCell(f.status),
          h.previous ? this.statusCell(h.previous) : { text: t.noPrevious },
          this.changeCell(h.change),
          { text: String(total(f.counts)) },
        ];
      }),
    });
  }

  /** Stacked bars of the focus areas' goal counts: the same numbers as the summary's chart. */
  private diagram(): DiagramBlock {
    const { t } = this;
    const bars = this.result.assessment.focusAreas.map((f) => ({
      name: clean(f.name || NO_FOCUS_AREA[this.lang]),
      segments: STATUSES.filter((s) => f.counts[s] > 0).map((s) => ({
        status: s,
        count: f.counts[s],
        label: STATUS_LOOK[s][this.lang],
      })),
    }));
    const words = bars.map((bar) => {
      const parts = bar.segments.map((s) => `${s.count} ${s.label.toLowerCase()}`);
      return `${bar.name}: ${parts.length ? listText(parts, t.and) : '0'}`;
    });
    return {
      kind: 'diagram',
      caption: t.diagramCaption,
      alt: t.diagramAlt(words.join('; ')),
      categoryHeader: t.focusArea,
      legend: STATUSES.map((s) => ({ status: s, label: statusText(s, this.lang) })),
      bars,
      scale: Math.max(1, ...this.result.assessment.focusAreas.map((f) => total(f.counts))),
    };
  }

  goals(): void {
    const { t } = this;
    const { assessment, report } = this.result;
    const areaKey = new Map(assessment.focusAreas.map((f, i) => [fold(f.name), i]));
    const byArea = assessment.focusAreas.map(() => [] as number[]);
    const loose: number[] = [];
    assessment.goals.forEach((g, i) => {
      const at = areaKey.get(fold(g.focusArea));
      if (at === undefined) loose.push(i);
      else byArea[at].push(i);
    });
    const indicators = this.indicatorsByGoal();
    const activities = this.activitiesByGoal();
    this.heading(1, t.goalsHeading);
    const areas = assessment.focusAreas.map((f, i) => ({ name: f.name, goals: byArea[i] }));
    if (loose.length) areas.push({ name: NO_FOCUS_AREA[this.lang], goals: loose });
    for (const area of areas) {
      this.heading(2, clean(area.name || NO_FOCUS_AREA[this.lang]));
      for (const i of area.goals) {
        const goal = assessment.goals[i];
        const key = goalKey(goal.name, this.lang);
        this.heading(3, clean(goal.name || NO_GOAL[this.lang]));
        const status = statusText(goal.status, this.lang, goal.overridden);
        const keep = true;
        this.paragraph(
          [
            { text: `${t.goalStatus}: `, bold: true },
            { text: status, status: goal.status },
          ],
          keep,
        );
        const before = history(report.goals[i]);
        if (before.previous || before.change) this.paragraph(this.beforeInlines(before), keep);
        this.paragraph([{ text: `${t.analysis}: `, bold: true }], keep);
        this.paragraph(
          goal.analysis ? [{ text: clean(goal.analysis) }] : [{ text: t.noAnalysis, italic: true }],
        );
        this.indicatorTable(goal.name, indicators.get(key) ?? []);
        this.activityLists(activities.get(key) ?? []);
      }
    }
  }

  private indicatorTable(goal: string, rows: IndicatorRow[]): void {
    const { t } = this;
    if (!rows.length) {
      this.paragraph([{ text: t.noIndicators, italic: true }]);
      return;
    }
    const table: TableBlock = {
      kind: 'table',
      caption: t.indicatorTableCaption(clean(goal)),
      columns: [
        { header: t.indicator, width: 0.3 },
        { header: t.outcome, width: 0.19 },
        { header: t.target, width: 0.16 },
        { header: t.status, width: 0.19 },
        { header: t.trend, width: 0.16 },
      ],
      rows: rows.map(({ result, input }) => [
        { text: clean(result.name) },
        { text: outcomeText(input, result.period, this.lang) },
        { text: targetText(input, t, this.lang) },
        this.statusCell(result.status, result.overridden),
        result.trend
          ? { text: trendText(result.trend, this.lang), status: TREND_LOOK[result.trend].status }
          : { text: t.noPrevious },
      ]),
    };
    this.blocks.push(table);
  }

  private activityLists(rows: ActivityInput[]): void {
    const { t } = this;
    if (!rows.length) {
      this.paragraph([{ text: t.noActivities, italic: true }]);
      return;
    }
    const groups: [ReturnType<typeof activityKind>, string][] = [
      ['done', t.activitiesDone],
      ['planned', t.activitiesPlanned],
      ['other', t.activitiesOther],
    ];
    for (const [kind, title] of groups) {
      const own = rows.filter((a) => activityKind(a.status) === kind);
      if (!own.length) continue;
      this.blocks.push({ kind: 'paragraph', inlines: [{ text: title, bold: true }], spaced: true });
      this.blocks.push({
        kind: 'list',
        items: own.map((a) => {
          const name: Inline = { text: clean(a.activity) };
          const status = a.status?.trim();
          // "Genomförd" under "Genomförda" says nothing; the other words say where it stands.
          return kind === 'done' || !status ? [name] : [name, { text: ` (${clean(status)})` }];
        }),
      });
    }
  }

  owners(): void {
    const { t } = this;
    this.heading(1, t.ownersHeading);
    this.paragraph([{ text: t.ownersIntro }], true);
    const look = STATUS_LOOK;
    this.blocks.push({
      kind: 'table',
      caption: t.ownersCaption,
      columns: [
        { header: t.owner, width: 0.3 },
        { header: t.goalStatus, width: 0.22 },
        ...STATUSES.map((s) => ({
          header: `${look[s].symbol} ${look[s][this.lang]}`,
          width: 0.12,
          align: 'right' as const,
        })),
      ],
      rows: this.result.assessment.owners.map((o) => [
        { text: clean(o.name) },
        this.statusCell(o.status),
        ...STATUSES.map((s) => ({ text: String(o.counts[s]) })),
      ]),
    });
  }

  problems(): void {
    const { t } = this;
    this.heading(1, t.problemsHeading);
    const problems = this.result.problems;
    if (!problems.length) {
      this.paragraph([{ text: t.noProblems }]);
      return;
    }
    this.blocks.push({
      kind: 'table',
      caption: t.problemsCaption,
      columns: [
        { header: t.severity, width: 0.15 },
        { header: t.sheet, width: 0.2 },
        { header: t.cell, width: 0.08 },
        { header: t.message, width: 0.57 },
      ],
      rows: problems.map((p) => [
        // Errors look like "Ej uppfyllt", warnings like "Delvis uppfyllt", as on the summary.
        {
          text: p.severity === 'error' ? t.error : t.warning,
          status: p.severity === 'error' ? 'not_met' : 'partly_met',
        },
        { text: clean(p.sheet) },
        { text: p.cell },
        { text: clean(problemText(p, this.lang)) },
      ]),
    });
  }

  private indicatorsByGoal(): Map<string, IndicatorRow[]> {
    const inputs = new Map(this.result.read.indicators.map((i) => [`${i.sheet}!${i.row}`, i]));
    const byGoal = new Map<string, IndicatorRow[]>();
    for (const result of this.result.report.indicators) {
      const key = result.goal === null ? '' : result.goal.trim().toLowerCase();
      const row = { result, input: inputs.get(`${result.sheet}!${result.row}`) ?? null };
      const list = byGoal.get(key);
      if (list) list.push(row);
      else byGoal.set(key, [row]);
    }
    return byGoal;
  }

  private activitiesByGoal(): Map<string, ActivityInput[]> {
    const byGoal = new Map<string, ActivityInput[]>();
    for (const a of this.result.read.activities) {
      const key = a.goal.trim().toLowerCase();
      const list = byGoal.get(key);
      if (list) list.push(a);
      else byGoal.set(key, [a]);
    }
    return byGoal;
  }

  private beforeInlines(before: Before): Inline[] {
    const { t } = this;
    const out: Inline[] = [{ text: `${t.previous(this.previousFollowUp)}: `, bold: true }];
    out.push(
      before.previous
        ? { text: statusText(before.previous, this.lang), status: before.previous }
        : { text: t.noPrevious },
    );
    out.push({ text: ` · ${t.change}: `, bold: true });
    const change = this.changeCell(before.change);
    out.push({ text: change.text, status: change.status });
    return out;
  }

  private statusCell(status: Status, overridden = false): TableCell {
    return { text: statusText(status, this.lang, overridden), status };
  }

  private changeCell(change: Change | null): TableCell {
    if (!change) return { text: this.t.noPrevious };
    return { text: this.t.changes[change], status: CHANGE_LOOK[change] };
  }

  private heading(level: 1 | 2 | 3, text: string): void {
    this.blocks.push({ kind: 'heading', level, text });
  }

  private paragraph(inlines: Inline[], keep = false): void {
    this.blocks.push(keep ? { kind: 'paragraph', inlines, keep } : { kind: 'paragraph', inlines });
  }
}

interface IndicatorRow {
  result: ReportIndicator;
  input: IndicatorInput | null;
}

/** Better looks like met, worse like not met, unchanged like partly met: as the trend does. */
const CHANGE_LOOK: Record<Change, Status> = {
  better: 'met',
  worse: 'not_met',
  same: 'partly_met',
};

function history(item: unknown): Before {
  const h = (item ?? {}) as HistoryFields;
  return { previous: h.previousStatus ?? null, change: h.change ?? null };
}

/** The key the engine groups a goal by (§5): trimmed, case-insensitive; no goal is ''. */
function goalKey(name: string, lang: Lang): string {
  return name === NO_GOAL[lang] ? '' : name.trim().toLowerCase();
}

const fold = (s: string) => s.trim().toLowerCase();

function total(c: Counts): number {
  return c.met + c.partly_met + c.not_met + c.not_assessed;
}

/** "82 % (Utfall 2023)"; "–" without an outcome. */
function outcomeText(input: IndicatorInput | null, period: string | null, lang: Lang): string {
  if (!input || input.actual === null) return '–';
  const value = number(input.actual, input.percent, lang);
  const from = period ?? input.actualPeriod;
  return from ? `${value} (${clean(from)})` : value;
}

/** The target (with its year), else the comparison value, else "–". */
function targetText(input: IndicatorInput | null, t: BoardReportLabels, lang: Lang): string {
  if (!input) return '–';
  if (input.target !== null) {
    const value = number(input.target, input.percent, lang);
    return input.targetYear !== null ? `${value} (${formatYear(input.targetYear, lang)})` : value;
  }
  if (input.comparison !== null)
    return `${number(input.comparison, input.percent, lang)} (${t.comparison})`;
  return '–';
}

function number(x: number, percent: boolean, lang: Lang): string {
  return formatValue(x, neededDecimals(percent ? x * 100 : x), percent, lang);
}

/** The named period, else the periods that gave the latest outcomes, each once. */
function periodText(
  result: WorkbookAssessment,
  t: BoardReportLabels,
  period: string | null,
): string {
  if (period) return period;
  const place = new Map(result.read.periods.map((p, i) => [p.label, i]));
  const used = [...new Set(result.report.indicators.map((i) => i.period))]
    .filter((p): p is string => p !== null)
    .sort((a, b) => (place.get(a) ?? place.size) - (place.get(b) ?? place.size));
  const once = new Map<string, string>();
  for (const label of used) {
    const id = periodIdentity(normaliseHeader(label));
    if (!once.has(id)) once.set(id, label);
  }
  const list = [...once.values()];
  return list.length ? `${t.latestPeriod} (${list.join(', ')})` : t.latestPeriod;
}

function listText(parts: string[], and: string): string {
  if (parts.length < 2) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/**
 * Text from the workbook as text: characters that XML (and so Word) cannot
 * hold are dropped; nothing else changes.
 */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export function clean(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/** "Malkoll-rapport-T2-2024.docx": letters, digits and dashes only. */
function fileName(stem: string, followUp: string | null, date: string): string {
  const tail = (followUp ?? date)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem}${tail ? `-${tail}` : ''}.docx`;
}
