/** The workbook model: host-neutral cells in, a write plan and a report out. */
export * from './snapshot';
export * from './address';
export * from './ownership';
export * from './labels';
export type { FoundTable, PeriodColumn, ReadOptions, ReadResult } from './read/types';
export * from './read';
export * from './plan';
export * from './report';
export * from './assess-workbook';
export * from './history';
