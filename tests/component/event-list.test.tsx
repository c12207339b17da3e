import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseIsoDate } from "../../src/domain/dates.ts";
import type { EventOutcome, EventType, LocationPrecision, SecurityEvent } from "../../src/domain/event.ts";
import { type Filters, NO_FILTERS } from "../../src/domain/filters.ts";
import type { GovernorateCode } from "../../src/domain/governorates.ts";
import { EventList } from "../../src/features/list/event-list.tsx";
import { eventMarkerElement } from "../../src/features/map/marker-elements.ts";
import type { AppState, AppStoreApi } from "../../src/state/store.ts";
import { StoreProvider } from "../../src/state/store-context.tsx";
import { storeWithEvents } from "../support/store.ts";

interface Spec {
  id: string;
  date: string | null;
  type: EventType;
  title: string;
  place: [name: string, region: GovernorateCode, precision: LocationPrecision] | null;
  outcome?: EventOutcome;
}

function event({ id, date, type, title, place, outcome = {} }: Spec): SecurityEvent {
  const parsed = date === null ? null : parseIsoDate(date);
  return {
    id,
    date,
    datePrecision: parsed?.precision ?? "unknown",
    title,
    summary: "Hand-written test event.",
    type,
    actors: ["General Security Service"],
    targets: ["ISIS"],
    location: place ? { name: place[0], lat: 35, lon: 38, precision: place[2], admin1: place[1] } : null,
    outcome,
    sources: [{ name: "Example", url: "https://example.com" }],
    startDay: parsed?.startDay ?? null,
    endDay: parsed?.endDay ?? null,
    admin1: place ? place[1] : null,
  };
}

const EVENTS: SecurityEvent[] = [
  event({
    id: "e1",
    date: "2025-01-11",
    type: "raid",
    title: "Raid on an ISIS hideout",
    place: ["Aleppo", "SY-HL", "town"],
    outcome: { arrested: 3, killed: null },
  }),
  event({
    id: "e2",
    date: "2025-02-03",
    type: "arrest",
    title: "Smuggling ring arrested",
    place: ["Manbij", "SY-HL", "town"],
    outcome: { arrested: 5 },
  }),
  event({
    id: "e3",
    date: "2025-02-20",
    type: "strike",
    title: "Air strike on a commander",
    place: ["Deir ez-Zor governorate", "SY-DY", "governorate"],
    outcome: { killed: 2 },
  }),
  event({
    id: "e4",
    date: "2025-03-05",
    type: "cell-dismantled",
    title: "Cell dismantled in Mezzeh",
    place: ["Mezzeh", "SY-DI", "town"],
    outcome: { arrested: 4, killed: 1 },
  }),
  event({
    id: "e5",
    date: "2025-03-18",
    type: "seizure",
    title: "Weapons depot seized",
    place: ["Kafr Sousa", "SY-DI", "exact"],
  }),
  event({
    id: "e6",
    date: "2025-03",
    type: "raid",
    title: "Raid on a farm",
    place: ["Busayrah", "SY-DY", "town"],
    outcome: { arrested: 12 },
  }),
  event({
    id: "e7",
    date: null,
    type: "clash",
    title: "Clash with loyalist remnants",
    place: ["Afrin", "SY-HL", "region"],
  }),
  event({
    id: "e8",
    date: null,
    type: "foiled-plot",
    title: "Bombing plot foiled",
    place: null,
    outcome: { arrested: 2, killed: null },
  }),
];

function makeStore(filters: Partial<Filters> = {}, state: Partial<AppState> = {}, events = EVENTS): AppStoreApi {
  return storeWithEvents(events, { filters: { ...NO_FILTERS, ...filters }, ...state });
}

function renderList(store: AppStoreApi) {
  render(
    <StoreProvider store={store}>
      <EventList />
    </StoreProvider>,
  );
  return { user: userEvent.setup(), store };
}

/** 300 events a day apart, m0 the oldest. */
const MANY = Array.from({ length: 300 }, (_, i) =>
  event({
    id: `m${i}`,
    date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
    type: "raid",
    title: `Event number ${i}`,
    place: null,
  }),
);

// Rows of the list (not the <option>s of the sort menu).
const rows = () => within(screen.getByRole("listbox")).getAllByRole("option");
const rowIds = () => rows().map((row) => row.getAttribute("data-event-id"));
const row = (title: RegExp) => within(screen.getByRole("listbox")).getByRole("option", { name: title });

/*
 * jsdom lays nothing out: the list's scroll area gets a height (10 rows of 76px), and scrolling
 * moves scrollTop and fires "scroll", so the virtualiser renders what a browser would.
 */
