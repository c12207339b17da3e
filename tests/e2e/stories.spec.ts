import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, params, readShippedDataset, test } from "./support.ts";

interface Story {
  id: string;
  title: string;
  titleAr?: string;
  steps: { event: string; text: string; textAr?: string }[];
}

const dataset = readShippedDataset() as ReturnType<typeof readShippedDataset> & { narratives: Story[] };
const isis = dataset.narratives.find((story) => story.id === "isis-cells-after-december-2024") as Story;
const captagon = dataset.narratives.find((story) => story.id === "captagon-crackdown") as Story;
const titleOf = (id: string) => dataset.events.find((event) => event.id === id)?.title as string;

/** Opens the app at an address and waits for the dataset (slow on a busy machine). */
async function open(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await expect(page.getByTestId("event-count")).toBeVisible({ timeout: 30_000 });
}

/** The story card, the details panel's heading and the address agree on a step. */
async function expectStep(page: Page, story: Story, step: number): Promise<void> {
  const card = page.getByTestId("story-card");
  await expect(card).toContainText(`Step ${step} of ${story.steps.length}`);
  const current = story.steps[step - 1] as Story["steps"][number];
  await expect(card).toContainText(current.text);
  await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText(titleOf(current.event));
  await expect.poll(() => params(page).get("step")).toBe(String(step));
  expect(params(page).get("story")).toBe(story.id);
  expect(params(page).get("event")).toBe(current.event);
}

test.describe("stories", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a story link opens its step with the event's panel; Next, Back, Forward and Exit", async ({ page }) => {
    await open(page, `./?story=${isis.id}&step=2`);
    await expectStep(page, isis, 2);
    await expect(page.getByTestId("story-card").getByRole("heading", { name: isis.title })).toBeVisible();
    // The timeline marks the story's span and its current step.
    await expect(page.getByTestId("story-marks").locator(".tl-story-span")).toBeVisible();
    await expect(page.getByTestId("story-marks").locator(".tl-story-step")).toHaveCount(isis.steps.length + 1);

    await page.getByTestId("story-card").getByRole("button", { name: "Next" }).click();
    await expectStep(page, isis, 3);
    await page.goBack();
    await expectStep(page, isis, 2);
    await page.goForward();
    await expectStep(page, isis, 3);

    await page.getByRole("button", { name: "Exit story" }).click();
    await expect(page.getByTestId("story-card")).toHaveCount(0);
    await expect(page.getByRole("article")).toHaveCount(0);
    await expect.poll(() => params(page).has("story")).toBe(false);
    expect(params(page).has("step")).toBe(false);
    expect(params(page).has("event")).toBe(false);
    await expect(page.locator(".leaflet-container")).toBeVisible();
    // Back returns to the step the reader left.
    await page.goBack();
    await expectStep(page, isis, 3);
  });

  test("keys step through a story: arrows (mirrored in Arabic) and Escape", async ({ page }) => {
    await open(page, `./?story=${captagon.id}&step=1`);
    await expectStep(page, captagon, 1);
    await expect(page.getByTestId("story-card")).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expectStep(page, captagon, 2);
    await page.keyboard.press("ArrowRight");
    await expectStep(page, captagon, 3);
    await page.keyboard.press("ArrowLeft");
    await expectStep(page, captagon, 2);
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("story-card")).toHaveCount(0);
    await expect.poll(() => params(page).has("story")).toBe(false);

    await open(page, `./?lang=ar&story=${captagon.id}&step=2`);
    const card = page.getByTestId("story-card");
    await expect(card).toContainText(`الخطوة ٢ من ${captagon.steps.length.toLocaleString("ar-EG")}`);
    await expect(card).toContainText(captagon.steps[1]?.textAr as string);
    await card.focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => params(page).get("step")).toBe("3");
    await expect(card).toContainText("الخطوة ٣ من");
  });

  test("the Stories list opens a story at its first step, and the last step has no Next", async ({ page }) => {
    await open(page, "./");
    await page.getByRole("button", { name: `Open the story: ${captagon.title}` }).click();
    await expectStep(page, captagon, 1);
    await expect(page.getByRole("button", { name: "Previous" })).toBeDisabled();
    await open(page, `./?story=${captagon.id}&step=99`);
    await expect(page.getByTestId("story-card")).toContainText(
      `Step ${captagon.steps.length} of ${captagon.steps.length}`,
    );
    await expect(page.getByTestId("story-card").getByRole("button", { name: "Next" })).toBeDisabled();
  });

  test("a link to a story the dataset does not have says so and shows the map", async ({ page }) => {
    await open(page, "./?story=no-such-story&step=2");
    await expect(page.getByRole("status").filter({ hasText: "Ignored story=no-such-story" })).toBeVisible();
    await expect(page.getByTestId("story-card")).toHaveCount(0);
  });

  for (const lang of ["en", "ar"] as const)
    test(`axe finds nothing serious with the story card open, ${lang === "ar" ? "Arabic" : "English"}`, async ({
      page,
    }) => {
      await open(page, `./?lang=${lang}&story=${isis.id}&step=2`);
      await expect(page.getByTestId("story-card")).toBeVisible();
      await expect(page.getByRole("article")).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => ({ rule: v.id, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
      expect(serious).toEqual([]);
    });

  test("the story card sits over the map, never over the timeline", async ({ page }) => {
    await open(page, `./?story=${isis.id}&step=2`);
    const card = await page.getByTestId("story-card").boundingBox();
    const map = await page.locator(".map-region").boundingBox();
    const timeline = await page.locator(".timeline").boundingBox();
    if (!card || !map || !timeline) throw new Error("card, map or timeline not drawn");
    expect(card.y + card.height).toBeLessThanOrEqual(map.y + map.height + 0.5);
    expect(card.y + card.height).toBeLessThanOrEqual(timeline.y + 0.5);
    expect(card.y).toBeGreaterThanOrEqual(map.y);
  });
});

test.describe("stories on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test.describe.configure({ timeout: 120_000 });

  test("the card is a bottom sheet; the event's details take its place when asked, and give it back", async ({
    page,
  }) => {
    await open(page, `./?story=${captagon.id}&step=3`);
    const card = page.getByTestId("story-card");
    await expect(card).toBeVisible();
    const box = await card.boundingBox();
    if (!box) throw new Error("no card");
    expect(box.x).toBe(0);
    expect(box.width).toBe(390);
    expect(box.y + box.height).toBeCloseTo(844, 0);
    await card.getByRole("button", { name: "Next" }).click();
    await expect(card).toContainText("Step 4 of");
    await card.locator(".story-cite-event").click();
    await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText(
      titleOf(captagon.steps[3]?.event as string),
    );
    await page.getByRole("button", { name: "Back to the story" }).click();
    await expect(page.getByTestId("story-card")).toContainText("Step 4 of");
  });
});
