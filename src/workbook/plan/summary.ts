/**
 * §9: the summary sheet (Sammanställning): the whole, each focus area, each
 * owner and each goal, the problems with links to their cells, the period,
 * the date and the parameters used. Readable by an official, top to bottom.
 */
import { PARAMETER_SPECS } from '../../engine/parameters';
import { statusText } from '../../engine/statuses';
import type { Assessment, Counts, GroupResult, Lang, Problem, Status } from '../../engine/types';
import { parseA1 } from '../address';
import { changeText, type Change, type Comparison } from '../history/change';
import { statusOfCell } from '../history/model';
import {
  CHANGE_LABELS,
  FOLLOW_UP_LABELS,
  NO_FOCUS_AREA,
  NO_GOAL,
  SUMMARY_LABELS,
  SUMMARY_SHEET,
  type SummaryLabels,
} from '../labels';
import { ownedSheet, type Owned } from '../ownership';
import { normaliseHeader } from '../read/headers';
import { periodIdentity } from '../read/periods';
import type { PeriodColumn } from '../read/types';
import type { WorkbookSnapshot } from '../snapshot';
import type { PlanContext } from './context';
import { summaryRenamedProblem } from './messages';
import { SectionWriter } from './sections';
import { BOLD, PERCENT, statusStyle } from './styles';
import { cellText, cutText } from './text';
import type { PlanValue } from './types';

/**
 * Name (A), status (B), score (C), four counts (D–G), the previous
 * follow-up's status and the change (H–I, §10), then the goal's own columns.
 */
const SUMMARY_WIDTHS = [56, 28, 10, 12, 16, 12, 18, 28, 16, 24, 22, 22, 60, 60];
/** Without a follow-up to compare with, H–I are the goal's own columns. */
const WIDTHS_WITHOUT_CHANGE = [...SUMMARY_WIDTHS.slice(0, 7), ...SUMMARY_WIDTHS.slice(9)];
/** Title, period, date and follow-up stay in view. */
const FREEZE_ROWS = 4;

export interface SummaryName {
  name: string;
  /** The summary Målkoll made on an earlier run, rewritten in place. */
  replaces: string | null;
  problem: Problem | null;
}

/**
 * "Sammanställning", unless the user has a sheet of that name: then the
 * first free "Sammanställning (2)", "(3)" … and a problem that says so.
 */
export function chooseSummaryName(
  snapshot: WorkbookSnapshot,
  owned: Owned,
  lang: Lang,
): SummaryName {
  const base = SUMMARY_SHEET[lang];
  const replaces = ownedSheet(owned, 'summary');
  // Excel compares sheet names without regard to case.
  const userSheet = (name: string) =>
    snapshot.sheets.find((s) => s.name !== replaces && s.name.toLowerCase() === name.toLowerCase());
  const clash = userSheet(base);
  if (!clash) return { name: base, replaces, problem: null };
  let n = 2;
  while (userSheet(`${base} (${n})`)) n++;
  const name = `${base} (${n})`;
  return { name, replaces, problem: summaryRenamedProblem(clash.name, name, lang) };
}

export interface SummaryContent {
  assessment: Assessment;
  /** All problems, merged and in workbook order. */
  problems: Problem[];
  date: string;
  period: string | null;
  /** The workbook's period columns, left to right: the order the used periods are listed in. */
  periodColumns: PeriodColumn[];
  /** §10: this follow-up beside the previous one; absent where there is none to show. */
  comparison?: Comparison | null;
}