const VIEW_HEIGHT = 760;
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "clientHeight");
const scrollHeight = Object.getOwnPropertyDescriptor(Element.prototype, "scrollHeight");
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "clientHeight", {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains("event-list-scroll") ? VIEW_HEIGHT : 0;
    },
  });
  // The scroll area is as tall as the virtualiser's sizer inside it.
  Object.defineProperty(HTMLElement.prototype, "scrollHeight", {
    configurable: true,
    get(this: HTMLElement) {
      const sizer = this.classList.contains("event-list-scroll") ? this.firstElementChild : null;
      return sizer instanceof HTMLElement ? Number.parseFloat(sizer.style.height) || 0 : 0;
    },
  });
  HTMLElement.prototype.scrollTo = function scrollTo(this: HTMLElement, options?: ScrollToOptions | number) {
    if (typeof options === "object" && options.top !== undefined) this.scrollTop = options.top;
    // Browsers report scrolling asynchronously.
    setTimeout(() => this.dispatchEvent(new Event("scroll")), 0);
  } as typeof HTMLElement.prototype.scrollTo;
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, "clientHeight", clientHeight);
  Reflect.deleteProperty(HTMLElement.prototype, "scrollHeight");
  if (scrollHeight) Object.defineProperty(Element.prototype, "scrollHeight", scrollHeight);
  Reflect.deleteProperty(HTMLElement.prototype, "scrollTo");
});

