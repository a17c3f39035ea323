/**
 * The report to the board (§11) in the add-in: the .docx to download and the
 * HTML for the clipboard. Loaded only when the official asks for the report
 * (import() in the pane), so the docx library stays out of the first load.
 */
import { renderDocx } from '../report/docx';
import { renderBody, renderText } from '../report/html';
import { buildBoardReport, type BoardReportOptions, type WorkbookAssessment } from '../workbook';

export interface ReportFile {
  blob: Blob;
  fileName: string;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function reportFile(
  result: WorkbookAssessment,
  options: BoardReportOptions,
): Promise<ReportFile> {
  const report = buildBoardReport(result, options);
  const bytes = await renderDocx(report);
  return { blob: new Blob([bytes as BlobPart], { type: DOCX_TYPE }), fileName: report.fileName };
}

/** What "Kopiera rapporten" puts on the clipboard: formatted HTML, and plain text beside it. */
export function reportClipboard(
  result: WorkbookAssessment,
  options: BoardReportOptions,
): { html: string; text: string } {
  const report = buildBoardReport(result, options);
  // Word reads the language from the pasted HTML's lang attribute.
  const html = `<div lang="${report.languageTag}">${renderBody(report)}</div>`;
  return { html, text: renderText(report) };
}
