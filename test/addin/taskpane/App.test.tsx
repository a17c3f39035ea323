/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryHost } from '../../../src/adapters/memory';
import { exampleSnapshot } from '../../../src/demo/example-workbook';
import type { PaneHost } from '../../../src/addin/host-factory';
import { App } from '../../../src/addin/taskpane/App';
import { STATUS_LOOK } from '../../../src/engine/statuses';
import { STATUSES } from '../../../src/engine/types';
import { assessWorkbook } from '../../../src/workbook/assess-workbook';
import { SUMMARY_SHEET } from '../../../src/workbook/labels';
import { readWorkbook } from '../../../src/workbook/read';

// Role queries over the whole pane are slow in jsdom on a busy machine.
jest.setTimeout(30_000);
/** How long a query waits for the pane to settle (a dialog that is still opening). */
const SETTLED = { timeout: 10_000 };
/**
 * Inside an open dialog. On a loaded machine jsdom sometimes leaves Fluent's
 * dialog surface marked aria-hidden by its focus trap (main's dialog too);
 * real browsers do not (the browser tests open it), so its controls are
 * found whether or not jsdom hides them.
 */
const IN_DIALOG = { hidden: true };

const expected = assessWorkbook(exampleSnapshot(), { lang: 'sv', date: '2024-09-30' });

/** A memory host that also selects cells, as the Office.js host does. */
class SelectingHost extends MemoryHost {
  select = jest.fn(async (_sheet: string, _cell: string) => undefined);
}

/** Renders and lets the first reads (periods, parameters, the demo's sheets) finish. */
async function renderPane(
  paneHost: PaneHost = { mode: 'demo', host: new MemoryHost(exampleSnapshot()) },
) {
  await act(async () => {
    render(<App paneHost={paneHost} initialLang="sv" />);
  });
  return paneHost.host;
}

/** Clicks and lets what the click started (the memory host answers at once) finish. */
async function press(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

/**
 * Lets the lazily loaded parts (the demo's sheets, the parameters) finish
 * loading, so that none of them mounts while a dialog is open.
 */
async function settle() {
  await screen.findByRole('tab', { name: 'Kommunstyrelsen' }, SETTLED);
  await screen.findByRole('button', { name: 'Parametrar (bladet Metod)' }, SETTLED);
}

async function assess(name = 'Bedöm arbetsboken') {
  await press(screen.getByRole('button', { name }));
}

/** The whole's four tiles as { status label → number }. */
function wholeCounts(list: HTMLElement, lang: 'sv' | 'en'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of within(list).getAllByRole('listitem')) {
    const label = STATUSES.map((s) => STATUS_LOOK[s][lang]).find((l) =>
      item.textContent?.endsWith(l),
    );
    counts[label ?? '?'] = Number.parseInt(item.textContent ?? '', 10);
  }
  return counts;
}

function expectedCounts(lang: 'sv' | 'en'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of STATUSES) counts[STATUS_LOOK[s][lang]] = expected.assessment.overall.counts[s];
  return counts;
}

