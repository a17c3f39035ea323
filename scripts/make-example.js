// Writes examples/exempelkommun.xlsx, the bundled example, from the example
// data in src/demo. Needs the compiled command line: npm run build:cli.
const path = require('node:path');
const { ExcelJsHost } = require('../dist/node/adapters/exceljs');
const { exampleLayout, exampleSnapshot } = require('../dist/node/demo/example-workbook');

/** A fixed date in the file's properties, so that the file only changes when the data does. */
const DATE = '2024-09-30';

async function main() {
  const host = ExcelJsHost.fromSnapshot(exampleSnapshot());
  await host.apply(exampleLayout());
  const file = path.join(__dirname, '..', 'examples', 'exempelkommun.xlsx');
  await host.save(file, { date: DATE });
  process.stdout.write(`Skrev ${path.relative(process.cwd(), file)}\n`);
}

main().catch((error) => {
  process.stderr.write(`Kunde inte skriva exempelfilen: ${error.message}\n`);
  process.exitCode = 1;
});
