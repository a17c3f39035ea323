/**
 * What pressing Bedöm does, fetched at the first press: wait until Office.js
 * is ready (the press may come before Office.onReady), then assess the open
 * workbook in the language the official sees (the pane's switch, else
 * Office's) and show the outcome.
 */
import { OfficeJsHost } from '../../adapters/officejs';
import type { Lang } from '../../engine/types';
import { currentLang } from '../lang';
import { runAssessment } from '../run-assessment';
import { createAssessCommand, type CommandEvent } from './assess-command';

function runWithExcel(lang: Lang) {
  return runAssessment(new OfficeJsHost({ lang: currentLang }), { lang });
}

export async function onAssessPressed(event: CommandEvent): Promise<void> {
  let host: Office.HostType | null;
  try {
    host = (await Office.onReady()).host;
  } catch {
    host = null;
  }
  // Outside Excel there is no workbook to assess; the command must still end.
  if (host !== Office.HostType.Excel) {
    event.completed();
    return;
  }
  await createAssessCommand({
    office: Office,
    lang: currentLang,
    run: runWithExcel,
    dialogPage: new URL('dialog.html', window.location.href).href,
  })(event);
}
