/**
 * Draws the app's PNG icons (for the web app manifest and the home screen) from
 * public/icons/icon.svg with the same Chromium the tests use. The PNGs are committed;
 * run this again after changing the SVG:  npx tsx src/tools/make-icons.ts
 */
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./chromium-launch.ts";

const svg = readFileSync("public/icons/icon.svg", "utf8");
/** Maskable icons keep their content in the middle 80%: the launcher may crop the rest. */
const ICONS = [
  { file: "public/icons/icon-192.png", size: 192, maskable: false },
  { file: "public/icons/icon-512.png", size: 512, maskable: false },
  { file: "public/icons/icon-maskable-512.png", size: 512, maskable: true },
  { file: "public/icons/apple-touch-icon.png", size: 180, maskable: true },
];

const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inner = icon.maskable ? Math.round(icon.size * 0.8) : icon.size;
    const art = icon.maskable ? svg.replace('rx="96"', 'rx="0"') : svg;
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${icon.size}px;height:${icon.size}px;background:${icon.maskable ? "#22201c" : "transparent"}">
        <img style="width:${inner}px;height:${inner}px" src="data:image/svg+xml;base64,${Buffer.from(art).toString("base64")}">
      </body>`,
    );
    await page.screenshot({ path: icon.file, omitBackground: !icon.maskable });
    await page.close();
    console.log(`${icon.file}: ${icon.size}×${icon.size}`);
  }
} finally {
  await browser.close();
}
