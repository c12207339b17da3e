/**
 * Fails when the JavaScript a first visit must download (the entry script and what it preloads)
 * exceeds the budget, gzipped. Chunks loaded on demand (the loading worker, exports) don't count.
 *   npm run size   (after npm run build)
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 200;
const html = readFileSync("dist/index.html", "utf8");
const scripts = [
  ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
].map((m) => (m[1] as string).replace(/^\.?\//, ""));
if (scripts.length === 0) throw new Error("dist/index.html names no script: build first (npm run build)");

let totalKb = 0;
for (const script of new Set(scripts)) {
  const kb = gzipSync(readFileSync(`dist/${script}`), { level: 9 }).length / 1024;
  totalKb += kb;
  console.log(`${script}: ${kb.toFixed(1)} KB gzip`);
}
console.log(`initial JavaScript: ${totalKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (totalKb > BUDGET_KB) {
  console.error(`over budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
