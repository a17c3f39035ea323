// Benchmarks the command line against exceljs alone on large workbooks.
//
//   npm run build:cli && node scripts/bench-cli.js [--rows 10000,50000] [--runs 3]
//
// For each size it writes a deterministic workbook to the temp folder, runs
// `node bin/malkoll.js assess … --date 2024-09-30` as a child process, and, side
// by side, a child that only reads and writes the assessed workbook with
// exceljs (xlsx.readFile + xlsx.writeFile). Each is timed over a few runs and
// the median is shown with its peak memory (maxRSS, reported by the child
// itself on exit). The target: Målkoll's whole run at most 0.35 × the time of
// exceljs alone and at most half its peak memory.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ExcelJsHost } = require('../dist/node/adapters/exceljs');

const ROOT = path.join(__dirname, '..');
const TARGET_RATIO = 0.35;
const TARGET_MEMORY_RATIO = 0.5;
const FOCUS_AREAS = [
  'Hållbar vardag',
  'Hållbar hälsa',
  'Hållbar gemenskap',
  'Hållbar kompetens',
  'Hållbar natur',
];
const RULES = ['Målvärde', 'Förbättring', 'Jämförelse', 'Takt', 'Manuell', ''];
const HEADERS = [
  'Fokusområde',
  'Mål',
  'Indikator',
  'Nämnd',
  'Ambitionsnivå',
  'Önskad riktning',
  'Startvärde',
  'Startår',
  'Målvärde',
  'Målår',
  'Jämförelsevärde',
  'Utfall 2021',
  'Utfall 2022',
  'Utfall 2023',
  'Utfall T2 2024',
  'Sakkunnig bedömning',
  'Kommentar',
];

function options(argv) {
  const value = (flag, fallback) => {
    const k = argv.indexOf(flag);
    return k >= 0 && argv[k + 1] ? argv[k + 1] : fallback;
  };
  return {
    rows: value('--rows', '10000,50000').split(',').map(Number),
    runs: Number(value('--runs', '3')),
  };
}

/** A small linear congruential generator: the same workbook on every machine. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function indicatorRow(k, rnd) {
  const percent = k % 3 === 0;
  const value = () => {
    const v = 20 + rnd() * 80;
    return percent
      ? { value: Math.round(v * 10) / 1000, numFmt: '0.0 %' }
      : { value: Math.round(v * 10) / 10 };
  };
  const maybe = (p, cell) => (rnd() < p ? cell : undefined);
  const rule = RULES[k % RULES.length];
  return sparse([
    { value: FOCUS_AREAS[k % FOCUS_AREAS.length] },
    { value: `Mål ${Math.floor(k / 4) % 2000}` },
    { value: `Indikator ${k + 1}` },
    { value: `Nämnd ${k % 12}` },
    rule ? { value: rule } : undefined,
    { value: rnd() < 0.5 ? 'Öka' : 'Minska' },
    value(),
    { value: 2018 },
    value(),
    { value: 2030 },
    maybe(0.7, value()),
    maybe(0.9, value()),
    maybe(0.9, value()),
    maybe(0.85, value()),
    maybe(0.3, value()),
    maybe(0.1, { value: rnd() < 0.5 ? 'Uppfyllt' : 'Delvis uppfyllt' }),
    maybe(0.2, { value: `Kommentar till rad ${k + 1}` }),
  ]);
}

/** Cells indexed by 1-based column, with holes (not undefined) where a cell is empty. */
function sparse(cells) {
  const row = [];
  cells.forEach((cell, k) => {
    if (cell) row[k + 1] = cell;
  });
  return row;
}

function snapshot(rows) {
  const rnd = random(rows);
  const cells = new Map([[1, sparse(HEADERS.map((value) => ({ value })))]]);
  for (let k = 0; k < rows; k++) cells.set(2 + k, indicatorRow(k, rnd));
  const sheet = { name: 'Indikatorer', rows: cells, tables: [], merges: [], protected: false };
  return { sheets: [sheet], names: [] };
}