export function planSummary(ctx: PlanContext, name: SummaryName, content: SummaryContent): void {
  ctx.plan.sheets.push({
    name: name.name,
    replaces: name.replaces,
    columnWidths: content.comparison ? SUMMARY_WIDTHS : WIDTHS_WITHOUT_CHANGE,
    freezeRows: content.comparison ? FREEZE_ROWS : FREEZE_ROWS - 1,
  });
  const w = new SectionWriter(ctx, name.name);
  const t = SUMMARY_LABELS[ctx.lang];
  const a = content.assessment;
  const c = content.comparison ?? null;
  const changeHeaders = c ? [CHANGE_LABELS[ctx.lang].previous, CHANGE_LABELS[ctx.lang].change] : [];
  const headers = (first: string | null): PlanValue[] => [
    first,
    t.status,
    t.score,
    ...t.counts,
    ...changeHeaders,
  ];
  writeTitle(ctx, w, t, content);
  const changed = (r: StatusRow, change: Change | undefined): StatusRow => ({
    ...r,
    extra: [...changeCells(change, c, ctx.lang), ...r.extra],
  });
  const whole = { ...a.overall, name: t.allGoals, overridden: false, extra: [] };
  writeStatusSection(ctx, w, t.wholeHeading, headers(null), [changed(whole, c?.overall)]);
  const focusAreas = a.focusAreas.map((f, i) =>
    changed(groupRow(f, NO_FOCUS_AREA[ctx.lang]), c?.focusAreas[i]),
  );
  writeStatusSection(ctx, w, t.focusAreasHeading, headers(t.focusArea), focusAreas);
  const owners = a.owners.map((o, i) => changed(groupRow(o, ''), c?.owners[i]));
  writeStatusSection(ctx, w, t.ownersHeading, headers(t.owner), owners);
  writeGoals(ctx, w, t, a, headers(t.goal), (i) => changeCells(c?.goals[i], c, ctx.lang));
  writeProblems(ctx, w, t, content.problems);
  writeParameters(ctx, w, t, a);
}

/** One row of a status section: name, status, score, counts, then any columns of its own. */
interface StatusRow {
  name: string;
  status: Status;
  overridden: boolean;
  score: number | null;
  counts: Counts;
  extra: PlanValue[];
}

/** §10: the previous follow-up's status and the change, where there is a follow-up to compare with. */
function changeCells(change: Change | undefined, c: Comparison | null, lang: Lang): PlanValue[] {
  if (!c) return [];
  const previous = change?.previousStatus ? statusText(change.previousStatus, lang) : null;
  return [previous, changeText(change?.change ?? null, lang) || null];
}

function groupRow(g: GroupResult, missingName: string): StatusRow {
  return { ...g, name: g.name || missingName, overridden: false, extra: [] };
}

function writeTitle(ctx: PlanContext, w: SectionWriter, t: SummaryLabels, c: SummaryContent): void {
  const rows: PlanValue[][] = [[t.title], [t.period, periodText(t, c)], [t.date, c.date]];
  if (c.comparison) {
    const labels = FOLLOW_UP_LABELS[ctx.lang];
    const previous = c.comparison.previous?.name ?? labels.none;
    rows.push([labels.followUp, cutText(c.comparison.followUp.name), labels.previous, previous]);
  }
  const top = w.section(rows);
  ctx.styles.range(w.sheet, BOLD, { top, bottom: top + rows.length - 1, left: 1, right: 1 });
}

/** The named period, else "Senaste utfall per indikator" and the periods that gave them. */
function periodText(t: SummaryLabels, c: SummaryContent): string {
  if (c.period) return cutText(c.period);
  const used = new Set<string>();
  for (const i of c.assessment.indicators) if (i.period) used.add(i.period);
  const place = new Map(c.periodColumns.map((p, i) => [p.label, i]));
  const at = (p: string) => place.get(p) ?? place.size;
  // One period written two ways ("Utfall 2023", "Actual 2023") is listed once, as first written.
  const once = new Map<string, string>();
  for (const label of [...used].sort((a, b) => at(a) - at(b))) {
    const id = periodIdentity(normaliseHeader(label));
    if (!once.has(id)) once.set(id, label);
  }
  const list = [...once.values()];
  return cutText(list.length ? `${t.latestPeriod} (${list.join(', ')})` : t.latestPeriod);
}

