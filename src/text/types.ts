/**
 * The shape of each language's catalogue of user text: Swedish (sv.ts, the
 * default) and English (en.ts) fill in the same interface, so a text missing
 * in one language is a type error.
 */
import type { InvalidParameter } from '../engine/parameters';
import type { ProblemCode, ProblemParams } from '../engine/types';

/** One problem's words from its parameters; the location is shown beside them, never in them. */
export type ProblemWords = Record<ProblemCode, (p: ProblemParams) => string>;

/** What failed in Excel (the Office.js host): reading, writing, going to a cell, a protected sheet. */
export type HostFailure = 'read' | 'write' | 'select' | 'protected' | 'readOnly' | 'structure';

export interface Texts {
  /** A name or a cell's text in the language's quotation marks: ”…” or “…”. */
  quote(text: string): string;
  /** A number as a cell's value is quoted: "0,8" and "−3" in Swedish, "0.8" in English. */
  number(value: number): string;
  problems: ProblemWords;
  /** "1 fel", "2 varningar": a count with its noun in the right number. */
  errors(count: number): string;
  warnings(count: number): string;
  /**
   * A failure in Excel as people can act on it: what failed, the sheet where
   * known, Excel's error code at the end for whoever gives support.
   */
  hostError(failure: HostFailure, code: string, sheet: string | null): string;
  /** A value the parameters' editor may not save: "Delvis-gräns målvärde måste vara 0–1." */
  invalidParameter(invalid: InvalidParameter): string;
  /** "a och b", "a, b och c". */
  list(items: readonly string[]): string;
}
