import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { DetailsPane } from "../../src/features/details/details-pane.tsx";
import type { AppStoreApi } from "../../src/state/store.ts";
import { StoreProvider } from "../../src/state/store-context.tsx";
import { validRecord } from "../support/records.ts";
import { readyStore } from "../support/store.ts";

const records = [
  validRecord({ id: "a", date: "2025-01-05", title: "First raid" }),
  validRecord({
    id: "b",
    date: "2025-01-20",
    title: "Second raid <img src=x onerror=alert(1)>",
    type: "arrest",
    outcome: { arrested: 4, killed: null, seized: ["rifles", "grenades"] },
    sources: [
      { name: "Outlet One", url: "https://one.example/story", published: "2025-01-21" },
      { name: "Outlet Two", url: "http://two.example/a" },
    ],
    confidence: { level: "low", reason: "Single claim by a monitoring group." },
    location: { name: "Aleppo", nameAr: "حلب", lat: 36.2021, lon: 37.1343, precision: "town" },
  }),
  validRecord({
    id: "c",
    date: "2025-03",
    title: "Month-only raid",
    location: { name: "Aleppo governorate", lat: 36.1054, lon: 37.601, precision: "governorate" },
  }),
  validRecord({ id: "d", date: null, title: "Undated raid", location: null }),
  validRecord({
    id: "e",
    date: null,
    title: "Undated arrest in Aleppo",
    sources: [{ name: "Outlet One", url: "https://one.example/other" }],
  }),
];

function renderPane(store: AppStoreApi) {
  return render(
    <StoreProvider store={store}>
      <button type="button">outside</button>
      <DetailsPane>
        <p>the list</p>
      </DetailsPane>
    </StoreProvider>,
  );
}

