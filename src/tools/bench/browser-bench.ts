/**
 * Browser part of `npm run bench`: the built app and a Leaflet.markercluster baseline page, both
 * in headless Debian Chromium, loading the same synthetic files (format v1 at 100k and 1M events,
 * ACLED CSV at 100k and 250k rows) and the real UCDP GED Syria file.
 *
 * The app is measured as a person uses it: the file is picked with the Data menu. In the same
 * page, afterwards, the same file is parsed bare (`File.text()` then `JSON.parse`, or then
 * `Papa.parse` with `header: true`), so "app / bare" compares like with like on a machine whose
 * speed varies from run to run. Also measured: the first byte → first events on the map,
 * brush-step latency (input → painted frame), the longest main-thread task during the load, and
 * the JS heap after it.
 */
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../chromium-launch.ts";
import { baselinePageHtml } from "./baseline-page.ts";
import { formatMs, median, p95, ratio, table } from "./stats.ts";

const PORT = Number(process.env.BENCH_PORT ?? 4188);
const BASE = `http://127.0.0.1:${PORT}/`;
const STEPS = 20;
const LOAD_TIMEOUT = 300_000;
/** The real UCDP GED Syria file: the everyday case. */
const UCDP_SAMPLE = "../shared/samples/ucdp-ged-syria-2016-2019.csv";

interface BenchFile {
  /** As written in BENCH_FILES: json:100000, acled:250000, ucdp. */
  key: string;
  label: string;
  path: string;
  parse: "json" | "csv";
  /** Served to the markercluster page; null when it is not compared (the real UCDP file). */
  baseline: "json" | "acled-csv" | null;
}

function benchFile(key: string): BenchFile {
  if (key === "ucdp")
    return { key, label: "UCDP GED CSV, 16,566 (real)", path: UCDP_SAMPLE, parse: "csv", baseline: null };
  const [kind, countText] = key.split(":");
  const count = Number(countText);
  if ((kind !== "json" && kind !== "acled") || !Number.isInteger(count) || count <= 0)
    throw new Error(`BENCH_FILES: "${key}" is not json:<count>, acled:<count> or ucdp`);
  return kind === "json"
    ? {
        key,
        label: `format v1, ${count.toLocaleString("en")}`,
        path: `synthetic/bench-${count}.json`,
        parse: "json",
        baseline: "json",
      }
    : {
        key,
        label: `ACLED CSV, ${count.toLocaleString("en")}`,
        path: `synthetic/bench-acled-${count}.csv`,
        parse: "csv",
        baseline: "acled-csv",
      };
}

const FILES = (process.env.BENCH_FILES ?? "json:100000,json:1000000,acled:100000,acled:250000,ucdp")
  .split(",")
  .map((key) => benchFile(key.trim()))
  .filter((file) => file.key !== "ucdp" || existsSync(UCDP_SAMPLE));

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });
}

function servedName(file: BenchFile): string {
  return `bench-data/${file.key.replace(":", "-")}${file.parse === "json" ? ".json" : ".csv"}`;
}

function prepare(): void {
  if (!existsSync("dist/index.html") || process.env.BENCH_REBUILD !== "0")
    run("npx", ["vite", "build", "--logLevel", "warn"]);
  mkdirSync("dist/bench-lib", { recursive: true });
  for (const file of ["leaflet.js", "leaflet.css"])
    copyFileSync(`node_modules/leaflet/dist/${file}`, `dist/bench-lib/${file}`);
  for (const file of ["leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css"])
    copyFileSync(`node_modules/leaflet.markercluster/dist/${file}`, `dist/bench-lib/${file}`);
  copyFileSync("node_modules/papaparse/papaparse.min.js", "dist/bench-lib/papaparse.min.js");
  mkdirSync("synthetic", { recursive: true });
  rmSync("dist/bench-data", { recursive: true, force: true });
  mkdirSync("dist/bench-data");
  for (const file of FILES) {
    if (!existsSync(file.path)) {
      const [kind, count] = file.key.split(":") as [string, string];
      run("npx", ["tsx", "src/tools/gen-synthetic.ts", "--format", kind, "--count", count, "--out", file.path]);
    }
    symlinkSync(resolve(file.path), `dist/${servedName(file)}`);
    if (file.baseline)
      writeFileSync(
        `dist/bench-baseline-${file.key.replace(":", "-")}.html`,
        baselinePageHtml(servedName(file), file.baseline),
      );
  }
}

interface Sample {
  /** The file picked → every event on the map, and the page ready for the brush. */
  completeMs: number;
  /** First byte → first events on the map. */
  paintMs: number;
  /** First byte → every event on the map. */
  completeFromByteMs: number;
  /** The same file parsed bare in the same page: median of the runs. */
  bareMs: number;
  steps: number[];
  longestTaskMs: number;
  heapMb: number;
}

