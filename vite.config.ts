import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Relative asset paths: the build runs from any folder of any static host.
  base: "./",
  plugins: [react()],
  build: { target: "es2022", sourcemap: true },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["tests/setup.ts"],
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/component/**/*.test.{ts,tsx}"],
    css: false,
    // The JSON report is what .ci/run totals into its closing line.
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest.json" },
  },
});
