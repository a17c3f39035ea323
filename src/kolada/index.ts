/** Kolada's API (§12): network I/O with `fetch` injected. Pure parts live in src/workbook/kolada. */
export * from './client';
export * from './clock';
export * from './errors';
export * from './fetch';
export * from './request';
