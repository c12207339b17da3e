import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
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

/**
 * Installable and offline: a service worker precaches the app shell, the bundled dataset and the
 * bundled geography, so after one visit the app opens with no network. Map tiles are never
 * cached (tile servers forbid bulk caching; the bundled geography is the offline map). A new
 * deployment waits until the person reloads ("A newer version is available"), so one page never
 * mixes two versions. Every path is relative: the build works from any folder of a static host.
 */
const offlineApp = VitePWA({
  registerType: "prompt",
  // Registered by src/features/offline/register-service-worker.ts, lazily, after the first render.
  injectRegister: false,
  manifestFilename: "manifest.webmanifest",
  includeAssets: ["icons/icon.svg", "icons/apple-touch-icon.png"],
  manifest: {
    id: "./",
    name: "Syria security operations map · خريطة العمليات الأمنية في سوريا",
    short_name: "Syria operations",
    description:
      "An event map of reported security operations in Syria, with sources, a timeline, region filters and shareable links. خريطة أحداث للعمليات الأمنية المُبلَّغ عنها في سوريا.",
    lang: "en",
    start_url: "./",
    scope: "./",
    display: "standalone",
    background_color: "#fbfaf7",
    theme_color: "#22201c",
    icons: [
      { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "icons/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  },
  workbox: {
    // The shell (HTML, scripts, styles, workers), the bundled dataset, geography, schema and icons.
    globPatterns: ["**/*.{html,js,css,json,svg,png,webmanifest}"],
    // The README's screenshot is not part of the app.
    globIgnores: ["screenshot.png"],
    navigateFallback: "index.html",
    cleanupOutdatedCaches: true,
    // No runtimeCaching: tiles and data= addresses always go to the network.
  },
});

export default defineConfig({
  // Relative asset paths: the build runs from any folder of any static host.
  base: "./",
  plugins: [react(), contentSecurityPolicy(), offlineApp],
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