async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: "longtask", buffered: true });
  });
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  return usedSize / 1e6;
}

async function markGap(page: Page, from: string, to: string): Promise<number> {
  return page.evaluate(
    ([a, b]) => {
      const start = performance.getEntriesByName(a as string)[0]?.startTime ?? Number.NaN;
      const end = performance.getEntriesByName(b as string)[0]?.startTime ?? Number.NaN;
      return end - start;
    },
    [from, to],
  );
}

/**
 * Waits for a mark the app sets. Polled on a timer, not every frame (Playwright's default): a
 * check each frame would keep the page's main thread rendering while the load is measured. The
 * mark carries its own time, so the polling interval does not change any figure.
 */
async function hasMark(page: Page, name: string, timeout = LOAD_TIMEOUT): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout,
    polling: 200,
  });
}

/**
 * `File.text()` then `JSON.parse` or `Papa.parse` (header: true), in the page, on the file the
 * app just loaded; the median of a few runs (one for files over 200 MB, for memory's sake).
 */
async function bareParse(page: Page, file: BenchFile): Promise<number> {
  if (file.parse === "csv") await page.addScriptTag({ path: "node_modules/papaparse/papaparse.min.js" });
  await page.evaluate(() => {
    const input = document.createElement("input");
    input.type = "file";
    input.id = "bench-bare-parse";
    input.hidden = true;
    document.body.append(input);
  });
  await page.locator("#bench-bare-parse").setInputFiles(file.path);
  const runs = statSync(file.path).size > 200e6 ? 1 : 3;
  const times: number[] = [];
  for (let i = 0; i < runs; i++)
    times.push(
      await page.evaluate(async (parse) => {
        const picked = (document.getElementById("bench-bare-parse") as HTMLInputElement).files?.[0];
        if (!picked) throw new Error("no file to parse");
        const started = performance.now();
        const text = await picked.text();
        const papa = (window as unknown as { Papa: { parse(text: string, config: object): { data: unknown[] } } }).Papa;
        const count =
          parse === "json" ? JSON.parse(text).events.length : papa.parse(text, { header: true }).data.length;
        const ms = performance.now() - started;
        if (!count) throw new Error("the bare parse read nothing");
        return ms;
      }, file.parse),
    );
  return median(times);
}

async function measureApp(page: Page, file: BenchFile): Promise<Sample> {
  await observeLongTasks(page);
  await page.addInitScript(() => {
    document.addEventListener(
      "change",
      (event) => {
        const target = event.target;
        if (target instanceof HTMLInputElement && target.type === "file" && target.id !== "bench-bare-parse")
          performance.mark("bench:file-picked");
      },
      true,
    );
  });
  // The shipped dataset first, as a visitor would see it; then the file, from the Data menu.
  await page.goto(BASE);
  await hasMark(page, "app:complete-painted", 60_000);
  // A person looks at the map before opening a file: the app uses that moment to prepare its
  // loader (builds without that mark are given the same few seconds).
  await hasMark(page, "app:loader-prepared", 5_000).catch(() => undefined);
  await page.evaluate(() => {
    performance.clearMarks();
    (window as unknown as { __longest: number }).__longest = 0;
  });
  await page.getByRole("button", { name: /^Data/ }).click();
  await page.locator('input[type="file"]').first().setInputFiles(file.path);
  await hasMark(page, "app:complete-painted");
  const completeMs = await markGap(page, "bench:file-picked", "app:complete-painted");
  const paintMs = await markGap(page, "app:data-arrived", "app:map-painted");
  const completeFromByteMs = await markGap(page, "app:data-arrived", "app:complete-painted");
  const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  const heap = await heapMb(page);
  // Steady state: the search texts are folded after the map is complete; brush once that is done.
  await hasMark(page, "app:search-ready");
  // A first visit installs the offline copy once the page has been quiet for a few seconds; wait
  // for it, so that it shares the cores with neither the brush steps nor the bare parse.
  await page
    .evaluate(() =>
      Promise.race([navigator.serviceWorker?.ready, new Promise((resolve) => setTimeout(resolve, 30_000))]),
    )
    .catch(() => undefined);
  // Brush steps: set a year-wide range, then move it with real key presses, one bin each. The
  // browser's Event Timing API measures each from the input to the next painted frame (as INP
  // does); it reports only inputs slower than 16 ms, so an unreported step counts as 16 ms.
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Last 12 months" }).click();
  await page.getByRole("slider").first().focus();
  await page.evaluate(() => {
    const w = window as unknown as { __inputs: number[] };
    w.__inputs = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === "keydown") w.__inputs.push(entry.duration);
    }).observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit);
  });
  // The first step follows the range's click by the same pause as each step follows the last.
  await page.waitForTimeout(250);
  const steps: number[] = [];
  for (let i = 0; i < STEPS; i++) {
    const before = await page.evaluate(() => (window as unknown as { __inputs: number[] }).__inputs.length);
    await page.keyboard.press("ArrowLeft");
    await page.waitForTimeout(250);
    const inputs = await page.evaluate(
      (from) => (window as unknown as { __inputs: number[] }).__inputs.slice(from),
      before,
    );
    steps.push(inputs.length ? Math.max(...inputs) : 16);
  }
  const bareMs = await bareParse(page, file);
  return { completeMs, paintMs, completeFromByteMs, bareMs, steps, longestTaskMs, heapMb: heap };
}

