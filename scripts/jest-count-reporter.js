// A jest reporter that records how many tests passed and failed, so that CI
// can print one closing line over the unit and the browser runs together.
const fs = require('node:fs');
const path = require('node:path');

class CountReporter {
  constructor(globalConfig, options = {}) {
    this.file = path.join(process.cwd(), 'test-output', `counts-${options.name || 'jest'}.json`);
  }

  onRunComplete(_contexts, results) {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.writeFileSync(this.file, JSON.stringify(counts));
  }
}

module.exports = CountReporter;
