#!/usr/bin/env node
/**
 * `npm run validate`: checks manifest.xml offline (see scripts/lib/manifest-checks.js)
 * and prints a short report in Swedish and English. Exits 1 when a check fails.
 * Usage: node scripts/validate-manifest.js [path/to/manifest.xml]
 */
const fs = require('node:fs');
const path = require('node:path');
const { validateManifest } = require('./lib/manifest-checks');

function main() {
  const rootDir = path.join(__dirname, '..');
  const file = path.resolve(process.argv[2] ?? path.join(rootDir, 'manifest.xml'));
  const issues = validateManifest(fs.readFileSync(file, 'utf8'), { rootDir });
  const shown = path.relative(process.cwd(), file) || file;
  if (issues.length === 0) {
    console.log(`✓ ${shown}: manifestet klarar alla kontroller / the manifest passes every check`);
    return;
  }
  console.error(`✗ ${shown}: ${issues.length} fel / ${issues.length} error(s)`);
  for (const { sv, en } of issues) console.error(`  - ${sv}\n    ${en}`);
  process.exitCode = 1;
}

if (require.main === module) main();

module.exports = { validateManifest };
