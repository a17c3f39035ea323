#!/usr/bin/env node
/**
 * How much JavaScript the task pane loads, measured on dist/ after `npm run build`
 * (this script builds nothing). First load = the scripts that taskpane.html itself
 * loads, Office.js (office-js/) excepted as it is Microsoft's; it is compared with
 * the target of 150 kB gzipped. Chunks that no page loads at start are fetched
 * later by import() and are listed separately, as are the other pages' scripts.
 * Exits 1 when the first load is over the target.
 * Usage: node scripts/bench-bundle.js [dist]
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const TARGET_GZIP_BYTES = 150 * 1000;
const PANE_PAGE = 'taskpane.html';

/** The local script files an HTML page loads, in order, without Office.js. */
function scriptsOf(html) {
  const sources = [];
  const tag = /<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  for (const match of html.matchAll(tag)) {
    const src = match[1] ?? match[2] ?? match[3];
    if (!/^(https?:)?\/\//.test(src) && !src.startsWith('office-js/')) sources.push(src);
  }
  return sources;
}

function measure(dist, file) {
  const bytes = fs.readFileSync(path.join(dist, file));
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function printGroup(title, rows) {
  const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), {
    raw: 0,
    gzip: 0,
  });
  console.log(`\n${title}`);
  for (const r of rows)
    console.log(`  ${r.file.padEnd(36)} ${kB(r.raw).padStart(10)} ${kB(r.gzip).padStart(10)} gzip`);
  console.log(
    `  ${'total'.padEnd(36)} ${kB(total.raw).padStart(10)} ${kB(total.gzip).padStart(10)} gzip`,
  );
  return total;
}

function main() {
  const dist = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'dist'));
  const panePage = path.join(dist, PANE_PAGE);
  if (!fs.existsSync(panePage)) {
    console.error(`${panePage} saknas: kör npm run build först / missing: run npm run build first`);
    process.exitCode = 1;
    return;
  }
  const pages = fs.readdirSync(dist).filter((f) => f.endsWith('.html'));
  const firstLoad = scriptsOf(fs.readFileSync(panePage, 'utf8'));
  const otherPages = pages
    .filter((page) => page !== PANE_PAGE)
    .flatMap((page) => scriptsOf(fs.readFileSync(path.join(dist, page), 'utf8')))
    .filter((src) => !firstLoad.includes(src));
  const lazy = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith('.js') && !firstLoad.includes(f) && !otherPages.includes(f));

  console.log(
    `Målkoll – JavaScript i ${path.relative(process.cwd(), dist) || '.'} (rå / raw, gzip)`,
  );
  const first = printGroup(
    `Första laddning av ${PANE_PAGE} / first load:`,
    firstLoad.map((f) => measure(dist, f)),
  );
  if (lazy.length)
    printGroup(
      'Laddas senare (import()) / loaded later:',
      lazy.map((f) => measure(dist, f)),
    );
  if (otherPages.length)
    printGroup(
      'Andra sidor (dialog) / other pages:',
      [...new Set(otherPages)].map((f) => measure(dist, f)),
    );

  const within = first.gzip <= TARGET_GZIP_BYTES;
  console.log(
    `\n${within ? '✓' : '✗'} Första laddning ${kB(first.gzip)} gzip mot målet ${kB(TARGET_GZIP_BYTES)} / first load against the target`,
  );
  if (!within) process.exitCode = 1;
}

main();
