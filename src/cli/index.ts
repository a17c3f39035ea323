/**
 * The command line's entry point (bin/malkoll.js calls main). Everything is
 * caught here: users read one plain sentence, never a stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../engine';
import { parseArgs } from './args';
import { MESSAGES } from './messages';
import { describe, EXIT, runAssess, type Io } from './run';

export { EXIT, type Io } from './run';

/**
 * The terminal. A reader that goes away early (`malkoll … | head`) is no
 * error of the user's: the rest of the output is simply dropped.
 */
function terminal(): Io {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount('error') === 0) stream.on('error', () => undefined);
  }
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}

/** Runs `malkoll …` and returns the exit code. */
export async function main(argv: readonly string[], io: Io = terminal()): Promise<number> {
  let lang: Lang = 'sv';
  try {
    const parsed = parseArgs(argv);
    switch (parsed.kind) {
      case 'help':
        io.out(MESSAGES[parsed.lang].help);
        return EXIT.done;
      case 'version':
        io.out(version());
        return EXIT.done;
      case 'error':
        io.err(`${parsed.message} ${MESSAGES[parsed.lang].helpHint}`);
        return EXIT.badArguments;
      case 'assess':
        lang = parsed.args.lang;
        return await runAssess(parsed.args, io);
    }
  } catch (error) {
    io.err(MESSAGES[lang].unexpected(describe(error)));
    return EXIT.unreadable;
  }
}

/**
 * The package's version. This file runs from src/cli (tests) and from
 * dist/node/cli (the built command), so the package.json is looked for upwards.
 */
function version(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'malkoll') return pkg.version ?? '';
    }
    if (path.dirname(dir) === dir) return '';
  }
}
