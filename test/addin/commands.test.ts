import {
  createAssessCommand,
  type CommandOffice,
  type AssessCommandSetup,
} from '../../src/addin/commands/assess-command';
import { subscribeOutcome } from '../../src/addin/commands/outcome-channel';
import { dialogUrl, readDialogContent } from '../../src/addin/dialog/dialog-params';
import { dialogText } from '../../src/addin/dialog/dialog-text';
import type { AssessmentOutcome } from '../../src/addin/run-assessment';

const DIALOG_PAGE = 'https://localhost:3000/dialog.html';
const MESSAGE_RECEIVED = 'dialogMessageReceived' as unknown as Office.EventType;
const EVENT_RECEIVED = 'dialogEventReceived' as unknown as Office.EventType;

const SUMMARY = '12 indikatorer bedömda: 7 uppfyllda.';
/** The command only passes the outcome on; the assessment result itself is not needed here. */
const done = { ok: true, summary: SUMMARY } as AssessmentOutcome;

interface FakeOptions {
  sharedRuntime: boolean;
  paneFails?: boolean;
  dialogFails?: boolean;
}

/** A stand-in for the part of Office.js the command uses, recording what it was asked to do. */
function fakeOffice({ sharedRuntime, paneFails = false, dialogFails = false }: FakeOptions) {
  const record = {
    panesShown: 0,
    dialogUrls: [] as string[],
    dialogsClosed: 0,
    handlers: new Map<Office.EventType, (arg: unknown) => void>(),
  };
  const dialog = {
    addEventHandler: (type: Office.EventType, handler: (arg: unknown) => void) =>
      record.handlers.set(type, handler),
    close: () => (record.dialogsClosed += 1),
  } as unknown as Office.Dialog;
  const office: CommandOffice = {
    context: {
      requirements: {
        isSetSupported: (name, version) =>
          sharedRuntime && name === 'SharedRuntime' && version === '1.1',
      },
      ui: {
        displayDialogAsync: (url, _options, callback) => {
          record.dialogUrls.push(url);
          const status = (dialogFails
            ? 'failed'
            : 'succeeded') as unknown as Office.AsyncResultStatus;
          callback({ status, value: dialog } as Office.AsyncResult<Office.Dialog>);
        },
      },
    },
    addin: {
      showAsTaskpane: async () => {
        if (paneFails) throw new Error('not supported');
        record.panesShown += 1;
      },
    },
    EventType: { DialogMessageReceived: MESSAGE_RECEIVED, DialogEventReceived: EVENT_RECEIVED },
    AsyncResultStatus: { Succeeded: 'succeeded' as unknown as Office.AsyncResultStatus },
  };
  return { office, record };
}

function setupWith(
  office: CommandOffice,
  run: AssessCommandSetup['run'],
  lang: 'sv' | 'en' = 'sv',
): AssessCommandSetup {
  return { office, run, lang: () => lang, dialogPage: DIALOG_PAGE };
}

function fakeEvent() {
  return { completed: jest.fn() };
}

