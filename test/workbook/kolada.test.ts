/** §12 on the workbook's side: the Kolada sheet, and its figures in every assessment. */
import { MemoryHost } from '../../src/adapters/memory';
import { svText } from '../support/problem-text';
import { assessWorkbook } from '../../src/workbook/assess-workbook';
import {
  buildKommunPlan,
  parseKommun,
  readKoladaSheet,
  readMethodKommun,
  type KoladaData,
} from '../../src/workbook/kolada';
import { ownedIn, sheetMarkName } from '../../src/workbook/ownership';
import type { Cell, SheetData, WorkbookSnapshot } from '../../src/workbook/snapshot';

type Value = string | number | null | { value: number; numFmt: string };

function sheet(name: string, values: Value[][]): SheetData {
  const rows = new Map<number, Cell[]>();
  values.forEach((row, r) => {
    const cells: Cell[] = [];
    row.forEach((v, c) => {
      if (v === null) return;
      cells[c + 1] = typeof v === 'object' ? { value: v.value, numFmt: v.numFmt } : { value: v };
    });
    rows.set(r + 1, cells);
  });
  return { name, rows, tables: [], merges: [], protected: false };
}

const SHARE_TITLE = 'Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)';
const FETCHED: KoladaData = {
  rows: [
    {
      kpi: 'N15428',
      title: SHARE_TITLE,
      municipality: '2260',
      year: 2022,
      value: 80.1,
      national: 85,
      fetched: '2024-09-30',
    },
    {
      kpi: 'N15428',
      title: SHARE_TITLE,
      municipality: '2260',
      year: 2023,
      value: 82.3,
      national: 84.2,
      fetched: '2024-09-30',
    },
    {
      kpi: 'N15428',
      title: SHARE_TITLE,
      municipality: '2260',
      year: 2025,
      value: 99,
      national: 99,
      fetched: '2024-09-30',
    },
    {
      kpi: 'N15507',
      title: 'Meritvärde åk 9, genomsnitt',
      municipality: '2260',
      year: 2023,
      value: 224,
      national: 229.8,
      fetched: '2024-09-30',
    },
  ],
};

/** Indicators with Kolada ids: period columns, user values beside them, and a table without outcomes. */
function workbook(): WorkbookSnapshot {
  return {
    sheets: [
      sheet('Mål', [
        [
          'Indikator',
          'Kolada-ID',
          'Önskad riktning',
          'Målvärde',
          'Utfall 2022',
          'Utfall 2023',
          'Utfall T2 2024',
        ],
        ['Behöriga till gymnasiet', ' N15428 ', 'Öka', '80 %', null, null, null],
        [
          'Behöriga, egen siffra',
          'N15428',
          'Öka',
          '80 %',
          null,
          { value: 0.5, numFmt: '0 %' },
          null,
        ],
        ['Behöriga mot riket', 'N15428', 'Öka', null, null, null, null],
        ['Okänt nyckeltal', 'N99999', 'Öka', 10, 8, 9, null],
        ['Egen jämförelse', 'N15428', 'Öka', null, null, null, null],
      ]),
      sheet('Utan perioder', [
        ['Indikator', 'KPI-id', 'Riktning', 'Jämförelsevärde'],
        ['Meritvärde', 'N15507', 'Öka', null],
        ['Meritvärde mot eget', 'N15507', 'Öka', 230],
      ]),
      sheet('Metod', [
        ['Parameter', 'Värde', 'Beskrivning'],
        ['Delvis-gräns målvärde', 0.8, ''],
        ['Kommun', 180, 'Kommunen'],
      ]),
    ],
    names: [],
  };
}

function byName(result: ReturnType<typeof assessWorkbook>, name: string) {
  const found = result.report.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found;
}

