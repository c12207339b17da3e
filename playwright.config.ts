import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./src/tools/chromium-launch.ts";

const PORT = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // Generous: on a busy 2-core machine the first screen alone can take 8 s; a pass is as fast as ever.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // The JSON report is what .ci/run totals into its closing line.
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    viewport: { width: 1400, height: 900 },
    launchOptions: CHROMIUM_LAUNCH,
    // A service worker answers from its cache before page.route sees a request: blocked here,
    // allowed only in the offline spec, each of whose tests gets a fresh browser context.
    serviceWorkers: "block",
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