/** A heading, a header row and one row per item; returns the heading's row. */
function writeStatusSection(
  ctx: PlanContext,
  w: SectionWriter,
  heading: string,
  headers: PlanValue[],
  rows: StatusRow[],
): number {
  const values: PlanValue[][] = [[heading], headers];
  for (const r of rows) {
    const { met, partly_met, not_met, not_assessed } = r.counts;
    const status = statusText(r.status, ctx.lang, r.overridden);
    values.push([
      cellText(r.name),
      status,
      r.score,
      met,
      partly_met,
      not_met,
      not_assessed,
      ...r.extra,
    ]);
  }
  const top = w.section(values);
  headingStyles(ctx, w.sheet, top, headers.length);
  rows.forEach((r, i) => ctx.styles.cell(w.sheet, statusStyle(r.status), top + 2 + i, 2));
  // The previous follow-up's status (H) in its own colours, when it is there.
  rows.forEach((r, i) => {
    const previous = r.extra[0];
    const shown = headers[7] === CHANGE_LABELS[ctx.lang].previous && typeof previous === 'string';
    const status = shown ? statusOfCell(previous) : null;
    if (status) ctx.styles.cell(w.sheet, statusStyle(status), top + 2 + i, 8);
  });
  if (rows.length) ctx.styles.range(w.sheet, PERCENT, column(3, top + 2, top + 1 + rows.length));
  return top;
}

function writeGoals(
  ctx: PlanContext,
  w: SectionWriter,
  t: SummaryLabels,
  a: Assessment,
  headers: PlanValue[],
  changes: (goal: number) => PlanValue[],
): void {
  const rows: StatusRow[] = a.goals.map((g, i) => ({
    ...g,
    name: g.name || NO_GOAL[ctx.lang],
    extra: [
      ...changes(i),
      cellText(g.focusArea || NO_FOCUS_AREA[ctx.lang]),
      g.activities.done,
      g.activities.planned,
      cellText(g.analysis),
      cellText(g.reason),
    ],
  }));
  const all = [
    ...headers,
    t.focusArea,
    t.activitiesDone,
    t.activitiesPlanned,
    t.analysis,
    t.reason,
  ];
  const top = writeStatusSection(ctx, w, t.goalsHeading, all, rows);
  // The analysis and the reason are long texts side by side: wrap them.
  if (rows.length) {
    const range = {
      top: top + 2,
      bottom: top + 1 + rows.length,
      left: all.length - 1,
      right: all.length,
    };
    ctx.styles.range(w.sheet, { wrap: true }, range);
  }
}

function writeProblems(
  ctx: PlanContext,
  w: SectionWriter,
  t: SummaryLabels,
  problems: Problem[],
): void {
  const headers = [t.severity, t.sheet, t.cell, t.message];
  const rows: PlanValue[][] = problems.map((p) => [
    p.severity === 'error' ? t.error : t.warning,
    cellText(p.sheet),
    p.cell,
    cutText(p.message),
  ]);
  const top = w.section([[t.problemsHeading], headers, ...(rows.length ? rows : [[t.noProblems]])]);
  headingStyles(ctx, w.sheet, top, headers.length);
  problems.forEach((p, i) => {
    const row = top + 2 + i;
    // Errors look like "Ej uppfyllt", warnings like "Delvis uppfyllt"; the word says it too.
    ctx.styles.cell(
      w.sheet,
      statusStyle(p.severity === 'error' ? 'not_met' : 'partly_met'),
      row,
      1,
    );
    if (ctx.sheets.has(p.sheet) && parseA1(p.cell)) {
      ctx.plan.links.push({
        sheet: w.sheet,
        row,
        col: 3,
        text: p.cell,
        targetSheet: p.sheet,
        targetCell: p.cell,
      });
    }
  });
}

function writeParameters(
  ctx: PlanContext,
  w: SectionWriter,
  t: SummaryLabels,
  a: Assessment,
): void {
  const headers = [t.parameter, t.value];
  const rows: PlanValue[][] = PARAMETER_SPECS.map((spec) => {
    const value = a.parameters[spec.key];
    if (typeof value === 'number') return [spec.sv, value];
    return [spec.sv, value === 'points' ? t.goalRulePoints : t.goalRuleWorstTwo];
  });
  const top = w.section([[t.parametersHeading], headers, ...rows]);
  headingStyles(ctx, w.sheet, top, headers.length);
}

/** The section's heading and its header row in bold. */
function headingStyles(ctx: PlanContext, sheet: string, top: number, width: number): void {
  ctx.styles.cell(sheet, BOLD, top, 1);
  ctx.styles.range(sheet, BOLD, { top: top + 1, bottom: top + 1, left: 1, right: width });
}

function column(col: number, top: number, bottom: number) {
  return { top, bottom, left: col, right: col };
}