/** Every child reports its own peak memory (kB) on exit, into the file named by the env. */
function writeHelpers(dir) {
  const rss = path.join(dir, 'report-rss.js');
  fs.writeFileSync(
    rss,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, " +
      'String(process.resourceUsage().maxRSS)));\n',
  );
  const exceljsAlone = path.join(dir, 'exceljs-alone.js');
  fs.writeFileSync(
    exceljsAlone,
    `const ExcelJS = require(${JSON.stringify(require.resolve('exceljs', { paths: [ROOT] }))});\n` +
      'const [input, output] = process.argv.slice(2);\n' +
      'const workbook = new ExcelJS.Workbook();\n' +
      'workbook.xlsx.readFile(input).then(() => workbook.xlsx.writeFile(output));\n',
  );
  return { rss, exceljsAlone };
}

function measure(args, rssFile, rssReporter) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', rssReporter, ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) {
    throw new Error(`${args.join(' ')} ended with ${child.status}: ${child.stderr.trim()}`);
  }
  const megabytes = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
  return { seconds, megabytes };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function medianOf(runs, measureOnce) {
  const results = Array.from({ length: runs }, measureOnce);
  return {
    seconds: median(results.map((r) => r.seconds)),
    megabytes: median(results.map((r) => r.megabytes)),
  };
}

async function benchOne(rows, runs, dir, helpers) {
  const input = path.join(dir, `bench-${rows}.xlsx`);
  const assessed = path.join(dir, `bench-${rows}-bedomd.xlsx`);
  const rewritten = path.join(dir, `bench-${rows}-exceljs.xlsx`);
  const rssFile = path.join(dir, 'rss.txt');
  await ExcelJsHost.fromSnapshot(snapshot(rows)).save(input, { date: '2024-09-30' });
  const cli = [
    path.join(ROOT, 'bin', 'malkoll.js'),
    'assess',
    input,
    '-o',
    assessed,
    '--date',
    '2024-09-30',
  ];
  const ours = medianOf(runs, () => measure(cli, rssFile, helpers.rss));
  const alone = medianOf(runs, () =>
    measure([helpers.exceljsAlone, assessed, rewritten], rssFile, helpers.rss),
  );
  return {
    rows,
    ours,
    alone,
    ratio: ours.seconds / alone.seconds,
    memoryRatio: ours.megabytes / alone.megabytes,
  };
}

function printTable(results, runs) {
  const line = (cells) => cells.map((c, k) => String(c).padStart(k === 0 ? 7 : 13)).join('');
  console.log(
    `\nMedian of ${runs} runs; memory is peak RSS. Target: time ratio ≤ ${TARGET_RATIO}, memory ratio ≤ ${TARGET_MEMORY_RATIO}.\n`,
  );
  console.log(
    line([
      'rows',
      'Målkoll s',
      'Målkoll MB',
      'exceljs s',
      'exceljs MB',
      'ratio (time)',
      'ratio (MB)',
    ]),
  );
  for (const r of results) {
    console.log(
      line([
        r.rows,
        r.ours.seconds.toFixed(2),
        r.ours.megabytes.toFixed(0),
        r.alone.seconds.toFixed(2),
        r.alone.megabytes.toFixed(0),
        `${r.ratio.toFixed(2)}${r.ratio <= TARGET_RATIO ? '' : ' !'}`,
        `${r.memoryRatio.toFixed(2)}${r.memoryRatio <= TARGET_MEMORY_RATIO ? '' : ' !'}`,
      ]),
    );
  }
}

async function main() {
  const { rows, runs } = options(process.argv.slice(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-bench-'));
  try {
    const helpers = writeHelpers(dir);
    const results = [];
    for (const n of rows) {
      process.stderr.write(`${n} rows…\n`);
      results.push(await benchOne(n, runs, dir, helpers));
    }
    printTable(results, runs);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
