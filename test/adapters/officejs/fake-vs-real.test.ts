/**
 * The fake Excel against Microsoft's own code where they overlap: the real
 * request builder (test/support/real-office-js.ts) and office-addin-mock.
 * The same batch runs on each; what one refuses, the other must refuse.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { createFakeExcel } from '../../support/fake-excel';
import { realExcel } from '../../support/real-office-js';

type Batch = (context: Excel.RequestContext) => Promise<void>;

function runners(): [string, typeof Excel.run][] {
  const fake = createFakeExcel({ sheets: [{ name: 'Blad1', rows: [['a']] }] });
  return [
    ['the real library', realExcel().run],
    ['the fake', fake.Excel.run],
  ];
}

async function outcome(run: typeof Excel.run, batch: Batch): Promise<string> {
  try {
    await run(batch);
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? 'error';
  }
}

const BATCHES: [string, Batch, string][] = [
  [
    'a sheet from worksheets.add() used after its sync',
    async (context) => {
      const sheet = context.workbook.worksheets.add('Ny');
      await context.sync();
      sheet.getRange('A1').values = [['x']];
      await context.sync();
    },
    'InvalidObjectPath',
  ],
  [
    'a sheet from worksheets.getItem() used after its sync',
    async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange('A1').values = [['x']];
      await context.sync();
      sheet.getRange('A2').values = [['y']];
      await context.sync();
    },
    'ok',
  ],
  [
    'a range from getRange() changed after its sync',
    async (context) => {
      const range = context.workbook.worksheets.getItem('Blad1').getRange('A1');
      range.values = [['x']];
      await context.sync();
      range.format.fill.color = '#FFFFFF';
      await context.sync();
    },
    'InvalidObjectPath',
  ],
  [
    'a property read before it is loaded',
    async (context) => {
      const range = context.workbook.worksheets.getItem('Blad1').getRange('A1');
      await context.sync();
      void range.values;
    },
    'PropertyNotLoaded',
  ],
];

describe.each(BATCHES)('%s', (_, batch, expected) => {
  it.each(runners())(`${expected} in %s`, async (__, run) => {
    expect(await outcome(run, batch)).toBe(expected);
  });
});

test('office-addin-mock, like the fake and the real library, gives a property only once loaded', async () => {
  const mock = new OfficeMockObject({ range: { values: [['a']] } });
  // The mock answers with an error text where Office.js and the fake throw PropertyNotLoaded.
  expect(mock.range.values).toBe('Error, property was not loaded');
  mock.range.load('values');
  await mock.sync();
  expect(mock.range.values).toEqual([['a']]);
});
