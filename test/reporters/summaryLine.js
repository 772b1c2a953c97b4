'use strict';

// Jest's own summary ("Tests: 3 passed, 3 total") is not the plain "N passed, N failed" line that CI logs are
// read for, so print that line as well, last.
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`
    );
  }
}

module.exports = SummaryLineReporter;
