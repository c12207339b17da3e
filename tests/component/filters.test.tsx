import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseIsoDate } from "../../src/domain/dates.ts";
import type { EventLocation, EventType, SecurityEvent } from "../../src/domain/event.ts";
import { type Filters, NO_FILTERS } from "../../src/domain/filters.ts";
import type { GovernorateCode } from "../../src/domain/governorates.ts";
import { ActiveFilterChips } from "../../src/features/filters/active-filter-chips.tsx";
import { FiltersPanel } from "../../src/features/filters/filters-panel.tsx";
import { EventList } from "../../src/features/list/event-list.tsx";
import type { AppStoreApi } from "../../src/state/store.ts";
import { StoreProvider } from "../../src/state/store-context.tsx";
import { storeWithEvents } from "../support/store.ts";

interface Spec {
  id: string;
  date: string | null;
  type: EventType;
  title: string;
  titleAr?: string;
  region: GovernorateCode | null;
  place?: Omit<EventLocation, "lat" | "lon" | "admin1"> | null;
  actors: string[];
  targets: string[];
}

function event(spec: Spec): SecurityEvent {
  const parsed = spec.date === null ? null : parseIsoDate(spec.date);
  const place = spec.place === undefined ? { name: "Somewhere", precision: "town" as const } : spec.place;
  return {
    id: spec.id,
    date: spec.date,
    datePrecision: parsed?.precision ?? "unknown",
    title: spec.title,
    ...(spec.titleAr ? { titleAr: spec.titleAr } : {}),
    summary: "Hand-written test event.",
    type: spec.type,
    actors: spec.actors,
    targets: spec.targets,
    location: place && spec.region ? { ...place, lat: 35, lon: 38, admin1: spec.region } : null,
    outcome: {},
    sources: [{ name: "Example", url: "https://example.com" }],
    startDay: parsed?.startDay ?? null,
    endDay: parsed?.endDay ?? null,
    admin1: spec.region,
  };
}

const GSS = "General Security Service";
const EVENTS: SecurityEvent[] = [
  event({
    id: "e1",
    date: "2025-01-11",
    type: "raid",
    title: "Raid on an ISIS hideout",
    region: "SY-HL",
    actors: [GSS],
    targets: ["ISIS"],
  }),
  event({
    id: "e2",
    date: "2025-02-03",
    type: "arrest",
    title: "Smuggling ring arrested",
    region: "SY-HL",
    actors: [GSS, "Army"],
    targets: ["smugglers"],
  }),
  event({
    id: "e3",
    date: "2025-02-20",
    type: "strike",
    title: "Air strike on a commander",
    region: "SY-DY",
    actors: ["US CENTCOM"],
    targets: ["ISIS"],
  }),
  event({
    id: "e4",
    date: "2025-03-05",
    type: "cell-dismantled",
    title: "Cell dismantled in Mezzeh",
    titleAr: "تفكيك خلية في دمشق",
    region: "SY-DI",
    actors: ["Interior Ministry"],
    targets: ["ISIS"],
  }),
  event({
    id: "e5",
    date: "2025-03-18",
    type: "seizure",
    title: "Weapons depot seized",
    region: "SY-DI",
    actors: ["Interior Ministry"],
    targets: ["Hezbollah"],
  }),
  event({
    id: "e6",
    date: "2025-03",
    type: "raid",
    title: "Raid on a farm",
    region: "SY-DY",
    actors: ["SDF"],
    targets: ["ISIS"],
  }),
  event({
    id: "e7",
    date: null,
    type: "clash",
    title: "Clash with loyalist remnants",
    region: "SY-HL",
    actors: ["Army"],
    targets: ["Assad loyalists"],
  }),
  event({
    id: "e8",
    date: null,
    type: "foiled-plot",
    title: "Bombing plot foiled",
    region: null,
    place: null,
    actors: [GSS],
    targets: ["ISIS"],
  }),
];

function makeStore(filters: Partial<Filters> = {}, events: SecurityEvent[] = EVENTS): AppStoreApi {
  return storeWithEvents(events, { filters: { ...NO_FILTERS, ...filters } });
}

function renderPanel(store: AppStoreApi) {
  render(
    <StoreProvider store={store}>
      <FiltersPanel />
      <EventList />
    </StoreProvider>,
  );
  return { user: userEvent.setup(), store };
}

// jsdom lays nothing out: give the list's scroll area a height so the virtualiser renders rows.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "clientHeight");
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "clientHeight", {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains("event-list-scroll") ? 800 : 0;
    },
  });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, "clientHeight", clientHeight);
});

const group = (name: string) => screen.getByRole("group", { name });
const option = (groupName: string, name: RegExp) => within(group(groupName)).getByRole("checkbox", { name });

