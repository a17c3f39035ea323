export { buildBoardReport, type BoardReportOptions } from './build';
export { BOARD_REPORT_LABELS } from './labels';
export type * from './types';
