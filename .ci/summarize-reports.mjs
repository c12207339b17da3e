// Totals vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed".
// A missing report counts as a failure, so a step that crashed before testing cannot look green.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;

for (const path of process.argv.slice(2)) {
  if (!existsSync(path)) {
    console.log(`report missing: ${path} (its runner did not finish)`);
    missing++;
    continue;
  }
  const report = JSON.parse(readFileSync(path, "utf8"));
  if (path.includes("vitest")) {
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A file that fails to import runs no test: count it, or a broken suite would vanish.
    for (const file of report.testResults ?? []) {
      const anyFailedTest = (file.assertionResults ?? []).some((t) => t.status === "failed");
      if (file.status === "failed" && !anyFailedTest) failed++;
    }
  } else {
    const stats = report.stats ?? {};
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
    skipped += stats.skipped ?? 0;
  }
}

failed += missing;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