describe("the filters panel", () => {
  it("shows every governorate with its count, Arabic name and the events without one", () => {
    renderPanel(makeStore());
    const regions = group("Region");
    expect(within(regions).getAllByRole("checkbox")).toHaveLength(14);
    expect(option("Region", /^Aleppo/)).toHaveAccessibleName("Aleppo حلب 3 events");
    expect(option("Region", /^Damascus/)).toHaveAccessibleName("Damascus دمشق 2 events");
    expect(option("Region", /^Deir ez-Zor/)).toHaveAccessibleName(/2 events$/);
    // Zero-count governorates stay selectable, only dimmed.
    const homs = option("Region", /^Homs/);
    expect(homs).toHaveAccessibleName(/0 events$/);
    expect(homs).toBeEnabled();
    expect(homs.closest("label")).toHaveClass("is-zero");
    expect(within(regions).getByText("No governorate").parentElement).toHaveTextContent("No governorate1 event");
  });

  it("filters by a checked value and updates the other facets' counts, not its own", async () => {
    const { user, store } = renderPanel(makeStore());
    expect(screen.getByText("8 of 8 events")).toBeInTheDocument();
    expect(option("Type", /^Raid/)).toHaveAccessibleName("Raid 2 events");

    await user.click(option("Type", /^Raid/));
    expect(store.getState().filters.types).toEqual(["raid"]);
    expect(screen.getByText("2 of 8 events")).toBeInTheDocument();
    expect(option("Type", /^Raid/)).toBeChecked();
    expect(option("Type", /^Raid/)).toHaveAccessibleName("Raid 2 events");
    expect(option("Type", /^Arrest/)).toHaveAccessibleName("Arrest 1 event");
    expect(option("Region", /^Aleppo/)).toHaveAccessibleName(/^Aleppo حلب 1 event$/);
    expect(option("Region", /^Damascus/)).toHaveAccessibleName(/0 events$/);
    expect(option("Operating force", /^SDF/)).toHaveAccessibleName("SDF 1 event");

    await user.click(option("Region", /^Aleppo/));
    expect(screen.getByText("1 of 8 events")).toBeInTheDocument();
    expect(screen.getByRole("option", { name: /Raid on an ISIS hideout/ })).toBeInTheDocument();

    await user.click(option("Type", /^Raid/));
    expect(screen.getByText("3 of 8 events")).toBeInTheDocument();
  });

  it("filters by operating force and target group", async () => {
    const { user } = renderPanel(makeStore());
    await user.click(option("Operating force", /^Interior Ministry/));
    expect(screen.getByText("2 of 8 events")).toBeInTheDocument();
    expect(option("Target group", /^Hezbollah/)).toHaveAccessibleName("Hezbollah 1 event");
    await user.click(option("Target group", /^Hezbollah/));
    expect(screen.getByText("1 of 8 events")).toBeInTheDocument();
    expect(screen.getByRole("option", { name: /Weapons depot seized/ })).toBeInTheDocument();
  });

  it("searches titles in English and in Arabic, folding letter variants", async () => {
    const { user, store } = renderPanel(makeStore());
    const box = screen.getByRole("searchbox", { name: "Search events" });
    await user.type(box, "hideout");
    expect(await screen.findByText("1 of 8 events")).toBeInTheDocument();
    expect(store.getState().filters.text).toBe("hideout");
    expect(screen.getByRole("option", { name: /Raid on an ISIS hideout/ })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Clear search" }));
    expect(box).toHaveValue("");
    expect(store.getState().filters.text).toBe("");
    expect(screen.getByText("8 of 8 events")).toBeInTheDocument();

    // "خليه" (with ه) finds "خلية" (with ة).
    await user.type(box, "دمشق خليه");
    expect(await screen.findByText("1 of 8 events")).toBeInTheDocument();
    expect(screen.getByRole("option", { name: /Cell dismantled in Mezzeh/ })).toBeInTheDocument();
  });

  it("waits for a pause in typing before searching", async () => {
    const { user, store } = renderPanel(makeStore());
    await user.type(screen.getByRole("searchbox", { name: "Search events" }), "raid");
    expect(store.getState().filters.text).toBe("");
    await screen.findByText("2 of 8 events");
    expect(store.getState().filters.text).toBe("raid");
  });

  it("collapses long lists to the top eight with a Show all button", async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      event({
        id: `m${i}`,
        date: `2025-01-${String(i + 1).padStart(2, "0")}`,
        type: "raid",
        title: `Event ${i}`,
        region: "SY-HL",
        // Force 0 is in every event, force 1 in all but one, and so on: counts 12, 11, … 1.
        actors: Array.from({ length: 12 - i }, (_, k) => `Force ${k}`),
        targets: [],
      }),
    );
    const { user } = renderPanel(makeStore({}, many));
    const forces = group("Operating force");
    expect(within(forces).getAllByRole("checkbox")).toHaveLength(8);
    expect(within(forces).getAllByRole("checkbox")[0]).toHaveAccessibleName("Force 0 12 events");
    const more = within(forces).getByRole("button", { name: "Show all (12)" });
    expect(more).toHaveAttribute("aria-expanded", "false");
    await user.click(more);
    expect(within(forces).getAllByRole("checkbox")).toHaveLength(12);
    await user.click(within(forces).getByRole("checkbox", { name: /^Force 11 / }));
    await user.click(within(forces).getByRole("button", { name: "Show fewer" }));
    // A checked value stays visible when the list is collapsed.
    expect(within(forces).getAllByRole("checkbox")).toHaveLength(9);
    expect(within(forces).getByRole("checkbox", { name: /^Force 11 / })).toBeChecked();
    expect(screen.getByText("1 of 12 events")).toBeInTheDocument();
  });

  it("binds the map-view toggle", async () => {
    const { user, store } = renderPanel(makeStore());
    const inView = within(group("Map area")).getByRole("checkbox", { name: "Only events in the map view" });
    expect(inView).toHaveAccessibleDescription("Follows the map as you pan and zoom");
    await user.click(inView);
    expect(store.getState().filters.onlyInView).toBe(true);
    expect(screen.getByRole("button", { name: "Remove filter: In map view" })).toBeInTheDocument();
    await user.click(inView);
    expect(store.getState().filters.onlyInView).toBe(false);
  });
});

