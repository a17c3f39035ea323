/** §10: follow-ups over time and the Historik sheet. */
export * from './follow-up';
export * from './change';
export { readHistory } from './read';
export { statusOfCell, type History, type HistoryRow, type HistoryRowId } from './model';
