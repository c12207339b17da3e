import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { problemText } from "../../src/data/load-problem.ts";
import { LoadSummary } from "../../src/features/status/load-summary.tsx";
import type { Language } from "../../src/i18n/language.ts";
import { createAppStore } from "../../src/state/store.ts";
import { StoreProvider } from "../../src/state/store-context.tsx";
import { validRecord } from "../support/records.ts";
import { loadRecords, openDataset } from "../support/store.ts";

function renderSummary(lang: Language, onOutside = () => {}) {
  const dataset = openDataset(loadRecords([validRecord()]));
  // The value is quoted in either language: "bad date" is on screen in both.
  const badDate = problemText({ code: "problem.not-a-date", params: { value: "bad date" } });
  const withProblem = { ...dataset, problems: [{ severity: "error" as const, index: 3, ...badDate }] };
  render(
    <StoreProvider store={createAppStore({ lang })}>
      <LoadSummary dataset={withProblem} />
      <button type="button" onClick={onOutside}>
        an event in the list
      </button>
    </StoreProvider>,
  );
}

describe.each([
  ["en", "Show details", "Hide details"],
  ["ar", "عرض التفاصيل", "إخفاء التفاصيل"],
] as const)("the load summary's details (%s)", (lang, show, hide) => {
  it("close with Escape and give focus back to their button", async () => {
    const user = userEvent.setup();
    renderSummary(lang);
    await user.click(screen.getByRole("button", { name: show }));
    expect(screen.getByText(/bad date/)).toBeVisible();
    await user.keyboard("{Escape}");
    expect(screen.queryByText(/bad date/)).toBeNull();
    expect(screen.getByRole("button", { name: show })).toHaveFocus();
  });

  it("close on a click outside, and that click still does what it does", async () => {
    const user = userEvent.setup();
    const onOutside = vi.fn();
    renderSummary(lang, onOutside);
    await user.click(screen.getByRole("button", { name: show }));
    expect(screen.getByRole("button", { name: hide })).toHaveAttribute("aria-expanded", "true");
    await user.click(screen.getByRole("button", { name: "an event in the list" }));
    expect(onOutside).toHaveBeenCalledOnce();
    expect(screen.queryByText(/bad date/)).toBeNull();
    // A click inside the list of problems keeps it open.
    await user.click(screen.getByRole("button", { name: show }));
    await user.click(screen.getByText(/bad date/));
    expect(screen.getByText(/bad date/)).toBeVisible();
  });
});