describe('Kolada figures in the assessment (§12)', () => {
  const result = assessWorkbook(workbook(), {
    date: '2024-09-30',
    kolada: { data: FETCHED, unknownKpis: ['N99999'] },
  });

  it('fills an empty full-year period cell with the Kolada value of its year, percentages /100', () => {
    const r = byName(result, 'Behöriga till gymnasiet');
    // a = 0.823 (2023) against the target 80 %: met, and the reason says it came from Kolada.
    expect(r.rule).toBe('target');
    expect(r.status).toBe('met');
    expect(r.period).toBe('Utfall 2023');
    expect(r.reason).toBe(
      'Utfall 2023 82,3 % (Kolada) är bättre än målvärdet 80 % (högre är bättre).',
    );
    expect(r.kolada).toEqual({
      id: 'N15428',
      values: { actual: 2023, previous: 2022, comparison: 2023 },
    });
  });

  it("keeps the user's own number", () => {
    const r = byName(result, 'Behöriga, egen siffra');
    expect(r.status).toBe('not_met');
    expect(r.reason).toMatch(/^Utfall 50 %/);
    expect(r.kolada?.values.actual).toBeUndefined();
  });

  it('compares with Riket for the year that gave a, where the row has no comparison', () => {
    const r = byName(result, 'Behöriga mot riket');
    // No target: the comparison rule is inferred from Riket's value; 82.3 vs 84.2 is within 5 %.
    expect(r.rule).toBe('comparison');
    expect(r.status).toBe('partly_met');
    expect(r.fulfilment).toBeCloseTo(0.823 / 0.842, 10);
    expect(r.reason).toContain('(Riket 2023, Kolada)');
  });

  it('takes the latest Kolada year, not after the follow-up, where a table has no outcome columns', () => {
    const r = byName(result, 'Meritvärde');
    expect(r.rule).toBe('comparison');
    expect(r.status).toBe('partly_met');
    expect(r.period).toBe('2023');
    expect(r.fulfilment).toBeCloseTo(224 / 229.8, 10);
    const own = byName(result, 'Meritvärde mot eget');
    expect(own.fulfilment).toBeCloseTo(224 / 230, 10);
    expect(own.kolada?.values).toEqual({ actual: 2023 });
  });

  it('warns at the cell of a KPI id that Kolada does not know', () => {
    const p = result.problems.find((x) => x.code === 'unknown_kolada_kpi');
    expect(p).toMatchObject({ sheet: 'Mål', cell: 'B5', severity: 'warning' });
    expect(svText(p!)).toContain('N99999');
    // Its own cells are assessed as ever: 9 against 10 is 90 % of the way.
    expect(byName(result, 'Okänt nyckeltal').status).toBe('partly_met');
  });

  it('writes the Kolada sheet, marked, with the values as Kolada gave them', async () => {
    const host = new MemoryHost(workbook());
    await host.apply(result.plan);
    const after = await host.read();
    const owned = ownedIn(after);
    expect(owned.kinds).toContainEqual({ sheet: 'Kolada', kind: 'kolada' });
    expect(after.names.map((n) => n.name)).toContain(sheetMarkName('kolada'));
    const kolada = after.sheets.find((s) => s.name === 'Kolada');
    expect(kolada?.rows.get(1)?.[1]?.value).toBe('Källa: Kolada');
    const header = (kolada?.rows.get(3) ?? []).slice(1).map((c) => c?.value);
    expect(header).toEqual(['Kolada-ID', 'Nyckeltal', 'Kommun', 'År', 'Värde', 'Riket', 'Hämtad']);
    expect((kolada?.rows.get(5) ?? []).slice(1).map((c) => c?.value)).toEqual([
      'N15428',
      SHARE_TITLE,
      '2260',
      2023,
      82.3,
      84.2,
      '2024-09-30',
    ]);
    expect(readKoladaSheet(after, owned)).toEqual({
      rows: [...FETCHED.rows].sort((a, b) =>
        a.kpi === b.kpi ? a.year - b.year : a.kpi < b.kpi ? -1 : 1,
      ),
    });

    // Without a fetch, the sheet is used as it is: the same results, and it stays marked.
    const again = assessWorkbook(after, { date: '2024-09-30' });
    const strip = (r: typeof result) =>
      r.report.indicators.map((i) => [i.name, i.status, i.reason]);
    expect(strip(again)).toEqual(strip(result));
    expect(again.plan.sheets.map((s) => s.name)).not.toContain('Kolada');
    expect(again.plan.marks).toContainEqual(
      expect.objectContaining({ name: sheetMarkName('kolada'), sheet: 'Kolada' }),
    );
    // The user's own cells were never written: their empty period cells stay empty.
    const mål = after.sheets.find((s) => s.name === 'Mål');
    expect(mål?.rows.get(2)?.[5]?.value ?? null).toBeNull();
    expect(mål?.rows.get(2)?.[6]?.value ?? null).toBeNull();

    // A failed fetch changes nothing: the old sheet is kept and used.
    const failed = assessWorkbook(after, { date: '2024-09-30', kolada: { data: null } });
    expect(strip(failed)).toEqual(strip(result));
    expect(failed.plan.sheets.map((s) => s.name)).not.toContain('Kolada');
  });

  it('without any Kolada figures, a row with a Kolada id is assessed on its own cells', () => {
    const plain = assessWorkbook(workbook(), { date: '2024-09-30' });
    expect(byName(plain, 'Behöriga till gymnasiet').status).toBe('not_assessed');
    expect(plain.plan.sheets.map((s) => s.name)).not.toContain('Kolada');
  });

  it('an error at the Metod Kommun that Kolada does not know', () => {
    const r = assessWorkbook(workbook(), {
      date: '2024-09-30',
      kolada: { data: null, unknownKommun: { sheet: 'Metod', cell: 'B3', text: '180' } },
    });
    expect(r.problems.find((p) => p.code === 'unknown_kolada_kommun')).toMatchObject({
      sheet: 'Metod',
      cell: 'B3',
      severity: 'error',
    });
  });
});

