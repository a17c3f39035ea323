// Prints one closing line "N passed, N failed" over the counts that
// scripts/jest-count-reporter.js left in test-output/, for CI.
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(process.cwd(), 'test-output');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  if (!/^counts-.*\.json$/.test(file)) continue;
  const c = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  passed += c.passed;
  failed += c.failed;
  skipped += c.skipped;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
