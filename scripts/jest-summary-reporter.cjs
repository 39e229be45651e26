// Prints one plain closing line ("tests: N passed, N failed, N skipped") that CI logs can be read by.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`
    process.stderr.write(`\n${line}\n`)
  }
}
module.exports = SummaryReporter
