/**
 * Entry of the ribbon commands. It is loaded by taskpane.html, which is also
 * the manifest's FunctionFile, so where the shared runtime exists the command
 * runs beside the pane. The assessment code is imported only when the button
 * is pressed, so that this entry adds almost nothing to the pane's first load.
 */
import type { Lang } from '../../engine';
import { officeLang } from '../lang';
import { createAssessCommand } from './assess-command';

async function runWithExcel(lang: Lang) {
  const [{ runAssessment }, { OfficeJsHost }] = await Promise.all([
    import('../run-assessment'),
    import('../../adapters/officejs'),
  ]);
  return runAssessment(new OfficeJsHost(), { lang });
}

Office.onReady((info) => {
  // Outside Excel (the pane opened in a plain browser for the demo) there is no ribbon.
  if (info.host !== Office.HostType.Excel) return;
  Office.actions.associate(
    'assess',
    createAssessCommand({
      office: Office,
      lang: officeLang,
      run: runWithExcel,
      dialogPage: new URL('dialog.html', window.location.href).href,
    }),
  );
});
