/**
 * The ribbon button "Bedöm": assess the workbook and show the official the
 * outcome. With the shared runtime the pane opens on the result; without it
 * (older Office) a small dialog shows the summary or the failure. The command
 * always ends with event.completed(), also after errors, or Office keeps it
 * running.
 */
import type { Lang } from '../../engine';
import { dialogUrl } from '../dialog/dialog-params';
import type { AssessmentOutcome } from '../run-assessment';
import { publishOutcome } from './outcome-channel';

/** The part of Office.js the command uses; the real `Office` fits, tests pass a fake. */
export interface CommandOffice {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui: {
      displayDialogAsync(
        startAddress: string,
        options: Office.DialogOptions,
        callback: (result: Office.AsyncResult<Office.Dialog>) => void,
      ): void;
    };
  };
  addin: { showAsTaskpane(): Promise<void> };
  EventType: { DialogMessageReceived: Office.EventType; DialogEventReceived: Office.EventType };
  AsyncResultStatus: { Succeeded: Office.AsyncResultStatus };
}

export interface AssessCommandSetup {
  office: CommandOffice;
  lang: () => Lang;
  run: (lang: Lang) => Promise<AssessmentOutcome>;
  /** Absolute address of dialog.html, on the add-in's own origin as Office requires. */
  dialogPage: string;
}

export interface CommandEvent {
  completed(): void;
}

const FAILURE: Record<Lang, string> = {
  sv: 'Målkoll kunde inte bedöma arbetsboken. Spara arbetsboken, stäng och öppna den igen och välj Bedöm på nytt. Hjälper inte det: välj Visa panel och bedöm därifrån.',
  en: 'Målkoll could not assess the workbook. Save the workbook, close and reopen it, and choose Assess again. If that does not help, choose Show pane and assess from there.',
};

const DIALOG_SIZE: Office.DialogOptions = { height: 30, width: 35, displayInIframe: true };

/**
 * Opens the outcome dialog and resolves when it is closed (by its Stäng button
 * or the window's X) or could not open. The command waits for this: calling
 * completed() earlier would unload the command's page and the dialog with it.
 */
function showInDialog(setup: AssessCommandSetup, outcome: AssessmentOutcome, lang: Lang) {
  const { office } = setup;
  const message = outcome.ok ? outcome.summary : outcome.message;
  const url = dialogUrl(setup.dialogPage, { lang, ok: outcome.ok, message });
  return new Promise<void>((resolve) => {
    office.context.ui.displayDialogAsync(url, DIALOG_SIZE, (result) => {
      if (result.status !== office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

async function present(setup: AssessCommandSetup, outcome: AssessmentOutcome, lang: Lang) {
  if (setup.office.context.requirements.isSetSupported('SharedRuntime', '1.1')) {
    try {
      publishOutcome(outcome);
      await setup.office.addin.showAsTaskpane();
      return;
    } catch {
      // The pane could not be shown: the dialog below still tells the outcome.
    }
  }
  await showInDialog(setup, outcome, lang);
}

/** The function that Office.actions.associate('assess', …) registers. */
export function createAssessCommand(setup: AssessCommandSetup) {
  return async (event: CommandEvent): Promise<void> => {
    const lang = setup.lang();
    try {
      let outcome: AssessmentOutcome;
      try {
        outcome = await setup.run(lang);
      } catch {
        // runAssessment turns its own failures into messages; this is the last guard.
        outcome = { ok: false, message: FAILURE[lang] };
      }
      await present(setup, outcome, lang);
    } catch {
      // Nothing more can be shown to the official; the command must still end.
    } finally {
      event.completed();
    }
  };
}
