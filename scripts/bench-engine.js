#!/usr/bin/env node
/**
 * Benchmark of the pure engine: 100,000 indicators in 10,000 goals, all rules
 * mixed, from a fixed seed. Prints the median time of a few runs, the
 * throughput and the target (< 0.5 s).
 *
 * Needs the compiled engine (CommonJS):  npm run build:cli  (→ dist/node/engine)
 * or any other directory:  node scripts/bench-engine.js /tmp/engine-out/engine
 * (or MALKOLL_ENGINE_DIR=/tmp/engine-out/engine).
 */
const path = require('path');

const engineDir =
  process.argv[2] ||
  process.env.MALKOLL_ENGINE_DIR ||
  path.join(__dirname, '..', 'dist', 'node', 'engine');
const { assess, DEFAULT_PARAMETERS } = require(path.resolve(engineDir));

const INDICATORS = 100000;
const GOALS = 10000;
const RUNS = 5;
const TARGET_SECONDS = 0.5;

/** mulberry32: a small deterministic generator, so every run assesses the same workbook. */
function generator(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RULES = ['target', 'trend', 'comparison', 'pace', 'manual', null, null];
const EXPERT_WORDS = ['Uppfyllt', 'Delvis uppfyllt', 'Ej uppfyllt'];

/*
 * A reader hands over one string per distinct cell text (Excel stores shared
 * strings once), so names are made once here too.
 */
const names = (count, prefix) => Array.from({ length: count }, (_, k) => `${prefix} ${k}`);
const GOAL_NAMES = names(GOALS, 'Mål');
const AREA_NAMES = names(50, 'Fokusområde');
const OWNER_NAMES = names(20, 'Nämnd');
const SHEETS = names(INDICATORS / 5000, 'Blad');

const round1 = (x) => Math.round(x * 10) / 10;

/**
 * One row as officials fill them in: the values a row's rule needs are mostly
 * there, targets lie in the desired direction from the baseline, outcomes
 * scatter around the way to the target, and some rows lack an outcome (data
 * lag), a direction or an expert word that Målkoll knows.
 */
function makeIndicator(random, i) {
  const row = 2 + (i % 5000);
  const goal = Math.floor(i / (INDICATORS / GOALS));
  const rule = RULES[Math.floor(random() * RULES.length)];
  const d = random() < 0.5 ? 1 : -1;
  const percent = random() < 0.2;
  const scale = percent ? 0.01 : 1;
  const baseline = round1(10 + random() * 90);
  const target = round1(baseline * (1 + d * (0.1 + random() * 0.4)));
  const actual = round1(baseline + (target - baseline) * (random() * 1.6 - 0.3));
  const previous = round1(actual * (0.95 + random() * 0.1));
  const comparison = round1(actual * (0.85 + random() * 0.3));
  const has = (share, needed) => needed || random() < share;
  let expertStatus = null;
  if (rule === 'manual' ? random() < 0.85 : random() < 0.05) {
    expertStatus = EXPERT_WORDS[Math.floor(random() * EXPERT_WORDS.length)];
  } else if (random() < 0.01) {
    expertStatus = 'Bra';
  }
  return {
    sheet: SHEETS[Math.floor(i / 5000)],
    row,
    name: `Indikator ${i}`,
    goal: GOAL_NAMES[goal],
    focusArea: AREA_NAMES[goal % 50],
    owner: OWNER_NAMES[i % 20],
    actual: random() < 0.92 ? actual * scale : null,
    actualPeriod: 'Utfall 2024',
    actualYear: 2024,
    previous: has(0.7, rule === 'trend') ? previous * scale : null,
    baseline: has(0.6, rule === 'pace') ? baseline * scale : null,
    baselineYear: 2015 + Math.floor(random() * 5),
    target: has(0.6, rule === 'target' || rule === 'pace') ? target * scale : null,
    targetYear: 2030,
    comparison: has(0.4, rule === 'comparison') ? comparison * scale : null,
    direction: random() < 0.05 ? null : d,
    directionText: null,
    rule,
    ruleText: null,
    weight: random() < 0.1 ? 2 : 1,
    expertStatus,
    comment: null,
    percent,
    cells: { indicator: `A${row}`, target: `E${row}`, actual: `H${row}`, expert: `K${row}` },
  };
}

function makeInput() {
  const random = generator(20240601);
  const indicators = [];
  for (let i = 0; i < INDICATORS; i++) indicators.push(makeIndicator(random, i));
  return { indicators, goals: [], activities: [], parameters: { ...DEFAULT_PARAMETERS } };
}

function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main() {
  const input = makeInput();
  assess(input); // warm-up: let the JIT compile the hot paths
  const seconds = [];
  const cpuSeconds = [];
  let counted = '';
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const result = assess(input);
    const used = process.cpuUsage(cpu);
    counted = `goals assessed: ${result.goals.length}, problems: ${result.problems.length}`;
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
    cpuSeconds.push((used.user + used.system) / 1e6);
  }
  const m = median(seconds);
  console.log(`Målkoll engine benchmark: ${INDICATORS} indicators in ${GOALS} goals`);
  console.log(`  ${counted}`);
  console.log(`  runs (s): ${seconds.map((s) => s.toFixed(3)).join(', ')}`);
  // On a shared machine wall time includes waiting for a core; CPU time does not.
  console.log(`  cpu time per run (s): ${cpuSeconds.map((s) => s.toFixed(3)).join(', ')}`);
  console.log(
    `  median: ${m.toFixed(3)} s, throughput: ${Math.round(INDICATORS / m)} indicators/s`,
  );
  console.log(`  target: < ${TARGET_SECONDS} s — ${m < TARGET_SECONDS ? 'met' : 'NOT met'}`);
}

main();
