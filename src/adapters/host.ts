import type { RemovalPlan, WritePlan } from '../workbook/plan/types';
import type { WorkbookSnapshot } from '../workbook/snapshot';

/**
 * What every adapter (Office.js, exceljs, memory) offers. Adapters only move
 * data: they read a snapshot and apply a plan; every decision is made in the
 * engine and the workbook model.
 */
export interface WorkbookHost {
  read(): Promise<WorkbookSnapshot>;
  apply(plan: WritePlan): Promise<void>;
  remove(plan: RemovalPlan): Promise<void>;
  /** Selects a cell for the user ("Gå till cell"); hosts without a UI may omit it. */
  select?(sheet: string, cell: string): Promise<void>;
}
