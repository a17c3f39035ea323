// Writes the corpus of bad workbooks (test/fixtures/bad/*.xlsx) and what each
// must produce (test/fixtures/bad/expectations.json), from the cases in
// test/fixtures/bad/cases. The files are written with exceljs directly, so
// that they carry Excel's own features, and are byte for byte the same on
// every run: fixed document dates and zip entry dates.
//
//   node scripts/make-bad-workbooks.js [--out DIR]
const fs = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');
const JSZip = require('jszip');
const prettier = require('prettier');
const CASES = require('../test/fixtures/bad/cases');

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));
const DEFAULT_OUT = path.join(__dirname, '..', 'test', 'fixtures', 'bad');

async function workbookBytes(build) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Målkoll';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  build(wb);
  return repack(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** The same entries in the same order, each dated FIXED_DATE, deflated the same way. */
async function repack(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async('nodebuffer'), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}

function expectations() {
  const files = {};
  for (const c of CASES) files[c.file] = { about: c.about, ...c.expect };
  return { version: 1, files };
}

function outDir(argv) {
  const at = argv.indexOf('--out');
  return at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1]) : DEFAULT_OUT;
}

async function main() {
  const dir = outDir(process.argv.slice(2));
  fs.mkdirSync(dir, { recursive: true });
  for (const c of CASES) fs.writeFileSync(path.join(dir, c.file), await workbookBytes(c.build));
  const file = path.join(dir, 'expectations.json');
  // Formatted as the repository's prettier would, so that `npm run lint` passes on it.
  const config = await prettier.resolveConfig(path.join(DEFAULT_OUT, 'expectations.json'));
  const options = { ...config, filepath: file };
  fs.writeFileSync(file, await prettier.format(JSON.stringify(expectations()), options));
  process.stdout.write(`Skrev ${CASES.length} arbetsböcker och expectations.json i ${dir}\n`);
}

main().catch((error) => {
  process.stderr.write(`Kunde inte skriva de trasiga arbetsböckerna: ${error.message}\n`);
  process.exitCode = 1;
});
