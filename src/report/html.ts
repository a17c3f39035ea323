/**
 * The report to the board as HTML, for "Kopiera rapporten": Word turns pasted
 * HTML into its own headings (h1–h3 become Rubrik 1–3), tables (thead rows
 * become repeating header rows) and colours, so every style is inline, where
 * Word reads it. Also the plain text that goes on the clipboard beside it.
 * Every text is escaped: text from the workbook stays text.
 */
import { STATUS_LOOK } from '../engine/statuses';
import type {
  Block,
  BoardReport,
  DiagramBlock,
  Inline,
  TableBlock,
  TableCell,
} from '../workbook/board-report/types';

const FONT = "font-family:Calibri,'Segoe UI',Arial,sans-serif";
const CELL = 'border:1px solid #a6a6a6;padding:2pt 4pt;vertical-align:top;font-size:9pt';
const HEADER_FILL = '#d9e2f3';
const HEADING_STYLE: Record<1 | 2 | 3, string> = {
  1: 'font-size:16pt;color:#1f3864;margin:18pt 0 6pt',
  2: 'font-size:13.5pt;color:#2f5496;margin:14pt 0 6pt',
  3: 'font-size:11.5pt;color:#2f5496;margin:11pt 0 6pt',
};

/** A whole HTML document, its language set. */
export function renderHtml(report: BoardReport): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${report.languageTag}">`,
    `<head><meta charset="utf-8"><title>${escape(report.title)}</title></head>`,
    `<body style="${FONT};font-size:10.5pt;color:#000">`,
    renderBody(report),
    '</body></html>',
  ].join('\n');
}

/** The body alone: what goes on the clipboard. */
export function renderBody(report: BoardReport): string {
  return [
    `<h1 style="font-size:22pt;color:#1f3864;margin:0 0 4pt">${escape(report.title)}</h1>`,
    `<p style="color:#404040;margin:0 0 12pt">${escape(report.subtitle)}</p>`,
    ...report.blocks.map(block),
  ].join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading': {
      // The title is the only h1; the report's sections follow one level down.
      const tag = `h${b.level + 1}`;
      return `<${tag} style="${HEADING_STYLE[b.level]}">${escape(b.text)}</${tag}>`;
    }
    case 'paragraph': {
      const style = b.note || b.spaced ? 'margin:8pt 0 4pt' : 'margin:0 0 4pt';
      return `<p style="${style}">${b.inlines.map(inline).join('')}</p>`;
    }
    case 'list':
      return `<ul style="margin:0 0 6pt">${b.items
        .map((item) => `<li>${item.map(inline).join('')}</li>`)
        .join('')}</ul>`;
    case 'table':
      return table(b);
    case 'diagram':
      return diagram(b);
  }
}

function inline(i: Inline): string {
  let html = escape(i.text).replace(/\r\n|\r|\n/g, '<br>');
  if (i.bold) html = `<b>${html}</b>`;
  if (i.italic) html = `<i>${html}</i>`;
  if (!i.status) return html;
  const look = STATUS_LOOK[i.status];
  return `<span style="background:${look.fill};color:${look.fontColor}">${html}</span>`;
}

function table(b: TableBlock): string {
  const width = Math.round((b.width ?? 1) * 100);
  const cols = b.columns.map((c) => `<col style="width:${(c.width * 100).toFixed(1)}%">`);
  const align = (i: number) => (b.columns[i].align === 'right' ? ';text-align:right' : '');
  const head = b.columns
    .map(
      (c, i) =>
        `<th scope="col" style="${CELL};background:${HEADER_FILL};text-align:left${align(i)}">${escape(c.header)}</th>`,
    )
    .join('');
  const rows = b.rows
    .map((row) => `<tr>${row.map((cell, i) => td(cell, align(i))).join('')}</tr>`)
    .join('\n');
  return [
    `<table style="border-collapse:collapse;width:${width}%;margin:0 0 8pt">`,
    `<caption style="text-align:left;font-size:9pt;color:#404040">${escape(b.caption)}</caption>`,
    `<colgroup>${cols.join('')}</colgroup>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${rows}</tbody>`,
    '</table>',
  ].join('\n');
}

function td(cell: TableCell, align: string): string {
  const look = cell.status ? STATUS_LOOK[cell.status] : null;
  const colour = look ? `;background:${look.fill};color:${look.fontColor}` : '';
  const text = escape(cell.text).replace(/\r\n|\r|\n/g, '<br>');
  return `<td style="${CELL}${colour}${align}">${cell.bold ? `<b>${text}</b>` : text}</td>`;
}

/** The bars as shaded cells spanning as many columns as their counts. */
function diagram(d: DiagramBlock): string {
  const legend = d.legend
    .map((l) => {
      const look = STATUS_LOOK[l.status];
      return `<span style="background:${look.fill};color:${look.fontColor};padding:0 4pt">${escape(l.label)}</span>`;
    })
    .join(' ');
  const unit = (68 / d.scale).toFixed(2);
  const units = Array.from({ length: d.scale }, () => `<col style="width:${unit}%">`).join('');
  const rows = d.bars.map((bar) => {
    let used = 0;
    const cells = bar.segments.map((s) => {
      used += s.count;
      const look = STATUS_LOOK[s.status];
      return `<td colspan="${s.count}" title="${escape(`${s.count} ${s.label}`)}" style="background:${look.fill};color:${look.fontColor};border:2px solid #fff;text-align:center;font-size:9pt;font-weight:bold">${look.symbol} ${s.count}</td>`;
    });
    if (used < d.scale) cells.push(`<td colspan="${d.scale - used}"></td>`);
    return `<tr><th scope="row" style="text-align:left;font-weight:normal;font-size:9pt;padding:2pt 4pt">${escape(bar.name)}</th>${cells.join('')}</tr>`;
  });
  return [
    `<p style="margin:6pt 0 4pt;font-size:9pt">${legend}</p>`,
    `<table role="img" aria-label="${escape(d.alt)}" style="border-collapse:collapse;width:100%;margin:0">`,
    `<caption style="text-align:left;font-size:9pt;font-weight:bold">${escape(d.caption)}</caption>`,
    `<colgroup><col style="width:32%">${units}</colgroup>`,
    `<thead><tr><th scope="col" style="text-align:left;font-size:9pt;border-bottom:1px solid #a6a6a6">${escape(d.categoryHeader)}</th><th colspan="${d.scale}" style="border-bottom:1px solid #a6a6a6"></th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    `<p style="margin:4pt 0 10pt;font-size:9pt;font-style:italic;color:#404040">${escape(d.alt)}</p>`,
  ].join('\n');
}

/** The report as plain text: the clipboard's text/plain, for programs without HTML. */
export function renderText(report: BoardReport): string {
  const lines: string[] = [report.title, report.subtitle, ''];
  for (const b of report.blocks) {
    switch (b.kind) {
      case 'heading':
        lines.push('', b.text, '');
        break;
      case 'paragraph':
        lines.push(b.inlines.map((i) => i.text).join(''));
        break;
      case 'list':
        for (const item of b.items) lines.push(`• ${item.map((i) => i.text).join('')}`);
        break;
      case 'table':
        lines.push(b.columns.map((c) => c.header).join('\t'));
        for (const row of b.rows) lines.push(row.map((c) => c.text).join('\t'));
        lines.push('');
        break;
      case 'diagram':
        lines.push(`${b.caption}`, b.alt, '');
        break;
    }
  }
  return lines.join('\n');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
