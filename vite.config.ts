import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

/**
 * Content-Security-Policy for the built app: no inline scripts, no eval, nothing framed.
 * Added at build time only, because Vite's development server injects inline scripts.
 * Datasets may be fetched from any http(s) address (?data=…); tiles load over https.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "connect-src 'self' https: http:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  // Relative asset paths: the build runs from any folder of any static host.
  base: "./",
  plugins: [react(), contentSecurityPolicy()],
  build: { target: "es2022", sourcemap: true },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["tests/setup.ts"],
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/component/**/*.test.{ts,tsx}"],
    css: false,
    // A shared 2-core machine: a loaded CPU is not a failed test (speed is the bench's job).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The JSON report is what .ci/run totals into its closing line.
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest.json" },
  },
});
