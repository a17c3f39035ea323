/**
 * Office's errors as what failed, where, and Office's code, for the faces to
 * word (src/text): plain words, the sheet where it is known, the code at the
 * end for whoever gives support. Never a stack trace.
 */
/**
 * What failed: reading, writing, going to a cell, writing on a protected sheet,
 * or the workbook itself refused (read-only, or its structure protected).
 */
export type HostFailure = Action | 'protected' | 'readOnly' | 'structure';

/** Carries what failed, Office's code and the sheet; the faces word it (src/text). */
export class HostWriteError extends Error {
  override readonly name = 'HostWriteError';

  constructor(
    readonly failure: HostFailure,
    /** Office's error code, e.g. "AccessDenied"; "Unknown" when there was none. */
    readonly code: string,
    /** The sheet the error concerns, where it could be found out. */
    readonly sheet: string | null = null,
  ) {
    super(`Office.js: ${failure} failed (${code})${sheet ? ` on the sheet ${sheet}` : ''}`);
  }
}

export type Action = 'read' | 'write' | 'select';

/** The code of an OfficeExtension.Error, or of anything else thrown. */
export function officeCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return 'Unknown';
}

/** Where in the batch Office says it failed, e.g. "NamedItemCollection.add". */
export function errorLocation(error: unknown): string {
  if (!error || typeof error !== 'object' || !('debugInfo' in error)) return '';
  const info = error.debugInfo as { errorLocation?: unknown } | undefined;
  return typeof info?.errorLocation === 'string' ? info.errorLocation : '';
}

const PROTECTION_CODES = new Set(['AccessDenied', 'InvalidOperation']);

export function mayBeProtection(error: unknown): boolean {
  return PROTECTION_CODES.has(officeCode(error));
}

export function protectedSheetError(sheet: string, code: string): HostWriteError {
  return new HostWriteError('protected', code, sheet);
}

/** The workbook itself refused: it is read-only, or its structure is protected. */
export function workbookLockedError(kind: 'readOnly' | 'structure', code: string): HostWriteError {
  return new HostWriteError(kind, code);
}

/** Any other failure, by what was being done and what Office said. */
export function hostError(
  error: unknown,
  action: Action,
  sheet: string | null = null,
): HostWriteError {
  if (error instanceof HostWriteError) return error;
  return new HostWriteError(action, officeCode(error), sheet);
}
