// Renders a workbook to PNG pages (one page per sheet, fitted to the page
// width) with LibreOffice headless and pdftoppm, to look at what officials
// will see. Needs Debian's libreoffice-calc-nogui and poppler-utils.
//   node scripts/render-xlsx.js IN.xlsx OUTDIR [--focus]
// --focus hides the columns of an indicator table other than the indicator,
// the outcomes and Målkoll's four, so that a picture of a sheet is readable.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const ExcelJS = require('exceljs');

const FOCUS = /^(indikator|mål|utfall|målvärde|bedömning|trend|måluppfyllelse|motivering)/i;

function focus(ws) {
  ws.eachRow((row) => {
    const headers = row.values.map((v) => (typeof v === 'string' ? v : ''));
    if (!headers.includes('Indikator')) return;
    headers.forEach((h, col) => {
      if (col > 0 && !FOCUS.test(h)) ws.getColumn(col).hidden = true;
    });
  });
}

async function main([input, outDir, flag]) {
  if (!input || !outDir) throw new Error('usage: node scripts/render-xlsx.js IN.xlsx OUTDIR');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'render-'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  for (const ws of wb.worksheets) {
    if (flag === '--focus') focus(ws);
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  }
  const base = path.basename(input, '.xlsx');
  const copy = path.join(work, `${base}.xlsx`);
  await wb.xlsx.writeFile(copy);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, copy], {
    stdio: 'ignore',
  });
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync('pdftoppm', [
    '-r',
    '70',
    '-png',
    path.join(work, `${base}.pdf`),
    path.join(outDir, base),
  ]);
  console.log(
    fs
      .readdirSync(outDir)
      .filter((f) => f.startsWith(base))
      .join('\n'),
  );
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
