import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, readShippedDataset, test } from "./support.ts";

/** Width, height and the UTF-8 text chunks of a PNG file, read from its bytes. */
function readPng(bytes: Buffer): { width: number; height: number; text: Record<string, string> } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  const text: Record<string, string> = {};
  let offset = 8;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.subarray(offset + 4, offset + 8).toString("latin1");
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === "iTXt") {
      const keyEnd = data.indexOf(0);
      let p = data.indexOf(0, keyEnd + 3) + 1;
      p = data.indexOf(0, p) + 1;
      text[data.subarray(0, keyEnd).toString("latin1")] = data.subarray(p).toString("utf8");
    }
    if (type === "IEND") break;
    offset += 12 + length;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), text };
}

const plain = (text: string) => text.replace(/\s+/g, " ");

/** Opens the app at an address and waits for the dataset (slow on a busy machine). */
async function open(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await expect(page.getByTestId("event-count")).toBeVisible({ timeout: 30_000 });
}

test.describe("publishing the view", () => {
  // Drawing and encoding a 1920-pixel image is slow on a busy two-core machine.
  test.describe.configure({ timeout: 90_000 });

  test("Download image gives a PNG at least 1600 px wide whose title names the filters", async ({ page }) => {
    await open(page, "./?region=HL,ID&type=arrest,raid&from=2025-01-01&to=2025-06-30");
    await page.getByRole("button", { name: "Share" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download image (PNG)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/_2025-01-01_2025-06-30_aleppo-idlib_arrest-raid\.png$/);
    const png = readPng(readFileSync(await download.path()));
    expect(png.width).toBeGreaterThanOrEqual(1600);
    expect(plain(png.text.Title ?? "")).toBe("Arrests and raids in Aleppo and Idlib, 1 Jan – 30 Jun 2025");
    expect(png.text.Description).toMatch(/^\d+ events? /);
    expect(png.text.Description).toContain("Data: ");
    expect(png.text.Source).toContain("region=HL,ID");
    expect(png.text.Copyright).toContain("Natural Earth");
  });

  test("the image is also offered as SVG, and in Arabic with an Arabic title", async ({ page }) => {
    await open(page, "./?lang=ar&region=HL");
    await page.getByRole("button", { name: "مشاركة" }).click();
    const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "SVG" }).click()]);
    const text = readFileSync(await svg.path(), "utf8");
    expect(text.startsWith("<svg")).toBe(true);
    expect(text).toContain("في حلب");
    expect(text).not.toContain("<script");
  });

  test("totals follow the filters and say how many events gave no figure", async ({ page }) => {
    const aleppo = readShippedDataset().events.filter((e) => e.location?.admin1 === "SY-HL");
    await open(page, "./?region=HL");
    const totals = page.getByTestId("totals");
    await expect(totals).toContainText(`${aleppo.length} events`);
    await expect(totals.getByTestId("totals-arrested")).toContainText(/without a figure|No event gives a figure/);
  });
});
