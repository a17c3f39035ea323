/** The plan's own problems (§8, §9), in plain Swedish or English. */
import type { Lang, Problem } from '../../engine/types';
import { a1, columnLetters, MAX_COLS } from '../address';
import type { CellRange } from '../snapshot';
import type { Room } from './room';

type Blocked = Exclude<Room, { kind: 'free' }>;

/** A warning at the table's top-right header cell: nothing was written beside it. */
export function noRoomProblem(
  sheet: string,
  table: CellRange,
  columns: { left: number; right: number },
  room: Blocked,
  summary: string,
  lang: Lang,
): Problem {
  const span = `${columnLetters(columns.left)}–${columnLetters(Math.min(columns.right, MAX_COLS))}`;
  const cell = a1(table.top, table.right);
  const code = room.kind === 'protected' ? 'sheet_protected' : 'no_room';
  return { severity: 'warning', sheet, cell, code, message: noRoomText(room, span, summary, lang) };
}

function noRoomText(room: Blocked, span: string, summary: string, lang: Lang): string {
  const sv = lang === 'sv';
  const results = sv
    ? `Resultaten för tabellen finns ändå på bladet ${summary}.`
    : `The table's results are still on the sheet ${summary}.`;
  switch (room.kind) {
    case 'occupied':
      return sv
        ? `Bedömningen kunde inte skrivas bredvid tabellen: kolumnerna ${span} behövs men cell ${room.cell} innehåller annat. Flytta det som står där (eller tabellen) och kör bedömningen igen. ${results}`
        : `The assessment could not be written beside the table: columns ${span} are needed but cell ${room.cell} holds something else. Move what is there (or the table) and run the assessment again. ${results}`;
    case 'past_last_column':
      return sv
        ? `Bedömningen kunde inte skrivas bredvid tabellen: bladet tar slut vid kolumn XFD och fyra kolumner behövs till höger om tabellen. Flytta tabellen åt vänster och kör bedömningen igen. ${results}`
        : `The assessment could not be written beside the table: the sheet ends at column XFD and four columns are needed to the right of the table. Move the table to the left and run the assessment again. ${results}`;
    case 'protected':
      return sv
        ? `Bedömningen kunde inte skrivas bredvid tabellen eftersom bladet är skyddat. Ta bort bladskyddet och kör bedömningen igen. ${results}`
        : `The assessment could not be written beside the table because the sheet is protected. Unprotect the sheet and run the assessment again. ${results}`;
  }
}

/** A warning at A1 of the user's own sheet that has the summary's name. */
export function summaryRenamedProblem(userSheet: string, used: string, lang: Lang): Problem {
  const message =
    lang === 'sv'
      ? `Bladet ${userSheet} är ditt eget, så sammanställningen skrevs till bladet ${used} i stället. Byt namn på ditt blad om du vill att sammanställningen ska heta ${userSheet}.`
      : `The sheet ${userSheet} is your own, so the summary was written to the sheet ${used} instead. Rename your sheet if you want the summary to be called ${userSheet}.`;
  return { severity: 'warning', sheet: userSheet, cell: 'A1', code: 'summary_renamed', message };
}

/** A warning at A1 of the user's own sheet that has Historik's name (§10). */
export function historyRenamedProblem(userSheet: string, used: string, lang: Lang): Problem {
  const message =
    lang === 'sv'
      ? `Bladet ${userSheet} är ditt eget, så uppföljningarnas historik skrevs till bladet ${used} i stället. Byt namn på ditt blad om du vill att historiken ska heta ${userSheet}.`
      : `The sheet ${userSheet} is your own, so the history of follow-ups was written to the sheet ${used} instead. Rename your sheet if you want the history to be called ${userSheet}.`;
  return { severity: 'warning', sheet: userSheet, cell: 'A1', code: 'history_renamed', message };
}