describe("the event list", () => {
  it("shows the matches, newest first with undated last, each with its date and place", () => {
    renderList(makeStore());
    expect(screen.getByText("8 of 8 events")).toHaveAttribute("aria-live", "polite");
    expect(rowIds()).toEqual(["e5", "e4", "e6", "e3", "e2", "e1", "e7", "e8"]);

    expect(row(/Raid on an ISIS hideout/)).toHaveTextContent("11 January 2025");
    expect(row(/Raid on an ISIS hideout/)).toHaveTextContent("Aleppo");
    expect(row(/Raid on a farm/)).toHaveTextContent("March 2025");
    expect(row(/Smuggling ring/)).toHaveTextContent("Manbij, Aleppo");
    expect(row(/Air strike/)).toHaveTextContent("approx.");
    expect(row(/Clash with loyalist/)).toHaveTextContent("date unknown");
    expect(row(/Clash with loyalist/)).toHaveTextContent("approx.");
    expect(row(/Bombing plot/)).toHaveTextContent("no location");
    expect(row(/Weapons depot/)).not.toHaveTextContent("approx.");
    // The type is spoken with the title, as the shape and colour are not.
    expect(row(/Weapons depot/)).toHaveAccessibleName(/^Seizure: Weapons depot seized/);
    expect(row(/Weapons depot/)).toHaveAttribute("aria-setsize", "8");
    expect(row(/Weapons depot/)).toHaveAttribute("aria-posinset", "1");
  });

  it("draws a district, governorate or region event hollow and marks it approx., exactly as the map draws it", () => {
    const precisions: LocationPrecision[] = ["exact", "town", "district", "governorate", "region"];
    const events = precisions.map((precision, i) =>
      event({
        id: `p${i}`,
        date: `2025-04-0${i + 1}`,
        type: "raid",
        title: `Raid placed at ${precision} level`,
        place: ["Aleppo", "SY-HL", precision],
      }),
    );
    renderList(makeStore({}, {}, events));
    // What a person sees: a dashed outline is the hollow symbol, on the map as in the list.
    const dashed = (element: Element) => element.querySelector("path")?.getAttribute("stroke-dasharray") === "3 2";
    const shown = events.map((e) => {
      const listed = row(new RegExp(e.title));
      return {
        precision: e.location?.precision,
        listHollow: dashed(listed.querySelector(".type-symbol") as Element),
        approx: /approx\./.test(listed.textContent ?? ""),
        mapHollow: dashed(eventMarkerElement(e)),
      };
    });
    expect(shown).toEqual([
      { precision: "exact", listHollow: false, approx: false, mapHollow: false },
      { precision: "town", listHollow: false, approx: false, mapHollow: false },
      { precision: "district", listHollow: true, approx: true, mapHollow: true },
      { precision: "governorate", listHollow: true, approx: true, mapHollow: true },
      { precision: "region", listHollow: true, approx: true, mapHollow: true },
    ]);
  });

  it("renders only the rows in view, with the full count told to assistive technology", () => {
    renderList(makeStore({}, { sort: "oldest" }, MANY));
    expect(screen.getByText("300 of 300 events")).toBeInTheDocument();
    const rendered = rows();
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0]).toHaveAttribute("aria-setsize", "300");
  });

  it("sorts by the store's sort order, from the sort menu", async () => {
    const { user, store } = renderList(makeStore());
    const menu = screen.getByRole("combobox", { name: "Sort" });
    expect(menu).toHaveValue("newest");

    await user.selectOptions(menu, "Oldest first");
    expect(store.getState().sort).toBe("oldest");
    expect(rowIds()).toEqual(["e1", "e2", "e3", "e6", "e4", "e5", "e7", "e8"]);

    await user.selectOptions(menu, "Place");
    expect(store.getState().sort).toBe("place");
    // By place name; the unlocated event last.
    expect(rowIds()).toEqual(["e7", "e1", "e6", "e3", "e5", "e2", "e4", "e8"]);

    await user.selectOptions(menu, "Outcome (arrested + killed)");
    expect(store.getState().sort).toBe("outcome");
    // Largest known arrested + killed first, ties newest first, nothing reported last.
    expect(rowIds()).toEqual(["e6", "e4", "e2", "e1", "e3", "e8", "e5", "e7"]);
  });

  it("follows the sort order set elsewhere (a shared link)", () => {
    renderList(makeStore({}, { sort: "oldest" }));
    expect(screen.getByRole("combobox", { name: "Sort" })).toHaveValue("oldest");
    expect(rowIds()[0]).toBe("e1");
  });

  it("lists only what the filters match", () => {
    const store = makeStore({ regions: ["SY-DI"] });
    renderList(store);
    expect(screen.getByText("2 of 8 events")).toBeInTheDocument();
    expect(rowIds()).toEqual(["e5", "e4"]);
    act(() => store.getState().setFilters({ regions: [], includeUndated: false }));
    expect(screen.getByText("6 of 8 events")).toBeInTheDocument();
  });

  it("selects a row on click and marks it selected", async () => {
    const { user, store } = renderList(makeStore());
    await user.click(row(/Air strike on a commander/));
    expect(store.getState().selectedId).toBe("e3");
    expect(store.getState().selectionSource).toBe("list");
    expect(row(/Air strike on a commander/)).toHaveAttribute("aria-selected", "true");
    expect(row(/Weapons depot/)).toHaveAttribute("aria-selected", "false");
  });

  it("reports the hovered row to the store", async () => {
    const { user, store } = renderList(makeStore());
    await user.hover(row(/Smuggling ring/));
    expect(store.getState().hoveredId).toBe("e2");
    await user.unhover(row(/Smuggling ring/));
    expect(store.getState().hoveredId).toBeNull();
  });

  it("moves with the arrow keys and selects with Enter or Space", async () => {
    const { user, store } = renderList(makeStore());
    const list = screen.getByRole("listbox", { name: "Filtered events" });
    await user.tab(); // the sort menu
    await user.tab();
    expect(list).toHaveFocus();
    expect(list).toHaveAttribute("aria-activedescendant", row(/Weapons depot/).id);

    await user.keyboard("{ArrowDown}");
    expect(list).toHaveAttribute("aria-activedescendant", row(/Cell dismantled/).id);
    await user.keyboard("{Enter}");
    expect(store.getState().selectedId).toBe("e4");
    expect(row(/Cell dismantled/)).toHaveAttribute("aria-selected", "true");

    await user.keyboard("{End}");
    expect(list).toHaveAttribute("aria-activedescendant", row(/Bombing plot/).id);
    await user.keyboard("{ArrowDown}");
    expect(list).toHaveAttribute("aria-activedescendant", row(/Bombing plot/).id);
    await user.keyboard("{ArrowUp}{ }");
    expect(store.getState().selectedId).toBe("e7");
    await user.keyboard("{Home}");
    expect(list).toHaveAttribute("aria-activedescendant", row(/Weapons depot/).id);
  });

  it("keeps the active row rendered when the keyboard moves far in a long list", async () => {
    const { user, store } = renderList(makeStore({}, { sort: "oldest" }, MANY));
    const list = screen.getByRole("listbox");
    await user.click(row(/^Raid: Event number 0\b/));
    await user.keyboard("{End}");
    const last = await screen.findByRole("option", { name: /Event number 299\b/ });
    expect(list).toHaveAttribute("aria-activedescendant", last.id);
    expect(screen.queryByRole("option", { name: /Event number 0\b/ })).toBeNull();
    await user.keyboard("{Enter}");
    expect(store.getState().selectedId).toBe("m299");
  });

  it("scrolls to an event selected elsewhere", async () => {
    const store = makeStore({}, { sort: "oldest" }, MANY);
    renderList(store);
    expect(screen.queryByRole("option", { name: /Event number 150\b/ })).toBeNull();
    act(() => store.getState().select("m150", "map"));
    expect(await screen.findByRole("option", { name: /Event number 150\b/ })).toHaveAttribute("aria-selected", "true");
  });

  it("says when nothing matches and offers to clear the filters", async () => {
    const { user, store } = renderList(makeStore({ text: "no such thing" }));
    expect(screen.getByText("0 of 8 events")).toBeInTheDocument();
    expect(screen.getByText("No events match these filters")).toBeInTheDocument();
    expect(screen.queryByRole("listbox")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Clear all filters" }));
    expect(store.getState().filters).toEqual(NO_FILTERS);
    expect(screen.getByText("8 of 8 events")).toBeInTheDocument();
    expect(within(screen.getByRole("listbox")).getAllByRole("option")).toHaveLength(8);
  });
});
