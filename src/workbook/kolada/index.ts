/** §12 on the workbook's side: pure, no I/O (the client lives in src/kolada). */
export * from './types';
export * from './lookup';
export {
  KOLADA_CREDIT,
  KOLADA_HEADERS,
  KOLADA_SHEET_NAME,
  koladaSheetName,
  readKoladaSheet,
} from './sheet';
export * from './kommun';
export * from './problems';