describe('the task pane', () => {
  it('opens in Swedish, in demo mode outside Excel', async () => {
    await renderPane();
    expect(screen.getByRole('heading', { level: 1, name: 'Målkoll' })).toBeTruthy();
    expect(screen.getByText('Demoläge: exempelarbetsbok')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bedöm arbetsboken' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /Period att bedöma/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe('sv');
    // The demo's sheets are shown (loaded lazily) so that the example can be seen.
    expect(await screen.findByRole('tab', { name: 'Kommunstyrelsen' })).toBeTruthy();
  });

  it('shows the counts of the example after Bedöm arbetsboken', async () => {
    await renderPane();
    await assess();
    const whole = await screen.findByRole('list', { name: 'Helheten: antal mål per bedömning' });
    expect(wholeCounts(whole, 'sv')).toEqual(expectedCounts('sv'));
    const status = screen.getByRole('status');
    expect(status.textContent).toContain(`Klart: ${expected.assessment.goals.length} mål`);
    for (const area of expected.assessment.focusAreas) {
      expect(screen.getAllByText(area.name).length).toBeGreaterThan(0);
    }
  });

  it('assesses the period chosen in the list', async () => {
    await renderPane();
    const period = expected.read.periods[0].label;
    const select = screen.getByRole('combobox', { name: /Period att bedöma/ });
    await act(async () => {
      fireEvent.change(select, { target: { value: period } });
    });
    await assess();
    const whole = await screen.findByRole('list', { name: 'Helheten: antal mål per bedömning' });
    const chosen = assessWorkbook(exampleSnapshot(), { lang: 'sv', period, date: '2024-09-30' });
    const counts = Object.fromEntries(
      STATUSES.map((s) => [STATUS_LOOK[s].sv, chosen.assessment.overall.counts[s]]),
    );
    expect(wholeCounts(whole, 'sv')).toEqual(counts);
    expect(counts).not.toEqual(expectedCounts('sv'));
  });

  it('switches to English', async () => {
    await renderPane();
    await press(screen.getByRole('button', { name: 'In English' }));
    expect(screen.getByRole('button', { name: 'Assess the workbook' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    await assess('Assess the workbook');
    const whole = await screen.findByRole('list', {
      name: 'The whole: number of goals per assessment',
    });
    expect(wholeCounts(whole, 'en')).toEqual(expectedCounts('en'));
    expect(screen.getByRole('heading', { name: 'The whole' })).toBeTruthy();
  });

  it('goes to the cell of a problem', async () => {
    const host = new SelectingHost(exampleSnapshot());
    await renderPane({ mode: 'excel', host });
    await assess();
    const first = expected.problems[0];
    const button = await screen.findByRole('button', {
      name: `Gå till cell ${first.sheet}!${first.cell}`,
    });
    await press(button);
    await waitFor(() => expect(host.select).toHaveBeenCalledWith(first.sheet, first.cell));
  });

  it("shows a problem's cell in the demo's sheets", async () => {
    await renderPane();
    await assess();
    const last = expected.problems[expected.problems.length - 1];
    await press(
      await screen.findByRole('button', { name: `Gå till cell ${last.sheet}!${last.cell}` }),
    );
    const tab = screen.getByRole('tab', { name: last.sheet });
    await waitFor(() => expect(tab.getAttribute('aria-selected')).toBe('true'));
    await waitFor(() =>
      expect((document.activeElement as HTMLElement).dataset.cell).toBe(last.cell),
    );
    const region = screen.getByRole('region', { name: `Bladet ${last.sheet}` });
    expect(region.contains(document.activeElement)).toBe(true);
  });

  it('tells which parameter value is out of range and does not save it', async () => {
    const host = (await renderPane()) as MemoryHost;
    const apply = jest.spyOn(host, 'apply');
    await press(screen.getByRole('button', { name: 'Parametrar (bladet Metod)' }));
    const input = await screen.findByRole('textbox', { name: 'Delvis-gräns målvärde' });
    fireEvent.change(input, { target: { value: '1,5' } });
    expect(await screen.findByText('Ange ett tal från 0 till 1.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await press(screen.getByRole('button', { name: 'Spara parametrar' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Rätta de markerade värdena'),
    );
    expect(apply).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { value: '70 %' } });
    expect(screen.queryByText('Ange ett tal från 0 till 1.')).toBeNull();
    await press(screen.getByRole('button', { name: 'Spara parametrar' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('sparade'));
    expect(readWorkbook(await host.read(), { lang: 'sv' }).parameters.partlyAt).toBe(0.7);
  });

  it('asks before it removes the assessment', async () => {
    const host = (await renderPane()) as MemoryHost;
    await assess();
    await screen.findByRole('list', { name: 'Helheten: antal mål per bedömning' });
    await settle();
    expect(host.sheetNames()).toContain(SUMMARY_SHEET.sv);
    const remove = jest.spyOn(host, 'remove');

    await press(screen.getByRole('button', { name: 'Ta bort bedömning' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ta bort bedömningen?' });
    expect(remove).not.toHaveBeenCalled();
    await press(
      await within(dialog).findByRole('button', { name: 'Ta bort', ...IN_DIALOG }, SETTLED),
    );

    await waitFor(() => expect(remove).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(host.sheetNames()).not.toContain(SUMMARY_SHEET.sv));
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Helheten: antal mål per bedömning' })).toBeNull(),
    );
    // The history of follow-ups stays unless the official unticks it.
    expect(host.sheetNames()).toContain('Historik');
  });

  it('removes the history too when the official unticks it, and says that the undo history is cleared', async () => {
    const host = (await renderPane()) as MemoryHost;
    await assess();
    await screen.findByRole('list', { name: 'Helheten: antal mål per bedömning' });
    await settle();
    expect(host.sheetNames()).toContain('Historik');
    await press(screen.getByRole('button', { name: 'Ta bort bedömning' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ta bort bedömningen?' });
    expect(dialog.textContent).toContain('ångra-historiken');
    // Under load the dialog may still be opening (aria-hidden) when it is first found.
    const keep = await within(dialog).findByRole(
      'checkbox',
      { name: /Behåll uppföljningarnas historik/, ...IN_DIALOG },
      SETTLED,
    );
    expect((keep as HTMLInputElement).checked).toBe(true);
    await press(keep);
    await press(
      await within(dialog).findByRole('button', { name: 'Ta bort', ...IN_DIALOG }, SETTLED),
    );
    await waitFor(() => expect(host.sheetNames()).not.toContain('Historik'));
  });

  it('names the follow-up, and shows the previous status and the change after a later one', async () => {
    await renderPane();
    const field = screen.getByRole('textbox', { name: /Uppföljning/ }) as HTMLInputElement;
    const latest = expected.comparison.followUp.name;
    await waitFor(() => expect(field.value).toBe(latest));
    const earlier = `T1 ${Number(latest.slice(-4)) - 1}`;
    await act(async () => {
      fireEvent.change(field, { target: { value: earlier } });
    });
    await assess();
    await screen.findByRole('list', { name: 'Helheten: antal mål per bedömning' });
    expect(screen.queryByText(/^Föregående/)).toBeNull();
    await act(async () => {
      fireEvent.change(field, { target: { value: latest } });
    });
    await assess();
    await waitFor(() =>
      expect(screen.getAllByText(`Föregående (${earlier}):`).length).toBeGreaterThan(1),
    );
  });

  it('says what a follow-up may be called when the name is not a period', async () => {
    const host = (await renderPane()) as MemoryHost;
    const field = screen.getByRole('textbox', { name: /Uppföljning/ });
    await act(async () => {
      fireEvent.change(field, { target: { value: 'i höstas' } });
    });
    await assess();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Delår 2024'));
    expect(host.sheetNames()).not.toContain(SUMMARY_SHEET.sv);
  });
});
