/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryHost } from '../../../src/adapters/memory';
import { App } from '../../../src/addin/taskpane/App';
import type { FetchLike } from '../../../src/kolada';
import { ownedIn } from '../../../src/workbook/ownership';
import { readKoladaSheet, readMethodKommun } from '../../../src/workbook/kolada';
import type { Cell, SheetData, WorkbookSnapshot } from '../../../src/workbook/snapshot';

jest.setTimeout(30_000);

function sheet(name: string, values: (string | number | null)[][]): SheetData {
  const rows = new Map<number, Cell[]>();
  values.forEach((row, r) => {
    const cells: Cell[] = [];
    row.forEach((v, c) => {
      if (v !== null) cells[c + 1] = { value: v };
    });
    rows.set(r + 1, cells);
  });
  return { name, rows, tables: [], merges: [], protected: false };
}

const workbook: WorkbookSnapshot = {
  sheets: [
    sheet('Mål', [
      ['Indikator', 'Kolada-ID', 'Önskad riktning', 'Målvärde', 'Utfall 2023'],
      ['Behöriga till gymnasiet', 'N15428', 'Öka', '80 %', null],
    ]),
    sheet('Metod', [
      ['Parameter', 'Värde', 'Beskrivning'],
      ['Kommun', 'Ånge', ''],
    ]),
  ],
  names: [],
};

/** Kolada's answers by path, with no network at all. */
const ANSWERS: Record<string, unknown> = {
  '/kolada.json': { url: 'http://127.0.0.1:1/v3' },
  '/v3/municipality': { values: [{ id: '2260', title: 'Ånge', type: 'K' }] },
  '/v3/kpi/N15428': { values: [{ id: 'N15428', title: 'Behöriga till yrkesprogram, andel (%)' }] },
  '/v3/data/kpi/N15428/municipality/2260,0000/year/': {
    values: [
      { kpi: 'N15428', municipality: '2260', period: 2023, values: [{ gender: 'T', value: 82.3 }] },
      { kpi: 'N15428', municipality: '0000', period: 2023, values: [{ gender: 'T', value: 84.2 }] },
    ],
  },
};

it('prefills the municipality from the Metod sheet and fetches from Kolada, then assesses', async () => {
  const asked: string[] = [];
  const fakeFetch: FetchLike = async (url) => {
    const u = new URL(url);
    asked.push(u.hostname);
    const key = Object.keys(ANSWERS).find(
      (k) => u.pathname === k || (k.endsWith('/') && u.pathname.startsWith(k)),
    );
    const body = key === undefined ? undefined : ANSWERS[key];
    return {
      ok: body !== undefined,
      status: body === undefined ? 404 : 200,
      headers: { get: () => null },
      text: async () => JSON.stringify(body ?? {}),
    };
  };
  const host = new MemoryHost(workbook);
  await act(async () => {
    render(<App paneHost={{ mode: 'excel', host }} initialLang="sv" fetch={fakeFetch} />);
  });
  const field = await screen.findByRole('textbox', { name: /Kommun/ });
  await waitFor(() => expect((field as HTMLInputElement).value).toBe('Ånge'));
  fireEvent.change(field, { target: { value: '2260' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Hämta från Kolada' }));
  });
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Hämtade 1 värden'));
  const after = await host.read();
  expect(readMethodKommun(after)?.text).toBe('2260');
  expect(readKoladaSheet(after, ownedIn(after))?.rows[0]).toMatchObject({
    value: 82.3,
    national: 84.2,
  });
  expect(new Set(asked)).toEqual(new Set(['localhost', '127.0.0.1']));
});
