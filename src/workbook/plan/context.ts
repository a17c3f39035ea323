/** What the parts of the write plan share while it is being built. */
import type { Lang, Problem } from '../../engine/types';
import type { Owned } from '../ownership';
import type { SheetData, WorkbookSnapshot } from '../snapshot';
import { StyleCollector } from './styles';
import type { WritePlan } from './types';

export interface PlanContext {
  snapshot: WorkbookSnapshot;
  sheets: Map<string, SheetData>;
  owned: Owned;
  lang: Lang;
  plan: WritePlan;
  styles: StyleCollector;
  /** The plan's own problems. */
  problems: Problem[];
}

export function newContext(snapshot: WorkbookSnapshot, owned: Owned, lang: Lang): PlanContext {
  return {
    snapshot,
    sheets: new Map(snapshot.sheets.map((s) => [s.name, s])),
    owned,
    lang,
    plan: {
      clear: [],
      sheets: [],
      tables: [],
      values: [],
      styles: [],
      links: [],
      columnWidths: [],
      marks: [],
    },
    styles: new StyleCollector(),
    problems: [],
  };
}