describe('the municipality on the Metod sheet', () => {
  it('reads the Kommun row and pads an id to four digits', () => {
    const found = readMethodKommun(workbook());
    expect(found).toEqual({ sheet: 'Metod', cell: 'B3', text: '180' });
    expect(parseKommun(found?.text)).toEqual({ kind: 'id', id: '0180' });
    expect(parseKommun(' Ånge ')).toEqual({ kind: 'name', name: 'Ånge' });
    expect(parseKommun('')).toBeNull();
  });

  it('saves a changed Kommun in its Värde cell, or in a row of its own', async () => {
    const wb = workbook();
    const plan = buildKommunPlan(wb, 'Ånge');
    expect(plan?.values).toEqual([{ sheet: 'Metod', top: 3, left: 2, values: [['Ånge']] }]);
    const without: WorkbookSnapshot = {
      sheets: [
        sheet('Metod', [
          ['Parameter', 'Värde', 'Beskrivning'],
          ['Delvis-gräns målvärde', 0.8, 'x'],
        ]),
      ],
      names: [],
    };
    const host = new MemoryHost(without);
    await host.apply(buildKommunPlan(without, '2260')!);
    expect(readMethodKommun(await host.read())).toEqual({
      sheet: 'Metod',
      cell: 'B3',
      text: '2260',
    });
    // The parameters are read as before: Kommun is not one of them.
    const r = assessWorkbook(await host.read(), { date: '2024-09-30' });
    expect(r.problems.filter((p) => p.sheet === 'Metod')).toEqual([]);
  });
});

describe('Kolada years after the follow-up (§10, §12)', () => {
  const figures = (years: number[]): KoladaData => ({
    rows: years.map((year) => ({
      kpi: 'N15507',
      title: 'Meritvärde',
      municipality: '2260',
      year,
      value: year - 1800,
      national: null,
      fetched: '2024-09-30',
    })),
  });
  const wb = (lastPeriod: string): WorkbookSnapshot => ({
    sheets: [
      sheet('Mål', [
        ['Indikator', 'Önskad riktning', 'Målvärde', lastPeriod],
        ['Eget utfall', 'Öka', 10, 12],
      ]),
      sheet('Kolada', [
        ['Indikator', 'Kolada-ID', 'Önskad riktning', 'Målvärde'],
        ['Meritvärde', 'N15507', 'Öka', 200],
      ]),
    ],
    names: [],
  });
  const periodOf = (lastPeriod: string) =>
    assessWorkbook(wb(lastPeriod), {
      date: '2024-09-30',
      kolada: { data: figures([2022, 2023, 2024]) },
    }).report.indicators.find((i) => i.name === 'Meritvärde')?.period;

  it('takes the follow-up from the latest outcome the user wrote', () => {
    expect(periodOf('Utfall 2023')).toBe('2023');
    expect(periodOf('Helår 2024')).toBe('2024');
    // At tertial 2 of 2024 the full year 2024 is not known yet.
    expect(periodOf('Utfall T2 2024')).toBe('2023');
  });
});

describe('Kolada percentages beside unmarked user numbers (§7, §12)', () => {
  it('counts a Kolada percentage as marked: 80 typed beside Kolada 82.3 % is mixed units', () => {
    const wb: WorkbookSnapshot = {
      sheets: [
        sheet('Mål', [
          ['Indikator', 'Kolada-ID', 'Önskad riktning', 'Målvärde'],
          ['Behöriga', 'N15428', 'Öka', 80],
        ]),
      ],
      names: [],
    };
    const r = assessWorkbook(wb, { date: '2024-09-30', kolada: { data: FETCHED } });
    expect(r.report.indicators[0].status).toBe('not_assessed');
    expect(r.problems.find((p) => p.code === 'mixed_units')).toMatchObject({ cell: 'D2' });
  });
});