describe("the detail panel", () => {
  it("shows what was reported, with unknown counts as not reported and text never as markup", () => {
    renderPane(readyStore(records, { selectedId: "b" }));
    const panel = screen.getByRole("article");
    expect(within(panel).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Second raid <img src=x onerror=alert(1)>",
    );
    expect(panel.querySelector("img")).toBeNull();
    expect(panel).toHaveTextContent("20 January 2025");
    expect(panel).toHaveTextContent("Aleppo");
    expect(panel).toHaveTextContent("حلب");
    const arrested = within(panel).getByText("Arrested").closest("div") as HTMLElement;
    expect(arrested).toHaveTextContent("4");
    const killed = within(panel).getByText("Killed").closest("div") as HTMLElement;
    expect(killed).toHaveTextContent("not reported");
    expect(panel).toHaveTextContent("rifles");
    expect(panel).toHaveTextContent("Low");
    const link = within(panel).getByRole("link", { name: /Outlet One/ });
    expect(link).toHaveAttribute("href", "https://one.example/story");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(within(panel).getAllByRole("link")).toHaveLength(2);
  });

  it("says the date as precisely as it is known", () => {
    const store = readyStore(records, { selectedId: "c" });
    renderPane(store);
    expect(screen.getByRole("article")).toHaveTextContent("March 2025");
    expect(screen.getByRole("article")).toHaveTextContent("approximate: governorate only");
  });

  it("draws a district-level event hollow among the events nearby, as on the map, and says it is approximate", () => {
    const nearby = [
      validRecord({ id: "town", date: "2025-06-01", title: "Raid in the town" }),
      validRecord({
        id: "district",
        date: "2025-06-03",
        title: "Raid somewhere in the district",
        location: { name: "Jabal Saman district", lat: 36.21, lon: 37.14, precision: "district" },
      }),
      validRecord({
        id: "exact",
        date: "2025-06-05",
        title: "Raid at a named building",
        location: { name: "Aleppo citadel", lat: 36.1993, lon: 37.1627, precision: "exact" },
      }),
    ];
    const { unmount } = renderPane(readyStore(nearby, { selectedId: "town" }));
    const near = screen.getByRole("heading", { name: /^Nearby/ }).parentElement as HTMLElement;
    const dashed = (title: RegExp) =>
      within(near).getByRole("button", { name: title }).querySelector("path")?.getAttribute("stroke-dasharray") ===
      "3 2";
    expect(dashed(/somewhere in the district/)).toBe(true);
    expect(dashed(/named building/)).toBe(false);
    unmount();
    renderPane(readyStore(nearby, { selectedId: "district" }));
    expect(screen.getByRole("article")).toHaveTextContent("approximate: district");
  });

  it("shows undated and unlocated events plainly", () => {
    renderPane(readyStore(records, { selectedId: "d" }));
    expect(screen.getByRole("article")).toHaveTextContent("date unknown");
    expect(screen.getByRole("article")).toHaveTextContent("No location given in the reports");
  });

  it("says what an undated event cannot have and offers the same place and the same source", () => {
    renderPane(readyStore(records, { selectedId: "e" }));
    const panel = screen.getByRole("article");
    expect(panel).not.toHaveTextContent(/\d+ of \d+ in date order/);
    expect(panel).not.toHaveTextContent(/within 10 km/);
    expect(within(panel).queryByRole("button", { name: /Earlier|Later/ })).toBeNull();
    expect(panel).toHaveTextContent("No date is reported, so this event has no place in date order");
    const place = screen.getByRole("heading", { name: "Other events at the same place" }).parentElement as HTMLElement;
    const titles = (section: HTMLElement) =>
      within(section)
        .getAllByRole("button")
        .map((b) => b.textContent);
    // Every other event at the Aleppo point, newest first, whatever its date.
    expect(titles(place)).toEqual([expect.stringMatching(/^Second raid/), expect.stringMatching(/^First raid/)]);
    const source = screen.getByRole("heading", { name: "Other reports from the same source" })
      .parentElement as HTMLElement;
    expect(titles(source)).toEqual([expect.stringMatching(/^Second raid/)]);
  });

  it("says what an event with neither date nor place cannot have, in English and Arabic", () => {
    const { unmount } = renderPane(readyStore(records, { selectedId: "d" }));
    const panel = screen.getByRole("article");
    expect(panel).toHaveTextContent("No place is reported, so this event is not on the map and has no events near it.");
    expect(screen.queryByRole("heading", { name: "Other events at the same place" })).toBeNull();
    const source = screen.getByRole("heading", { name: "Other reports from the same source" })
      .parentElement as HTMLElement;
    expect(
      within(source)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([expect.stringMatching(/^Month-only raid/), expect.stringMatching(/^First raid/)]);
    unmount();
    renderPane(readyStore(records, { selectedId: "d", lang: "ar" }));
    const arabic = screen.getByRole("article");
    expect(arabic).toHaveTextContent("لم يُذكر تاريخ، لذا لا مكان لهذا الحدث في ترتيب التاريخ");
    expect(arabic).toHaveTextContent("لم يُذكر مكان");
    expect(arabic).not.toHaveTextContent("بترتيب التاريخ");
    expect(screen.getByRole("heading", { name: "تقارير أخرى من المصدر نفسه" })).toBeInTheDocument();
  });

  it("says in Arabic digits when nothing is near in place and time", () => {
    renderPane(readyStore(records, { selectedId: "c", lang: "ar" }));
    expect(screen.getByRole("article")).toHaveTextContent("لا أحداث أخرى ضمن ١٠ كم و٤٥ يومًا.");
    expect(screen.getByRole("article").textContent).not.toMatch(/[0-9]/);
  });

  it("steps to the earlier and later event in date order", async () => {
    const user = userEvent.setup();
    const store = readyStore(records, { selectedId: "b" });
    renderPane(store);
    expect(screen.getByText("2 of 5 in date order")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Later/ }));
    expect(store.getState().selectedId).toBe("c");
    await user.click(screen.getByRole("button", { name: /Earlier/ }));
    await user.click(screen.getByRole("button", { name: /Earlier/ }));
    expect(store.getState().selectedId).toBe("a");
    expect(screen.getByRole("button", { name: /Earlier/ })).toBeDisabled();
  });

  it("lists related events nearby in place and time", () => {
    renderPane(readyStore(records, { selectedId: "a" }));
    const related = screen.getByRole("heading", { name: "Nearby in place and time" }).parentElement as HTMLElement;
    expect(within(related).getByRole("button", { name: /Second raid/ })).toBeInTheDocument();
    expect(within(related).queryByRole("button", { name: /Month-only/ })).toBeNull();
  });

  it("moves focus into the panel, closes on Escape and gives focus back", async () => {
    const user = userEvent.setup();
    const store = readyStore(records);
    renderPane(store);
    const outside = screen.getByRole("button", { name: "outside" });
    outside.focus();
    store.getState().select("a", "list");
    expect(await screen.findByRole("heading", { level: 2 })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(store.getState().selectedId).toBeNull();
    expect(screen.getByText("the list")).toBeInTheDocument();
    expect(outside).toHaveFocus();
  });

  it("copies no link to a file from disk until its key is found, and says which case it is", async () => {
    const user = userEvent.setup();
    const store = readyStore(records, { selectedId: "a" });
    const state = store.getState();
    const file = {
      kind: "file",
      name: "mine.json",
      size: 10,
      openedAt: "2026-12-01T18:00:00.000Z",
      key: null,
    } as const;
    const withOrigin = (origin: typeof file & { keying?: boolean }) =>
      store.setState({ dataset: { ...(state.dataset as NonNullable<typeof state.dataset>), origin } });
    renderPane(store);
    // Just picked: the loader is still finding the key, so a link would not name the file yet.
    act(() => withOrigin({ ...file, keying: true }));
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(screen.getByText(/Not copied yet: the link to this file is still being made/)).toBeInTheDocument();
    // The key could not be found: no link can reopen it.
    act(() => withOrigin({ ...file, keying: false }));
    await user.click(screen.getByRole("button", { name: /Copy link|Not copied/ }));
    expect(screen.getByText(/this browser could not keep the file/)).toBeInTheDocument();
  });

  it("says when the linked event is not in the dataset and keeps the list", () => {
    renderPane(readyStore(records, { selectedId: "gone" }));
    expect(screen.getByRole("alert")).toHaveTextContent("“gone” is not in the loaded dataset");
    expect(screen.getByText("the list")).toBeInTheDocument();
  });
});
