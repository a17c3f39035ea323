/**
 * The command line's arguments, parsed by hand:
 * malkoll assess IN.xlsx [-o OUT.xlsx] [--json REPORT.json] [--lang sv|en]
 *                        [--period PERIOD] [--uppfoljning NAME] [--date YYYY-MM-DD] [--force]
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../engine/types';
import { checkFollowUp, FOLLOW_UP_EXAMPLES } from '../workbook/history/follow-up';
import { MESSAGES } from './messages';

export interface AssessArgs {
  input: string;
  /** Where the assessed workbook goes: -o, else IN-bedomd.xlsx (.xlsm for .xlsm) beside the input. */
  output: string;
  json: string | null;
  lang: Lang;
  period: string | null;
  /** §10: the follow-up's name (--uppfoljning, --follow-up), or null to derive it. */
  followUp: string | null;
  /** YYYY-MM-DD, or null for today. */
  date: string | null;
  /** Accepted for old scripts; nothing is dropped any more, so it changes nothing. */
  force: boolean;
}

export type ParsedArgs =
  | { kind: 'help'; lang: Lang }
  | { kind: 'version' }
  | { kind: 'assess'; args: AssessArgs }
  | { kind: 'error'; lang: Lang; message: string };

type ValueKey = 'output' | 'json' | 'lang' | 'period' | 'date' | 'followUp';

const VALUE_FLAGS = new Map<string, ValueKey>([
  ['-o', 'output'],
  ['--output', 'output'],
  ['--json', 'json'],
  ['--lang', 'lang'],
  ['--period', 'period'],
  ['--date', 'date'],
  ['--uppfoljning', 'followUp'],
  ['--uppföljning', 'followUp'],
  ['--follow-up', 'followUp'],
]);

interface Scan {
  values: Partial<Record<ValueKey, string>>;
  positionals: string[];
  force: boolean;
  help: boolean;
  version: boolean;
  /** The first problem met, as a message builder, so that it can follow --lang wherever it stands. */
  error: ((lang: Lang) => string) | null;
}

/** Walks the tokens once; `--flag=value` and `--flag value` are the same. */
function scan(argv: readonly string[]): Scan {
  const s: Scan = {
    values: {},
    positionals: [],
    force: false,
    help: false,
    version: false,
    error: null,
  };
  const fail = (error: (lang: Lang) => string) => {
    s.error ??= error;
  };
  for (let k = 0; k < argv.length; k++) {
    const token = argv[k];
    const eq = token.startsWith('--') ? token.indexOf('=') : -1;
    const flag = eq > 0 ? token.slice(0, eq) : token;
    if (flag === '-h' || flag === '--help') s.help = true;
    else if (flag === '--version') s.version = true;
    else if (flag === '--force') s.force = true;
    else if (VALUE_FLAGS.has(flag)) {
      const key = VALUE_FLAGS.get(flag) as ValueKey;
      const value = eq > 0 ? token.slice(eq + 1) : argv[k + 1];
      if (value === undefined || value === '' || (eq < 0 && isFlag(value))) {
        fail((lang) => MESSAGES[lang].missingValue(flag));
      } else {
        s.values[key] = value;
        if (eq < 0) k++;
      }
    } else if (isFlag(token)) fail((lang) => MESSAGES[lang].unknownFlag(flag));
    else s.positionals.push(token);
  }
  return s;
}

function isFlag(token: string): boolean {
  return token.length > 1 && token.startsWith('-');
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const s = scan(argv);
  const lang: Lang = s.values.lang === 'en' ? 'en' : 'sv';
  if (s.help) return { kind: 'help', lang };
  if (s.version) return { kind: 'version' };
  const problem = s.error ?? checkValues(s);
  if (problem) return { kind: 'error', lang, message: problem(lang) };
  const input = s.positionals[1];
  const args: AssessArgs = {
    input,
    output: s.values.output ?? defaultOutput(input),
    json: s.values.json ?? null,
    lang,
    period: s.values.period?.trim() ?? null,
    followUp: s.values.followUp?.trim() ?? null,
    date: s.values.date ?? null,
    force: s.force,
  };
  const clash = checkPaths(args);
  return clash ? { kind: 'error', lang, message: clash(lang) } : { kind: 'assess', args };
}

function checkValues(s: Scan): ((lang: Lang) => string) | null {
  const [command, input, extra] = s.positionals;
  const { lang, date, period } = s.values;
  if (command === undefined) return (l) => MESSAGES[l].noCommand;
  if (command !== 'assess') return (l) => MESSAGES[l].unknownCommand(command);
  if (input === undefined) return (l) => MESSAGES[l].noInput;
  if (extra !== undefined) return (l) => MESSAGES[l].extraArgument(extra);
  if (lang !== undefined && lang !== 'sv' && lang !== 'en') return (l) => MESSAGES[l].badLang(lang);
  if (date !== undefined && !isDate(date)) return (l) => MESSAGES[l].badDate(date);
  if (period !== undefined && period.trim() === '') return (l) => MESSAGES[l].emptyPeriod;
  const followUp = s.values.followUp;
  const wrong = followUp === undefined ? null : checkFollowUp(followUp, period);
  if (wrong === 'not_a_period') {
    return (l) => MESSAGES[l].badFollowUp(followUp as string, FOLLOW_UP_EXAMPLES);
  }
  if (wrong === 'contradicts_period') {
    return (l) => MESSAGES[l].followUpContradictsPeriod(followUp as string, period as string);
  }
  return null;
}

/** A real calendar date written YYYY-MM-DD (2024-02-30 is not one). */
export function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** IN.xlsx → IN-bedomd.xlsx in the same folder; a macro workbook stays one (IN-bedomd.xlsm). */
export function defaultOutput(input: string): string {
  const { dir, name, ext } = path.parse(input);
  const kept = ext.toLowerCase() === '.xlsm' ? ext : '.xlsx';
  return path.join(dir, `${name}-bedomd${kept}`);
}

/** Målkoll never writes to the input's path, and the two outputs must differ. */
function checkPaths(args: AssessArgs): ((lang: Lang) => string) | null {
  if (samePath(args.output, args.input)) return (l) => MESSAGES[l].writesInput('-o', args.input);
  if (args.json === null) return null;
  const json = args.json;
  if (samePath(json, args.input)) return (l) => MESSAGES[l].writesInput('--json', args.input);
  if (samePath(json, args.output)) return (l) => MESSAGES[l].sameOutputs(json);
  return null;
}

/**
 * The same file: the same resolved path, or (where both exist) the same
 * file on disk, which also catches links and case-insensitive file systems.
 */
export function samePath(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = [fs.statSync(a), fs.statSync(b)];
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}
