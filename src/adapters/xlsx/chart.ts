import type { ChartPlan } from '../../workbook/plan/types';
import type { Package } from './package';

export function addChart(_pkg: Package, _sheetPart: string, _chart: ChartPlan): string {
  throw new Error('not yet');
}
