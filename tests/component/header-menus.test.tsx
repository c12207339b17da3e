import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DataMenu } from "../../src/app/data-menu.tsx";
import { problemText } from "../../src/data/load-problem.ts";
import { ShareMenu } from "../../src/features/publish/share-menu.tsx";
import type { Language } from "../../src/i18n/language.ts";
import { createAppStore } from "../../src/state/store.ts";
import { StoreProvider } from "../../src/state/store-context.tsx";
import { validRecord } from "../support/records.ts";
import { loadRecords, openDataset } from "../support/store.ts";

function renderHeader(lang: Language, onOutside: () => void) {
  const dataset = openDataset(loadRecords([validRecord({ id: "a" }), validRecord({ id: "b" })]));
  const store = createAppStore({
    lang,
    load: { status: "ready" },
    dataset: {
      ...dataset,
      problems: [
        {
          severity: "error",
          index: 4,
          ...problemText({ code: "problem.not-a-date", params: { value: "2025-02-30" } }),
        },
        { severity: "error", index: 4, ...problemText({ code: "problem.outside-syria", params: { lat: 1, lon: 2 } }) },
        {
          severity: "error",
          index: 9,
          ...problemText({ code: "problem.not-a-date", params: { value: "2025-02-31" } }),
        },
      ],
    },
  });
  render(
    <StoreProvider store={store}>
      <DataMenu onFile={() => {}} onUrl={() => {}} />
      <ShareMenu />
      <button type="button" onClick={onOutside}>
        an event in the list
      </button>
    </StoreProvider>,
  );
}

describe.each([
  ["en", "Data", "Share"],
  ["ar", "البيانات", "مشاركة"],
] as const)("the header's Data and Share menus (%s)", (lang, data, share) => {
  const menuButton = (name: string) => screen.getByRole("button", { name: new RegExp(`^${name}`) });

  it("close with Escape, giving focus back to their button", async () => {
    const user = userEvent.setup();
    renderHeader(lang, () => {});
    for (const name of [data, share]) {
      await user.click(menuButton(name));
      expect(menuButton(name)).toHaveAttribute("aria-expanded", "true");
      await user.keyboard("{Escape}");
      expect(menuButton(name)).toHaveAttribute("aria-expanded", "false");
      expect(menuButton(name)).toHaveFocus();
    }
  });

  it("close on a press outside, and that press still does what it does", async () => {
    const user = userEvent.setup();
    const outside = vi.fn();
    renderHeader(lang, outside);
    for (const name of [data, share]) {
      await user.click(menuButton(name));
      await user.click(screen.getByRole("button", { name: "an event in the list" }));
      expect(menuButton(name)).toHaveAttribute("aria-expanded", "false");
    }
    expect(outside).toHaveBeenCalledTimes(2);
  });

  it("the Data button counts each skipped record once, however many problems it had", () => {
    renderHeader(lang, () => {});
    expect(menuButton(data)).toHaveTextContent(lang === "en" ? "2" : "٢");
  });
});
