/**
 * Office's errors as messages people can act on: plain words, the sheet where
 * it is known, the Office error code at the end for whoever gives support.
 * Never a stack trace.
 */
import type { Lang } from '../../engine/types';

export class HostWriteError extends Error {
  override readonly name = 'HostWriteError';

  constructor(
    message: string,
    /** Office's error code, e.g. "AccessDenied"; "Unknown" when there was none. */
    readonly code: string,
    /** The sheet the error concerns, where it could be found out. */
    readonly sheet: string | null = null,
  ) {
    super(message);
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

export function protectedSheetError(sheet: string, code: string, lang: Lang): HostWriteError {
  const message =
    lang === 'sv'
      ? `Bladet «${sheet}» är skyddat, så Målkoll kunde inte skriva där. Ta bort bladskyddet (Granska → Ta bort skydd) och bedöm igen.`
      : `The sheet «${sheet}» is protected, so Målkoll could not write there. Unprotect it (Review → Unprotect Sheet) and assess again.`;
  return new HostWriteError(withCode(message, code, lang), code, sheet);
}

/** The workbook itself refused: it is read-only, or its structure is protected. */
export function workbookLockedError(
  kind: 'readOnly' | 'structure',
  code: string,
  lang: Lang,
): HostWriteError {
  const message = {
    sv: {
      readOnly:
        'Arbetsboken är skrivskyddad (öppnad som skrivskyddad eller bara för visning). Välj Redigera arbetsbok i Excel och försök igen.',
      structure:
        'Arbetsbokens struktur är skyddad, så Målkoll kunde inte lägga till eller byta namn på sina blad. Ta bort skyddet (Granska → Skydda arbetsbok) och försök igen.',
    },
    en: {
      readOnly:
        'The workbook is read-only (opened read-only or for viewing only). Choose Edit Workbook in Excel and try again.',
      structure:
        "The workbook's structure is protected, so Målkoll could not add or rename its sheets. Unprotect it (Review → Protect Workbook) and try again.",
    },
  }[lang][kind];
  return new HostWriteError(withCode(message, code, lang), code);
}

/** Any other failure, by what was being done and what Office said. */
export function hostError(
  error: unknown,
  action: Action,
  lang: Lang,
  sheet: string | null = null,
): HostWriteError {
  if (error instanceof HostWriteError) return error;
  const code = officeCode(error);
  const text = MESSAGES[lang];
  const specific = text.byCode[code];
  const message = specific ? specific(sheet) : text.byAction[action](sheet);
  return new HostWriteError(withCode(message, code, lang), code, sheet);
}

function withCode(message: string, code: string, lang: Lang): string {
  if (code === 'Unknown') return message;
  return `${message} (${lang === 'sv' ? 'Excels felkod' : 'Excel error code'}: ${code})`;
}

type Text = (sheet: string | null) => string;

const MESSAGES: Record<Lang, { byAction: Record<Action, Text>; byCode: Record<string, Text> }> = {
  sv: {
    byAction: {
      read: () =>
        'Målkoll kunde inte läsa arbetsboken. Avsluta redigeringen av en cell (tryck Enter eller Esc) och försök igen.',
      write: (sheet) =>
        `Målkoll kunde inte skriva i arbetsboken${sheet ? ` (bladet «${sheet}»)` : ''}. Kontrollera att arbetsboken inte är skrivskyddad och bedöm igen.`,
      select: (sheet) =>
        `Målkoll kunde inte gå till cellen${sheet ? ` på bladet «${sheet}»` : ''}. Bladet kan ha bytt namn eller tagits bort; bedöm igen.`,
    },
    byCode: {
      InvalidOperationInCellEditMode: () =>
        'Excel väntar på att du avslutar redigeringen av en cell. Tryck Enter eller Esc och försök igen.',
      RequestPayloadSizeLimitExceeded: () =>
        'Arbetsboken är för stor för att skrivas på en gång i Excel på webben. Försök i Excel för skrivbordet.',
      ResponsePayloadSizeLimitExceeded: () =>
        'Arbetsboken är för stor för att läsas på en gång i Excel på webben. Försök i Excel för skrivbordet.',
      ItemNotFound: (sheet) =>
        `Ett blad, en tabell eller ett namn som Målkoll läste${sheet ? ` (bladet «${sheet}»)` : ''} finns inte längre. Bedöm arbetsboken igen.`,
      ItemAlreadyExists: (sheet) =>
        `Ett blad eller namn som Målkoll ville skapa${sheet ? ` («${sheet}»)` : ''} finns redan. Bedöm arbetsboken igen.`,
      MergedRangeConflict: (sheet) =>
        `Sammanfogade celler${sheet ? ` på bladet «${sheet}»` : ''} ligger där Målkoll ska skriva. Dela upp dem och bedöm igen.`,
      UndoNotSupported: () =>
        'Excel kunde inte göra ändringen som ett enda steg att ångra, så Målkoll avbröt den. Uppdatera Excel och försök igen; hjälper inte det, kontakta den som ger stöd för Målkoll.',
    },
  },
  en: {
    byAction: {
      read: () =>
        'Målkoll could not read the workbook. Finish editing any cell (press Enter or Esc) and try again.',
      write: (sheet) =>
        `Målkoll could not write to the workbook${sheet ? ` (the sheet «${sheet}»)` : ''}. Check that the workbook is not read-only and assess again.`,
      select: (sheet) =>
        `Målkoll could not go to the cell${sheet ? ` on the sheet «${sheet}»` : ''}. The sheet may have been renamed or deleted; assess again.`,
    },
    byCode: {
      InvalidOperationInCellEditMode: () =>
        'Excel is waiting for you to finish editing a cell. Press Enter or Esc and try again.',
      RequestPayloadSizeLimitExceeded: () =>
        'The workbook is too large to be written at once in Excel on the web. Try Excel for the desktop.',
      ResponsePayloadSizeLimitExceeded: () =>
        'The workbook is too large to be read at once in Excel on the web. Try Excel for the desktop.',
      ItemNotFound: (sheet) =>
        `A sheet, table or name that Målkoll read${sheet ? ` (the sheet «${sheet}»)` : ''} no longer exists. Assess the workbook again.`,
      ItemAlreadyExists: (sheet) =>
        `A sheet or name that Målkoll wanted to create${sheet ? ` («${sheet}»)` : ''} already exists. Assess the workbook again.`,
      MergedRangeConflict: (sheet) =>
        `Merged cells${sheet ? ` on the sheet «${sheet}»` : ''} lie where Målkoll must write. Unmerge them and assess again.`,
      UndoNotSupported: () =>
        'Excel could not make the change as a single undo step, so Målkoll stopped it. Update Excel and try again; if that does not help, contact whoever supports Målkoll.',
    },
  },
};