async function measureBaseline(page: Page, file: BenchFile): Promise<Sample> {
  await observeLongTasks(page);
  await page.goto(`${BASE}bench-baseline-${file.key.replace(":", "-")}.html`);
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true, null, {
    timeout: LOAD_TIMEOUT,
    polling: 500,
  });
  // Markercluster paints once every marker is clustered: its first paint is its complete one.
  const paintMs = await markGap(page, "base:data-arrived", "base:map-painted");
  const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  const heap = await heapMb(page);
  const steps: number[] = [];
  for (let i = 0; i < STEPS; i++)
    steps.push(
      await page.evaluate(
        ([k, n]) =>
          (window as unknown as { __brushStep(i: number, n: number): Promise<number> }).__brushStep(
            k as number,
            n as number,
          ),
        [i, STEPS],
      ),
    );
  return {
    completeMs: paintMs,
    paintMs,
    completeFromByteMs: paintMs,
    bareMs: Number.NaN,
    steps,
    longestTaskMs,
    heapMb: heap,
  };
}

const times = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "–";

function sampleRow(label: string, page: string, s: Sample | string): string[] {
  if (typeof s === "string") return [label, page, s, "", "", "", "", "", "", "", ""];
  const app = page === "app";
  return [
    label,
    page,
    app ? formatMs(s.completeMs) : "",
    app ? formatMs(s.bareMs) : "",
    app ? times(s.completeMs, s.bareMs) : "",
    formatMs(s.paintMs),
    formatMs(s.completeFromByteMs),
    `${formatMs(median(s.steps))} / ${formatMs(p95(s.steps))}`,
    formatMs(s.longestTaskMs),
    `${s.heapMb.toFixed(0)} MB`,
    "",
  ];
}

async function newContext(browser: Awaited<ReturnType<typeof chromium.launch>>) {
  // CSP bypassed so the bare parse can add PapaParse to the app's page.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort(),
  );
  return context;
}

async function main(): Promise<void> {
  prepare();
  const server = spawn("npx", ["vite", "preview", "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"], {
    stdio: "ignore",
    detached: true,
  });
  try {
    for (let i = 0; i < 60; i++) {
      try {
        if ((await fetch(BASE)).ok) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 500));
    }
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    const rows: string[][] = [];
    for (const file of FILES) {
      const results: Record<"app" | "baseline", Sample | string> = { app: "not run", baseline: "not run" };
      for (const which of ["app", "baseline"] as const) {
        if (which === "baseline" && !file.baseline) continue;
        const context = await newContext(browser);
        const page = await context.newPage();
        try {
          results[which] = which === "app" ? await measureApp(page, file) : await measureBaseline(page, file);
        } catch (error) {
          results[which] = `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
        }
        await context.close();
        console.error(`measured ${which}: ${file.label}`);
      }
      const app = results.app;
      const base = results.baseline;
      const appRow = sampleRow(file.label, "app", app);
      rows.push(appRow);
      if (file.baseline) {
        rows.push(sampleRow(file.label, "markercluster", base));
        if (typeof app !== "string" && typeof base !== "string")
          appRow[10] = [
            `first paint ${ratio(base.paintMs, app.paintMs)}`,
            `complete ${ratio(base.completeFromByteMs, app.completeFromByteMs)}`,
            `brush p95 ${ratio(p95(base.steps), p95(app.steps))}`,
          ].join(", ");
      }
    }
    await browser.close();
    console.log(
      "\nBrowser (headless Chromium). App: the file picked in the Data menu → every event on the map; bare parse of the same file in the same page (File.text() + JSON.parse, or + Papa.parse header:true) and the ratio; from the first byte: first events on the map, every event on the map; brush step (median / p95); longest main-thread task; JS heap",
    );
    console.log(
      table(
        [
          "file",
          "page",
          "picked → complete",
          "bare parse",
          "app / bare",
          "first paint",
          "complete",
          "brush step",
          "longest task",
          "heap",
          "faster than markercluster",
        ],
        rows,
      ),
    );
  } finally {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // The preview server has already exited.
    }
  }
}

await main();
