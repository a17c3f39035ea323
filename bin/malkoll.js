#!/usr/bin/env node
'use strict';
// The `malkoll` command: a shim over the compiled command line in dist/node
// (built by `npm run build:cli`, which `npm ci` runs through the prepare script).
let cli;
try {
  cli = require('../dist/node/cli/index.js');
} catch {
  process.stderr.write('Målkoll är inte byggt. Kör npm run build:cli och försök igen.\n');
  process.exitCode = 1;
}
if (cli) {
  cli.main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
