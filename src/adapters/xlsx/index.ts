/** The file host (command line): inspect an .xlsx or .xlsm, then read, patch and save its package. */
export { XlsxHost, parseDay } from './host';
export { inspectXlsx, MAX_FILE_BYTES, MAX_UNPACKED_BYTES, type Inspection } from './inspect';
