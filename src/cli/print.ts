/**
 * The short summary printed after an assessment: the whole, each focus area
 * and each owner with its status and counts by status, then the problems as
 * "Blad!Cell: meddelande". The workbook's Sammanställning has everything.
 */
import { STATUS_LOOK, statusText } from '../engine/statuses';
import { STATUSES, type Counts, type Lang, type Problem, type Status } from '../engine/types';
import { quoteSheet } from '../workbook/address';
import type { WorkbookAssessment } from '../workbook/assess-workbook';
import { MESSAGES } from './messages';

/** Enough to read a summary on a screen; the rest are in the workbook and the JSON. */
export const MAX_PRINTED_PROBLEMS = 20;
const MAX_NAME = 40;

export interface SummaryContext {
  file: string;
  date: string;
  period: string | null;
  lang: Lang;
}

interface Line {
  name: string;
  status: Status;
  counts: Counts;
}

export function formatSummary(result: WorkbookAssessment, ctx: SummaryContext): string[] {
  const t = MESSAGES[ctx.lang].summary;
  const { assessment } = result;
  const groups: [string, Line[]][] = [
    [t.focusAreas, assessment.focusAreas],
    [t.owners, assessment.owners],
  ];
  // Group rows stand two spaces in under their heading; the whole stands flush left.
  const width = Math.max(nameWidth(groups.flatMap(([, rows]) => rows)), t.whole.length - 2);
  const countWidth = String(assessment.indicators.length).length;
  const whole = { name: t.whole, ...assessment.overall };
  const lines = [
    t.title(ctx.file, assessment.indicators.length, assessment.goals.length, ctx.date),
    t.period(ctx.period),
    t.followUp(result.comparison.followUp.name, result.comparison.previous?.name ?? null),
    `${t.legend} ${legend(ctx.lang)}`,
    '',
    formatRow(whole, width + 2, countWidth, ctx.lang),
  ];
  for (const [heading, rows] of groups) {
    lines.push('', heading);
    for (const row of rows) lines.push(`  ${formatRow(row, width, countWidth, ctx.lang)}`);
  }
  lines.push('', ...formatProblems(result.problems, ctx.lang));
  return lines;
}

/** "● Uppfyllt  ◆ Delvis uppfyllt  ■ Ej uppfyllt  ▲ Kan inte bedömas" */
function legend(lang: Lang): string {
  return STATUSES.map((s) => `${STATUS_LOOK[s].symbol} ${STATUS_LOOK[s][lang]}`).join('  ');
}

function nameWidth(lines: Line[]): number {
  return Math.min(MAX_NAME, Math.max(0, ...lines.map((l) => l.name.length)));
}

const STATUS_WIDTH = Math.max(
  ...STATUSES.flatMap((s) => [statusText(s, 'sv').length, statusText(s, 'en').length]),
);

function formatRow(line: Line, width: number, countWidth: number, lang: Lang): string {
  const name = `${fit(line.name, width)}  `;
  const counts = STATUSES.map(
    (s) => `${STATUS_LOOK[s].symbol} ${String(line.counts[s]).padStart(countWidth)}`,
  ).join('  ');
  return `${name}${statusText(line.status, lang).padEnd(STATUS_WIDTH)}  ${counts}`;
}

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

export function formatProblems(problems: Problem[], lang: Lang): string[] {
  const t = MESSAGES[lang].summary;
  if (problems.length === 0) return [t.noProblems];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lines = [t.problems(errors, problems.length - errors)];
  for (const p of problems.slice(0, MAX_PRINTED_PROBLEMS)) {
    lines.push(`  ${sheetRef(p.sheet)}!${p.cell}: ${p.message}`);
  }
  if (problems.length > MAX_PRINTED_PROBLEMS) {
    lines.push(`  ${t.more(problems.length - MAX_PRINTED_PROBLEMS)}`);
  }
  return lines;
}

/** Quoted as Excel does where the name has spaces or signs: 'Nämnd A'!B7. */
function sheetRef(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : quoteSheet(sheet);
}
