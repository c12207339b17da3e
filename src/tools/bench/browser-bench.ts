/**
 * Browser part of `npm run bench`: the built app and a Leaflet.markercluster baseline page, both
 * in headless Debian Chromium, loading the same synthetic dataset (100k and 1M events).
 * Measures: data arriving (the response begins) → first map paint, brush-step latency (input → painted frame, p95),
 * the longest main-thread task during load, and the JS heap after load.
 */
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../chromium-launch.ts";
import { baselinePageHtml } from "./baseline-page.ts";
import { formatMs, median, p95, ratio, table } from "./stats.ts";

const SIZES = (process.env.BENCH_BROWSER_SIZES ?? "100000,1000000").split(",").map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 4188);
const BASE = `http://127.0.0.1:${PORT}/`;
const STEPS = 20;
const LOAD_TIMEOUT = 180_000;

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });
}

function prepare(): void {
  if (!existsSync("dist/index.html") || process.env.BENCH_REBUILD !== "0")
    run("npx", ["vite", "build", "--logLevel", "warn"]);
  mkdirSync("dist/bench-lib", { recursive: true });
  for (const file of ["leaflet.js", "leaflet.css"])
    copyFileSync(`node_modules/leaflet/dist/${file}`, `dist/bench-lib/${file}`);
  for (const file of ["leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css"])
    copyFileSync(`node_modules/leaflet.markercluster/dist/${file}`, `dist/bench-lib/${file}`);
  mkdirSync("synthetic", { recursive: true });
  rmSync("dist/bench-data", { recursive: true, force: true });
  mkdirSync("dist/bench-data");
  for (const size of SIZES) {
    const file = `synthetic/bench-${size}.json`;
    if (!existsSync(file)) run("npx", ["tsx", "src/tools/gen-synthetic.ts", "--count", String(size), "--out", file]);
    symlinkSync(`${process.cwd()}/${file}`, `dist/bench-data/${size}.json`);
    writeFileSync(`dist/bench-baseline-${size}.html`, baselinePageHtml(`bench-data/${size}.json`));
  }
  if (existsSync(UCDP_SAMPLE)) symlinkSync(resolve(UCDP_SAMPLE), "dist/bench-data/ucdp.csv");
}

/** The real UCDP GED Syria file: the everyday case (the baseline page reads JSON only). */
const UCDP_SAMPLE = "../shared/samples/ucdp-ged-syria-2016-2019.csv";

interface Sample {
  /** Data arriving → first events on the map. */
  paintMs: number;
  /** Data arriving → every event on the map, and the page ready for the brush. */
  completeMs: number;
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

async function measureApp(page: Page, size: number | "ucdp"): Promise<Sample> {
  await observeLongTasks(page);
  await page.goto(`${BASE}?data=bench-data/${size === "ucdp" ? "ucdp.csv" : `${size}.json`}`);
  await page.waitForFunction(() => performance.getEntriesByName("app:complete-painted").length > 0, null, {
    timeout: LOAD_TIMEOUT,
  });
  const paintMs = await markGap(page, "app:data-arrived", "app:map-painted");
  const completeMs = await markGap(page, "app:data-arrived", "app:complete-painted");
  const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  const heap = await heapMb(page);
  // Steady state: the search texts are folded after the map is complete; brush once that is done.
  await page.waitForFunction(() => performance.getEntriesByName("app:search-ready").length > 0, null, {
    timeout: LOAD_TIMEOUT,
  });
  // Brush steps: set a year-wide range, then move it with real key presses, one bin each. The
  // browser's Event Timing API measures each from the input to the next painted frame (as INP
  // does); it reports only inputs slower than 16 ms, so an unreported step counts as 16 ms.
  await page.getByRole("button", { name: "Last 12 months" }).click();
  await page.getByRole("slider").first().focus();
  await page.evaluate(() => {
    const w = window as unknown as { __inputs: number[] };
    w.__inputs = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === "keydown") w.__inputs.push(entry.duration);
    }).observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit);
  });
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
  return { paintMs, completeMs, steps, longestTaskMs, heapMb: heap };
}

async function measureBaseline(page: Page, size: number): Promise<Sample> {
  await observeLongTasks(page);
  await page.goto(`${BASE}bench-baseline-${size}.html`);
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
  return { paintMs, completeMs: paintMs, steps, longestTaskMs, heapMb: heap };
}

function sampleRow(events: string, page: string, s: Sample | string): string[] {
  if (typeof s === "string") return [events, page, s, "", "", "", "", ""];
  return [
    events,
    page,
    formatMs(s.paintMs),
    formatMs(s.completeMs),
    `${formatMs(median(s.steps))} / ${formatMs(p95(s.steps))}`,
    formatMs(s.longestTaskMs),
    `${s.heapMb.toFixed(0)} MB`,
    "",
  ];
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
    for (const size of SIZES) {
      const results: Record<"app" | "baseline", Sample | string> = { app: "not run", baseline: "not run" };
      for (const which of ["app", "baseline"] as const) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        await context.route(
          (url) => url.hostname !== "127.0.0.1",
          (route) => route.abort(),
        );
        const page = await context.newPage();
        try {
          results[which] = which === "app" ? await measureApp(page, size) : await measureBaseline(page, size);
        } catch (error) {
          results[which] = `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
        }
        await context.close();
        console.error(`measured ${which} at ${size.toLocaleString("en")} events`);
      }
      const app = results.app;
      const base = results.baseline;
      const appRow = sampleRow(size.toLocaleString("en"), "app", app);
      const baseRow = sampleRow(size.toLocaleString("en"), "markercluster baseline", base);
      if (typeof app !== "string" && typeof base !== "string")
        appRow[7] = [
          `first paint ${ratio(base.paintMs, app.paintMs)}`,
          `complete ${ratio(base.completeMs, app.completeMs)}`,
          `brush p95 ${ratio(p95(base.steps), p95(app.steps))}`,
        ].join(", ");
      rows.push(appRow, baseRow);
    }
    if (existsSync(UCDP_SAMPLE)) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.route(
        (url) => url.hostname !== "127.0.0.1",
        (route) => route.abort(),
      );
      let sample: Sample | string;
      try {
        sample = await measureApp(await context.newPage(), "ucdp");
      } catch (error) {
        sample = `failed: ${String(error).split("\n")[0]}`;
      }
      rows.push(sampleRow("16,566", "app, real UCDP GED CSV", sample));
      await context.close();
    }
    await browser.close();
    console.log(
      "\nBrowser (headless Chromium), from the first byte of data: first events on the map, every event on the map (interactive), brush step (median / p95), longest main-thread task, JS heap",
    );
    console.log(
      table(
        ["events", "page", "first paint", "complete", "brush step", "longest task", "heap", "app vs baseline"],
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
