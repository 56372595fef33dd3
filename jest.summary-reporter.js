/** Jest reporter: prints the plain "N passed, N failed" line CI reads, and writes it to build/test-summary.json. */
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    fs.mkdirSync(path.resolve('build'), { recursive: true });
    fs.writeFileSync(path.resolve('build', 'test-summary.json'), JSON.stringify({ passed, failed, skipped }));
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}

module.exports = SummaryReporter;
