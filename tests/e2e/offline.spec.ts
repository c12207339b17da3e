import { expect, markerTotal, readShippedDataset, test } from "./support.ts";

const shipped = readShippedDataset();

// Service workers are blocked in the other specs (see playwright.config.ts). Each test here gets
// a fresh browser context, so no worker or cache from another test is ever reused.
test.use({ serviceWorkers: "allow" });
test.slow();

/** Loading waits on workers that share two cores with everything else on a busy machine. */
const LOAD = { timeout: 30_000 };

test("after one visit with network, a reload with no network shows the map and the bundled events", async ({
  page,
  context,
}) => {
  await page.goto("./?lang=ar");
  await expect(page.getByTestId("event-count")).toBeVisible(LOAD);
  // The worker is active once everything it precaches is stored.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(new URL(page.url()).pathname);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId("event-count")).toContainText(
    new Intl.NumberFormat("ar-SY").format(shipped.events.length),
    LOAD,
  );
  await expect(page.getByTestId("provenance")).toContainText("مجموعة البيانات المرفقة");
  await expect(page.locator(".leaflet-governorates-pane path")).toHaveCount(14);
  await expect.poll(() => markerTotal(page)).toBeGreaterThan(0);

  // Another view of the same app opens offline too: every address is answered by the app shell.
  await page.goto("./?region=HL&lang=en");
  await expect(page.getByTestId("event-count")).toBeVisible(LOAD);
  await expect(page.getByTestId("provenance")).toContainText("Bundled dataset of this map");
});

test("the manifest makes the app installable from the folder it is served from", async ({ page, request }) => {
  await page.goto("./");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifestUrl = new URL(href as string, page.url());
  const manifest = await (await request.get(manifestUrl.href)).json();
  // Relative start_url and scope: the same build works from any folder of a static host.
  expect(manifest.start_url).toBe("./");
  expect(manifest.scope).toBe("./");
  expect(manifest.name).toContain("خريطة العمليات الأمنية في سوريا");
  for (const icon of manifest.icons as { src: string }[]) {
    const response = await request.get(new URL(icon.src, manifestUrl).href);
    expect(response.ok(), icon.src).toBe(true);
  }
});
