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
  /** Its place in §7's order of periods; columns of one period share it. */
  rank: number;
}

/** A target or baseline column whose header ends in a year ("Målvärde 2030"). */
export interface YearColumnAt {
  col: number;
  year: number;
}

export interface ColumnMap {
  /** Target and baseline here are the columns without a year in their header. */
  fields: Partial<Record<ColumnField, number>>;
  /** Period columns, left to right. */
  periods: PeriodColumnAt[];
  /** Target and baseline columns with a year, left to right (§7: stepwise targets). */
  targetsByYear: YearColumnAt[];
  baselinesByYear: YearColumnAt[];
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
];

/** The fields each kind of table reads; other recognised headers are ignored there. */
const FIELDS_READ: Record<TableKind, ReadonlySet<ColumnField>> = {
  indicator: new Set(INDICATOR_FIELDS),
  goal: new Set(['goal', 'focusArea', 'expert', 'comment']),
  activity: new Set(['activity', 'goal', 'focusArea', 'status']),
};

export function mapColumns(table: LocatedTable, sheet: string, reporter: Reporter): ColumnMap {
  const map: ColumnMap = { fields: {}, periods: [], targetsByYear: [], baselinesByYear: [] };
  const firstCol = new Map<string, number>();
  for (const header of table.headers) {
    const cls = header.cls;
    if (!cls) continue;
    let key: string;
    let period = '';
    if (cls.kind === 'field') {
      if (!FIELDS_READ[table.kind].has(cls.field)) continue;
      // Columns with years are several of one field by design; only the same year twice is a duplicate.
      key = cls.year === undefined ? cls.field : `${cls.field}:${cls.year}`;
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
    if (cls.kind === 'period') {
      const { year, rank } = cls;
      map.periods.push({ col, label: text, year, key: cls.key, period, rank });
    } else if (cls.year === undefined) map.fields[cls.field] = col;
    else if (cls.field === 'target') map.targetsByYear.push({ col, year: cls.year });
    else if (cls.field === 'baseline') map.baselinesByYear.push({ col, year: cls.year });
  }
  return map;
}
