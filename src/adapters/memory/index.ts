/** The in-memory adapter: the tests' double and the browser demo's workbook. */
export { MemoryHost } from './host';