describe("active filter chips", () => {
  it("shows one removable chip per active value", async () => {
    const from = parseIsoDate("2025-01-11")?.startDay ?? 0;
    const to = parseIsoDate("2025-03-31")?.startDay ?? 0;
    const { user, store } = renderPanel(
      makeStore({
        from,
        to,
        text: "raid",
        regions: ["SY-HL", "SY-DY"],
        types: ["raid"],
        actors: [GSS],
        targets: ["ISIS"],
        includeUndated: false,
        onlyInView: true,
      }),
    );
    const chips = within(screen.getByRole("list", { name: "Active filters" }));
    expect(chips.getAllByRole("button").map((b) => b.getAttribute("aria-label"))).toEqual([
      "Remove filter: 11 Jan 2025 – 31 Mar 2025",
      "Remove filter: “raid”",
      "Remove filter: Aleppo",
      "Remove filter: Deir ez-Zor",
      "Remove filter: Raid",
      `Remove filter: ${GSS}`,
      "Remove filter: ISIS",
      "Remove filter: Undated excluded",
      "Remove filter: In map view",
    ]);

    await user.click(chips.getByRole("button", { name: "Remove filter: Aleppo" }));
    expect(store.getState().filters.regions).toEqual(["SY-DY"]);
    expect(option("Region", /^Aleppo/)).not.toBeChecked();
    // Focus moves to the chip that took its place.
    expect(chips.getByRole("button", { name: "Remove filter: Deir ez-Zor" })).toHaveFocus();

    await user.click(chips.getByRole("button", { name: "Remove filter: 11 Jan 2025 – 31 Mar 2025" }));
    expect(store.getState().filters.from).toBeNull();
    expect(store.getState().filters.to).toBeNull();

    await user.click(chips.getByRole("button", { name: "Remove filter: “raid”" }));
    expect(store.getState().filters.text).toBe("");
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveValue("");

    await user.click(chips.getByRole("button", { name: "Remove filter: Undated excluded" }));
    expect(store.getState().filters.includeUndated).toBeNull(); // back to following the date range
  });

  it("appears when a filter is set and goes when Clear all is pressed", async () => {
    const { user, store } = renderPanel(makeStore());
    expect(screen.queryByRole("list", { name: "Active filters" })).toBeNull();

    await user.click(option("Region", /^Damascus/));
    await user.click(option("Type", /^Seizure/));
    await user.type(screen.getByRole("searchbox", { name: "Search events" }), "depot");
    await screen.findByRole("button", { name: "Remove filter: “depot”" });
    expect(screen.getByRole("button", { name: "Remove filter: Damascus" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Remove filter: Seizure" })).toBeInTheDocument();
    expect(screen.getByText("1 of 8 events")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Clear all" }));
    expect(store.getState().filters).toEqual(NO_FILTERS);
    expect(screen.queryByRole("list", { name: "Active filters" })).toBeNull();
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveValue("");
    expect(option("Region", /^Damascus/)).not.toBeChecked();
    expect(screen.getByText("8 of 8 events")).toBeInTheDocument();
  });

  it("renders on its own, as the app may place it above the map", async () => {
    const store = makeStore({ types: ["strike"] });
    render(
      <StoreProvider store={store}>
        <ActiveFilterChips />
      </StoreProvider>,
    );
    await userEvent.setup().click(screen.getByRole("button", { name: "Remove filter: Strike" }));
    expect(store.getState().filters.types).toEqual([]);
    expect(screen.queryByRole("button", { name: "Clear all" })).toBeNull();
  });

  it("speaks Arabic when the interface is in Arabic", () => {
    const store = makeStore({ regions: ["SY-HL"] });
    store.setState({ lang: "ar" });
    render(
      <StoreProvider store={store}>
        <FiltersPanel />
      </StoreProvider>,
    );
    expect(screen.getByRole("searchbox", { name: "البحث في الأحداث" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "إزالة المرشح: حلب" })).toBeInTheDocument();
    expect(within(group("المنطقة")).getByRole("checkbox", { name: /^حلب/ })).toBeChecked();
  });
});