/** Lets the command's pending promise callbacks run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

function messageInDialog(url: string): string {
  return readDialogContent(new URL(url).search).message;
}

describe('the Bedöm command with the shared runtime', () => {
  it('hands the outcome to the pane, shows the pane and completes', async () => {
    const { office, record } = fakeOffice({ sharedRuntime: true });
    const received: AssessmentOutcome[] = [];
    const stop = subscribeOutcome((outcome) => received.push(outcome));
    const event = fakeEvent();

    await createAssessCommand(setupWith(office, async () => done))(event);
    stop();

    expect(received).toEqual([done]);
    expect(record.panesShown).toBe(1);
    expect(record.dialogUrls).toEqual([]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('keeps the outcome for a pane that subscribes after the command ran', async () => {
    const { office } = fakeOffice({ sharedRuntime: true });
    await createAssessCommand(setupWith(office, async () => done))(fakeEvent());

    const first: AssessmentOutcome[] = [];
    const later: AssessmentOutcome[] = [];
    subscribeOutcome((outcome) => first.push(outcome))();
    subscribeOutcome((outcome) => later.push(outcome))();

    expect(first).toEqual([done]);
    expect(later).toEqual([]);
  });

  it('falls back to the dialog when the pane cannot be shown', async () => {
    const { office, record } = fakeOffice({ sharedRuntime: true, paneFails: true });
    const event = fakeEvent();
    const running = createAssessCommand(setupWith(office, async () => done))(event);
    await settle();
    record.handlers.get(EVENT_RECEIVED)?.({ error: 12006 });
    await running;

    expect(record.dialogUrls.map(messageInDialog)).toEqual([SUMMARY]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    subscribeOutcome(() => undefined)(); // drop the outcome left for a pane
  });
});

describe('the Bedöm command without the shared runtime', () => {
  it('shows the summary in a dialog and completes only when the dialog is closed', async () => {
    const { office, record } = fakeOffice({ sharedRuntime: false });
    const event = fakeEvent();
    const running = createAssessCommand(setupWith(office, async () => done))(event);
    await settle();

    expect(record.panesShown).toBe(0);
    expect(record.dialogUrls).toHaveLength(1);
    const content = readDialogContent(new URL(record.dialogUrls[0]).search);
    expect(content).toEqual({ lang: 'sv', ok: true, message: SUMMARY });
    expect(record.dialogUrls[0].startsWith(DIALOG_PAGE)).toBe(true);
    expect(event.completed).not.toHaveBeenCalled();

    record.handlers.get(MESSAGE_RECEIVED)?.({ message: 'close', origin: undefined });
    await running;
    expect(record.dialogsClosed).toBe(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('shows a failed outcome with its own message', async () => {
    const { office, record } = fakeOffice({ sharedRuntime: false });
    const failed: AssessmentOutcome = {
      ok: false,
      message: 'Bladet Indikatorer är skyddat. Ta bort skyddet och välj Bedöm igen.',
    };
    const running = createAssessCommand(setupWith(office, async () => failed))(fakeEvent());
    await settle();
    record.handlers.get(EVENT_RECEIVED)?.({ error: 12006 });
    await running;

    const content = readDialogContent(new URL(record.dialogUrls[0]).search);
    expect(content).toEqual({ lang: 'sv', ok: false, message: failed.message });
  });

  it('completes even when the dialog cannot open', async () => {
    const { office } = fakeOffice({ sharedRuntime: false, dialogFails: true });
    const event = fakeEvent();
    await createAssessCommand(setupWith(office, async () => done))(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe('a run that throws', () => {
  const crash = async (): Promise<AssessmentOutcome> => {
    throw new TypeError(
      "Cannot read properties of undefined (reading 'values')\n    at read (officejs.ts:42:7)",
    );
  };

  it('tells the official in plain Swedish, without the stack trace, and completes', async () => {
    const { office, record } = fakeOffice({ sharedRuntime: false });
    const event = fakeEvent();
    const running = createAssessCommand(setupWith(office, crash))(event);
    await settle();
    record.handlers.get(EVENT_RECEIVED)?.({ error: 12006 });
    await running;

    const message = messageInDialog(record.dialogUrls[0]);
    expect(message).toMatch(/^Målkoll kunde inte bedöma arbetsboken\./);
    expect(message).not.toMatch(/Cannot read|officejs\.ts|\bat\b/);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('publishes the same plain message to the pane in the shared runtime', async () => {
    const { office } = fakeOffice({ sharedRuntime: true });
    const received: AssessmentOutcome[] = [];
    const stop = subscribeOutcome((outcome) => received.push(outcome));
    const event = fakeEvent();
    await createAssessCommand(setupWith(office, crash))(event);
    stop();

    expect(received).toHaveLength(1);
    expect(received[0].ok).toBe(false);
    expect(!received[0].ok && received[0].message).toMatch(/^Målkoll kunde inte/);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('speaks English when Office does', async () => {
    const { office, record } = fakeOffice({ sharedRuntime: false, dialogFails: true });
    await createAssessCommand(setupWith(office, crash, 'en'))(fakeEvent());
    const content = readDialogContent(new URL(record.dialogUrls[0]).search);
    expect(content.lang).toBe('en');
    expect(content.message).toMatch(/^Målkoll could not assess the workbook\./);
  });
});

describe('the dialog address', () => {
  it('carries any message safely through the query string', () => {
    const message = 'Cell B7 på bladet "Mål & mått" saknar värde #1 ?x=y';
    const url = dialogUrl(DIALOG_PAGE, { lang: 'en', ok: false, message });
    expect(readDialogContent(new URL(url).search)).toEqual({ lang: 'en', ok: false, message });
  });

  it('falls back to Swedish for an unknown language', () => {
    expect(readDialogContent('?lang=de&ok=1&message=x').lang).toBe('sv');
  });

  it('labels the close button Stäng in Swedish and Close in English', () => {
    expect(dialogText('sv', true).close).toBe('Stäng');
    expect(dialogText('en', false)).toMatchObject({
      close: 'Close',
      heading: 'The assessment could not be made',
    });
  });
});
