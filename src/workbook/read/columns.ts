/**
 * Which column carries which field in one table. Where two columns carry the
 * same field, the left one is used and the other is a warning (§7).
 */
import type { IndicatorField } from '../../engine/types';
import { a1 } from '../address';
import type { ColumnField } from './headers';
import type { Reporter } from './messages';
import { periodIdentity } from './periods';
import type { LocatedTable, TableKind } from './tables';

export interface PeriodColumnAt {
  col: number;
  /** Header as written. */
  label: string;
  year: number;
  /** Normalised header, for listing the workbook's period headers. */
  key: string;
  /** The period it names (periodIdentity): duplicates and --period are found by it. */
  period: string;
}

export interface ColumnMap {
  fields: Partial<Record<ColumnField, number>>;
  /** Period columns, left to right. */
  periods: PeriodColumnAt[];
}

const INDICATOR_FIELDS: readonly IndicatorField[] = [
  'indicator',
  'goal',
  'focusArea',
  'owner',
  'direction',
  'rule',
  'baseline',
  'baselineYear',
  'target',
  'targetYear',
  'comparison',
  'previous',
  'actual',
  'actualYear',
  'expert',
  'comment',
  'weight',
  'kolada',
];

/** The fields each kind of table reads; other recognised headers are ignored there. */
const FIELDS_READ: Record<TableKind, ReadonlySet<ColumnField>> = {
  indicator: new Set(INDICATOR_FIELDS),
  goal: new Set(['goal', 'focusArea', 'expert', 'comment']),
  activity: new Set(['activity', 'goal', 'focusArea', 'status']),
};

export function mapColumns(table: LocatedTable, sheet: string, reporter: Reporter): ColumnMap {
  const map: ColumnMap = { fields: {}, periods: [] };
  const firstCol = new Map<string, number>();
  for (const header of table.headers) {
    const cls = header.cls;
    if (!cls) continue;
    let key: string;
    let period = '';
    if (cls.kind === 'field') {
      if (!FIELDS_READ[table.kind].has(cls.field)) continue;
      key = cls.field;
    } else {
      if (table.kind !== 'indicator') continue;
      period = periodIdentity(cls.key);
      key = `period:${period}`;
    }
    const first = firstCol.get(key);
    if (first !== undefined) {
      reporter.add('duplicate_column', sheet, a1(table.headerRow, header.col), {
        header: header.text,
        other: a1(table.headerRow, first),
      });
      continue;
    }
    firstCol.set(key, header.col);
    const { col, text } = header;
    if (cls.kind === 'field') map.fields[cls.field] = col;
    else map.periods.push({ col, label: text, year: cls.year, key: cls.key, period });
  }
  return map;
}
