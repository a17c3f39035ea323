/** The exceljs adapter (command line): inspect an .xlsx, then read, write and save it. */
export { ExcelJsHost } from './host';
export { inspectXlsx, MAX_FILE_BYTES, MAX_UNPACKED_BYTES, type Inspection } from '../xlsx/inspect';
