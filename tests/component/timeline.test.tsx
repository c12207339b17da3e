import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatDay, parseIsoDate } from "../../src/domain/dates.ts";
import type { SecurityEvent } from "../../src/domain/event.ts";
import { NO_FILTERS } from "../../src/domain/filters.ts";
import { makeTimeBins } from "../../src/domain/time-bins.ts";
import { axisTicks } from "../../src/features/timeline/axis-ticks.ts";
import {
  coordinateToDay,
  dayToCoordinate,
  hitTest,
  moveRange,
  pixelToCoordinate,
  playNextRange,
  playStartRange,
  rangeDuringDrag,
  rangeForKey,
  rangeFromDrag,
  resizeRange,
  resolveRange,
} from "../../src/features/timeline/brush-math.ts";
import { activePreset, presetRange } from "../../src/features/timeline/presets.ts";
import { Timeline } from "../../src/features/timeline/timeline.tsx";
import { BASE_TICK_MS } from "../../src/features/timeline/use-playback.ts";
import { selectQuery } from "../../src/state/selectors.ts";
import type { AppStoreApi } from "../../src/state/store.ts";
import { StoreProvider } from "../../src/state/store-context.tsx";
import { storeWithEvents } from "../support/store.ts";

function day(iso: string): number {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(`bad test date ${iso}`);
  return parsed.startDay;
}

function event(id: string, date: string | null, overrides: Partial<SecurityEvent> = {}): SecurityEvent {
  const parsed = date === null ? null : parseIsoDate(date);
  return {
    id,
    date,
    datePrecision: parsed ? parsed.precision : "unknown",
    title: `Event ${id}`,
    summary: "A test event.",
    type: "raid",
    actors: ["General Security Service"],
    targets: ["ISIS"],
    location: null,
    outcome: {},
    sources: [{ name: "Test", url: "https://example.com" }],
    startDay: parsed?.startDay ?? null,
    endDay: parsed?.endDay ?? null,
    admin1: null,
    ...overrides,
  };
}

/** Two years and a bit (month bars), newest on 14 Mar 2026, three undated. */
const EVENTS: SecurityEvent[] = [
  event("a", "2024-03-10"),
  event("b", "2024-06-01", { type: "arrest" }),
  event("c", "2024-12-25"),
  event("d", "2025-01-11"),
  event("e", "2025-03-31", { type: "arrest" }),
  event("f", "2025-06-15"),
  event("g", "2025-11-02"),
  event("h", "2026-01-20"),
  event("i", "2026-02-28", { type: "arrest" }),
  event("j", "2026-03-14"),
  event("u1", null),
  event("u2", null, { type: "arrest" }),
  event("u3", null),
];

function renderTimeline(store: AppStoreApi = storeWithEvents(EVENTS)) {
  const view = render(
    <StoreProvider store={store}>
      <Timeline />
    </StoreProvider>,
  );
  return { ...view, store };
}

const range = (store: AppStoreApi) => {
  const { from, to } = store.getState().filters;
  return { from: from === null ? null : formatDay(from), to: to === null ? null : formatDay(to) };
};
const summary = () => screen.getByTestId("timeline-summary");
const brush = () => screen.getByRole("slider", { name: "Date range" });

afterEach(() => {
  vi.useRealTimers();
});

describe("the timeline histogram", () => {
  it("draws one bar per bin, says the bar unit and labels each bar with its period and counts", () => {
    const { container } = renderTimeline(storeWithEvents(EVENTS, { filters: { ...NO_FILTERS, types: ["arrest"] } }));
    expect(screen.getByText("Bars: months")).toBeInTheDocument();
    const bars = container.querySelectorAll(".tl-bar");
    expect(bars).toHaveLength(25); // March 2024 to March 2026
    expect(bars[0]?.querySelector("title")).toHaveTextContent("March 2024: 0 matching the filters, 1 in all");
    expect(bars[3]?.querySelector("title")).toHaveTextContent("June 2024: 1 matching the filters, 1 in all");
    expect(container.querySelector("svg.tl-histogram")).toHaveAttribute("viewBox", "0 0 640 88");
    expect(container.querySelectorAll(".tl-axis text").length).toBeGreaterThan(1);
    expect(summary()).toHaveTextContent("All dates");
  });

  it("fades the bars outside the selected range", () => {
    const store = storeWithEvents(EVENTS, {
      filters: { ...NO_FILTERS, from: day("2025-01-01"), to: day("2025-03-31") },
    });
    const { container } = renderTimeline(store);
    const inRange = [...container.querySelectorAll(".tl-bar.is-in")].map((bar) => bar.getAttribute("data-bin"));
    expect(inRange).toEqual(["10", "11", "12"]);
    expect(summary()).toHaveTextContent("1 Jan 2025 – 31 Mar 2025");
    expect(summary()).toHaveTextContent("2 dated events");
  });

  it("shows a message instead of a chart when no event is dated", () => {
    renderTimeline(storeWithEvents([event("u1", null), event("u2", null)]));
    expect(screen.getByText(/no timeline to draw/)).toBeInTheDocument();
    expect(screen.queryByRole("slider")).not.toBeInTheDocument();
    expect(screen.getByText("2 undated")).toBeInTheDocument();
  });

  it("copes with a single bin and with a range outside the data", async () => {
    const user = userEvent.setup();
    const store = storeWithEvents([event("a", "2025-05-05"), event("b", "2025-05-05")], {
      filters: { ...NO_FILTERS, from: day("2010-01-01"), to: day("2010-02-01") },
    });
    const { container } = renderTimeline(store);
    expect(screen.getByText("Bars: days")).toBeInTheDocument();
    expect(container.querySelectorAll(".tl-bar")).toHaveLength(1);
    expect(summary()).toHaveTextContent("No dated events in this range: the data runs 5 May 2025 – 5 May 2025");
    brush().focus();
    await user.keyboard("{ArrowRight}");
    expect(range(store)).toEqual({ from: "2025-05-05", to: "2025-05-05" });
    await user.keyboard("{Shift>}{ArrowLeft}{/Shift}{End}{Home}");
    expect(range(store)).toEqual({ from: "2025-05-05", to: "2025-05-05" });
  });

  it("speaks Arabic when the interface is in Arabic", () => {
    renderTimeline(storeWithEvents(EVENTS, { lang: "ar" }));
    expect(screen.getByText("الأعمدة: أشهر")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "آخر ٣٠ يوماً" })).toBeInTheDocument();
    expect(screen.getByText("كل التواريخ")).toBeInTheDocument();
  });
});

describe("presets", () => {
  it("count back from the newest event, not from today, and show which one is active", async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline();
    expect(screen.getByText("Presets count back from the newest event, 14 Mar 2026")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Everything" })).toHaveAttribute("aria-pressed", "true");

    await user.click(screen.getByRole("button", { name: "Last 30 days" }));
    expect(range(store)).toEqual({ from: "2026-02-13", to: "2026-03-14" });
    expect(summary()).toHaveTextContent("13 Feb 2026 – 14 Mar 2026");
    expect(screen.getByRole("button", { name: "Last 30 days" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "Everything" })).toHaveAttribute("aria-pressed", "false");

    await user.click(screen.getByRole("button", { name: "Last 90 days" }));
    expect(range(store)).toEqual({ from: "2025-12-15", to: "2026-03-14" });

    await user.click(screen.getByRole("button", { name: "Last 12 months" }));
    expect(range(store)).toEqual({ from: "2025-03-15", to: "2026-03-14" });
    expect(summary()).toHaveTextContent("15 Mar 2025 – 14 Mar 2026");

    await user.click(screen.getByRole("button", { name: "This year" }));
    expect(range(store)).toEqual({ from: "2026-01-01", to: "2026-03-14" });
    expect(brush()).toHaveAttribute("aria-valuetext", "1 Jan 2026 – 14 Mar 2026");

    await user.click(screen.getByRole("button", { name: "Everything" }));
    expect(range(store)).toEqual({ from: null, to: null });
    expect(summary()).toHaveTextContent("All dates");
  });
});

describe("date inputs", () => {
  it("set an exact range, follow the store, and treat empty as open-ended", async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline();
    const fromInput = screen.getByLabelText("From");
    const toInput = screen.getByLabelText("To");
    expect(fromInput).toHaveValue("");

    await user.type(fromInput, "2025-01-01");
    expect(range(store)).toEqual({ from: "2025-01-01", to: null });
    expect(summary()).toHaveTextContent("From 1 Jan 2025");

    await user.type(toInput, "2025-03-31");
    expect(range(store)).toEqual({ from: "2025-01-01", to: "2025-03-31" });
    expect(summary()).toHaveTextContent("1 Jan 2025 – 31 Mar 2025");

    await user.click(screen.getByRole("button", { name: "Last 30 days" }));
    expect(fromInput).toHaveValue("13 Feb 2026");
    expect(toInput).toHaveValue("14 Mar 2026");

    await user.clear(fromInput);
    expect(range(store)).toEqual({ from: null, to: "2026-03-14" });
    expect(summary()).toHaveTextContent("Until 14 Mar 2026");
  });

  it("moves the other end when a From after To (or a To before From) is entered", async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline(
      storeWithEvents(EVENTS, { filters: { ...NO_FILTERS, from: day("2025-01-01"), to: day("2025-03-31") } }),
    );
    const fromInput = screen.getByLabelText("From");
    await user.clear(fromInput);
    await user.type(fromInput, "2025-06-01");
    expect(range(store)).toEqual({ from: "2025-06-01", to: "2025-06-01" });
    expect(screen.getByRole("status")).toHaveTextContent("“To” moved to match “From”.");
    expect(screen.getByLabelText("To")).toHaveValue("1 Jun 2025");

    const toInput = screen.getByLabelText("To");
    await user.clear(toInput);
    await user.type(toInput, "2025-08-31");
    expect(range(store)).toEqual({ from: "2025-06-01", to: "2025-08-31" });
    expect(screen.getByRole("status")).toHaveTextContent("");
  });
});

describe("date boxes", () => {
  it.each(["2025-03-06", "6/3/2025", "6 Mar 2025"])(
    "read %s as 6 March 2025 and show it day-month-year",
    async (typed) => {
      const user = userEvent.setup();
      const { store } = renderTimeline();
      const fromInput = screen.getByLabelText("From");
      expect(fromInput).toHaveAttribute("type", "text"); // a click anywhere puts the caret there
      await user.type(fromInput, typed);
      expect(range(store)).toEqual({ from: "2025-03-06", to: null });
      await user.tab();
      expect(fromInput).toHaveValue("6 Mar 2025");
    },
  );

  it("show day-month-year in Arabic, with Arabic digits, and read Arabic typing", async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline(
      storeWithEvents(EVENTS, { lang: "ar", filters: { ...NO_FILTERS, from: day("2025-03-06") } }),
    );
    const fromInput = screen.getByLabelText("من");
    expect(fromInput).toHaveValue("٦ آذار ٢٠٢٥");
    const toInput = screen.getByLabelText("إلى");
    await user.type(toInput, "٩/٤/٢٠٢٥");
    expect(range(store)).toEqual({ from: "2025-03-06", to: "2025-04-09" });
    await user.tab();
    expect(toInput).toHaveValue("٩ نيسان ٢٠٢٥");
  });

  it("keep an impossible day on screen, say so when leaving the box, and change nothing", async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline();
    const fromInput = screen.getByLabelText("From");
    await user.type(fromInput, "31/2/2025");
    await user.tab();
    expect(fromInput).toHaveValue("31/2/2025");
    expect(fromInput).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("Enter a full date, or leave empty")).toBeInTheDocument();
    expect(range(store)).toEqual({ from: null, to: null });
  });
});

describe("the brush", () => {
  it("is a slider whose arrow keys move the range by a bar and Shift+arrows move its end", async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline(
      storeWithEvents(EVENTS, { filters: { ...NO_FILTERS, from: day("2025-01-01"), to: day("2025-03-31") } }),
    );
    const slider = brush();
    expect(slider).toHaveAttribute("aria-valuetext", "1 Jan 2025 – 31 Mar 2025");
    slider.focus();

    await user.keyboard("{ArrowRight}");
    expect(range(store)).toEqual({ from: "2025-02-01", to: "2025-04-30" });
    expect(slider).toHaveAttribute("aria-valuetext", "1 Feb 2025 – 30 Apr 2025");

    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(range(store)).toEqual({ from: "2024-12-01", to: "2025-02-28" });

    await user.keyboard("{Shift>}{ArrowRight}{ArrowRight}{/Shift}");
    expect(range(store)).toEqual({ from: "2024-12-01", to: "2025-04-30" });
    await user.keyboard("{Shift>}{ArrowLeft}{/Shift}");
    expect(range(store)).toEqual({ from: "2024-12-01", to: "2025-03-31" });

    await user.keyboard("{Home}");
    expect(range(store)).toEqual({ from: "2024-03-01", to: "2024-06-30" });
    await user.keyboard("{End}");
    expect(range(store)).toEqual({ from: "2025-12-01", to: "2026-03-31" });
    await user.keyboard("{ArrowRight}");
    expect(range(store)).toEqual({ from: "2025-12-01", to: "2026-03-31" });

    await user.keyboard("{Delete}");
    expect(range(store)).toEqual({ from: null, to: null });
    expect(slider).toHaveAttribute("aria-valuetext", "All dates");
  });

  it("starts a small window from the keyboard when no range is set", async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline();
    await user.tab();
    await user.tab();
    brush().focus();
    await user.keyboard("{ArrowRight}");
    expect(range(store)).toEqual({ from: "2024-03-01", to: "2024-05-31" });
    await user.keyboard("{Delete}{ArrowLeft}");
    expect(range(store)).toEqual({ from: "2026-01-01", to: "2026-03-31" });
  });

  it("draws, moves and resizes the range by dragging, and double-click clears it", () => {
    const { container, store } = renderTimeline();
    const surface = container.querySelector(".tl-surface") as HTMLElement;
    // No layout in jsdom: the chart is 640px wide, 25 bars of 25.6px, starting at x = 0.
    fireEvent.pointerDown(surface, { clientX: 30, pointerId: 1, button: 0 });
    expect(range(store)).toEqual({ from: "2024-04-01", to: "2024-04-30" });
    expect(brush()).toHaveFocus();
    fireEvent.pointerMove(surface, { clientX: 100, pointerId: 1 });
    fireEvent.pointerUp(surface, { clientX: 100, pointerId: 1 });
    expect(range(store)).toEqual({ from: "2024-04-01", to: "2024-06-30" });

    // Grab the middle and move it two bars later.
    fireEvent.pointerDown(surface, { clientX: 60, pointerId: 2, button: 0 });
    fireEvent.pointerMove(surface, { clientX: 112, pointerId: 2 });
    fireEvent.pointerUp(surface, { clientX: 112, pointerId: 2 });
    expect(range(store)).toEqual({ from: "2024-06-01", to: "2024-08-31" });

    // Grab the end edge (x = 6 bars = 153.6px) and pull it two bars further.
    fireEvent.pointerDown(surface, { clientX: 154, pointerId: 3, button: 0 });
    fireEvent.pointerMove(surface, { clientX: 205, pointerId: 3 });
    fireEvent.pointerUp(surface, { clientX: 205, pointerId: 3 });
    expect(range(store)).toEqual({ from: "2024-06-01", to: "2024-10-31" });

    fireEvent.doubleClick(surface);
    expect(range(store)).toEqual({ from: null, to: null });
  });
});

describe("clearing", () => {
  it("the Clear button resets the range", async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline(
      storeWithEvents(EVENTS, { filters: { ...NO_FILTERS, from: day("2025-01-01"), to: day("2025-03-31") } }),
    );
    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(range(store)).toEqual({ from: null, to: null });
    expect(summary()).toHaveTextContent("All dates");
    expect(screen.getByRole("button", { name: "Clear" })).toHaveAttribute("aria-disabled", "true");
    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(range(store)).toEqual({ from: null, to: null });
  });
});

describe("undated events", () => {
  it("are counted beside the timeline and can be left out, never silently", async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline();
    expect(screen.getByText("3 undated")).toBeInTheDocument();
    const toggle = screen.getByRole("checkbox", { name: "Include undated" });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(store.getState().filters.includeUndated).toBe(false);
    expect(screen.getByText("3 undated")).toBeInTheDocument();
    expect(screen.getByText("Hidden from the map and list")).toBeInTheDocument();
    act(() => store.getState().setFilters({ types: ["arrest"] }));
    expect(screen.getByText("1 undated")).toBeInTheDocument();
    await user.click(toggle);
    expect(store.getState().filters.includeUndated).toBeNull();
  });

  it("are left out of a date range unless included, and the toggle says how many", async () => {
    const user = userEvent.setup();
    const { store } = renderTimeline(
      storeWithEvents(EVENTS, { filters: { ...NO_FILTERS, from: day("2025-01-01"), to: day("2025-12-31") } }),
    );
    const matches = () => [...(selectQuery(store.getState())?.positions ?? [])];
    expect(matches()).toHaveLength(4); // d, e, f, g: no undated
    expect(screen.queryByRole("checkbox", { name: "Include undated" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "3 undated reports not shown — include" }));
    expect(store.getState().filters.includeUndated).toBe(true);
    expect(matches()).toHaveLength(7);
    await user.click(screen.getByRole("button", { name: "3 undated reports shown — leave out" }));
    expect(store.getState().filters.includeUndated).toBeNull();
    expect(matches()).toHaveLength(4);
  });

  it("say in Arabic how many a date range leaves out, in Arabic digits", () => {
    renderTimeline(
      storeWithEvents(EVENTS, {
        lang: "ar",
        filters: { ...NO_FILTERS, from: day("2025-01-01"), to: day("2025-12-31"), includeUndated: true },
      }),
    );
    expect(screen.getByRole("button", { name: "تقارير بلا تاريخ معروضة: ٣ — استبعادها" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });
});

/**
 * Playback ticks on setInterval; only that is faked, so the real setTimeout that Testing
 * Library and user-event wait on keeps working.
 */
const fakePlaybackTimers = () => vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });

describe("play", () => {
  it("steps a window across the span one bar per tick, and pause keeps it", async () => {
    fakePlaybackTimers();
    const user = userEvent.setup();
    const { store } = renderTimeline();
    await user.click(screen.getByRole("button", { name: "Play" }));
    expect(range(store)).toEqual({ from: "2024-03-01", to: "2024-05-31" });
    expect(screen.getByRole("button", { name: "Pause" })).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(BASE_TICK_MS));
    expect(range(store)).toEqual({ from: "2024-04-01", to: "2024-06-30" });
    act(() => vi.advanceTimersByTime(BASE_TICK_MS));
    expect(range(store)).toEqual({ from: "2024-05-01", to: "2024-07-31" });

    await user.click(screen.getByRole("button", { name: "Pause" }));
    act(() => vi.advanceTimersByTime(BASE_TICK_MS * 5));
    expect(range(store)).toEqual({ from: "2024-05-01", to: "2024-07-31" });
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();

    // Resuming continues from the kept window, faster at 2×.
    await user.selectOptions(screen.getByLabelText("Speed"), "2");
    await user.click(screen.getByRole("button", { name: "Play" }));
    expect(range(store)).toEqual({ from: "2024-05-01", to: "2024-07-31" });
    act(() => vi.advanceTimersByTime(BASE_TICK_MS / 2));
    expect(range(store)).toEqual({ from: "2024-06-01", to: "2024-08-31" });
  });

  it("keeps the current range's width and stops at the end", async () => {
    fakePlaybackTimers();
    const user = userEvent.setup();
    const { store, unmount } = renderTimeline(
      storeWithEvents(EVENTS, { filters: { ...NO_FILTERS, from: day("2025-11-01"), to: day("2026-01-31") } }),
    );
    await user.click(screen.getByRole("button", { name: "Play" }));
    act(() => vi.advanceTimersByTime(BASE_TICK_MS));
    expect(range(store)).toEqual({ from: "2025-12-01", to: "2026-02-28" });
    act(() => vi.advanceTimersByTime(BASE_TICK_MS));
    expect(range(store)).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    act(() => vi.advanceTimersByTime(BASE_TICK_MS * 3));
    expect(range(store)).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();

    // Playing again from the end starts over at the beginning; unmounting stops the timer.
    await user.click(screen.getByRole("button", { name: "Play" }));
    expect(range(store)).toEqual({ from: "2024-03-01", to: "2024-05-31" });
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("never shows undated events while playing, and gives the choice back when paused", async () => {
    fakePlaybackTimers();
    const user = userEvent.setup();
    const { store } = renderTimeline(
      storeWithEvents(EVENTS, { filters: { ...NO_FILTERS, from: day("2025-01-01"), to: day("2025-03-31") } }),
    );
    await user.click(screen.getByRole("button", { name: "3 undated reports not shown — include" }));
    await user.click(screen.getByRole("button", { name: "Play" }));
    const undatedShown = () => [...(selectQuery(store.getState())?.positions ?? [])].some((p) => p >= 10); // positions 10+ are undated
    for (let step = 0; step < 4; step++) {
      expect(undatedShown()).toBe(false);
      act(() => vi.advanceTimersByTime(BASE_TICK_MS));
    }
    await user.click(screen.getByRole("button", { name: "Pause" }));
    expect(store.getState().filters.includeUndated).toBe(true);
    expect(undatedShown()).toBe(true);
  });

  it("pauses when the range is changed by hand", async () => {
    fakePlaybackTimers();
    const user = userEvent.setup();
    const { store } = renderTimeline();
    await user.click(screen.getByRole("button", { name: "Play" }));
    await user.click(screen.getByRole("button", { name: "Last 90 days" }));
    act(() => vi.advanceTimersByTime(BASE_TICK_MS * 3));
    expect(range(store)).toEqual({ from: "2025-12-15", to: "2026-03-14" });
    expect(
      within(screen.getByRole("region", { name: "Timeline" })).getByRole("button", { name: "Play" }),
    ).toBeVisible();
  });
});

describe("brush math", () => {
  const months = makeTimeBins(day("2024-03-10"), day("2026-03-14"));
  const d = (iso: string) => day(iso);
  const iso = (r: { from: number; to: number } | null) => r && { from: formatDay(r.from), to: formatDay(r.to) };

  it("places days on an axis of equal-width bars and back", () => {
    expect(months.unit).toBe("month");
    expect(dayToCoordinate(months, d("2024-03-01"))).toBe(0);
    expect(dayToCoordinate(months, d("2024-04-01"))).toBe(1);
    expect(dayToCoordinate(months, d("2024-04-16"))).toBeCloseTo(1.5);
    expect(dayToCoordinate(months, d("2026-04-01"))).toBe(25);
    expect(dayToCoordinate(months, d("2024-02-01"))).toBeLessThan(0);
    for (const date of ["2024-03-01", "2024-02-14", "2025-07-19", "2026-03-31", "2026-05-02"])
      expect(formatDay(coordinateToDay(months, dayToCoordinate(months, d(date))))).toBe(date);
    expect(pixelToCoordinate(320, 640, months)).toBe(12.5);
    expect(pixelToCoordinate(10, 0, months)).toBe(0);
  });

  it("snaps drawn ranges to whole bars, at least one", () => {
    expect(iso(rangeFromDrag(months, 1.2, 1.2))).toEqual({ from: "2024-04-01", to: "2024-04-30" });
    expect(iso(rangeFromDrag(months, 3.7, 1.2))).toEqual({ from: "2024-04-01", to: "2024-06-30" });
    expect(iso(rangeFromDrag(months, -4, 99))).toEqual({ from: "2024-03-01", to: "2026-03-31" });
  });

  it("moves ranges without leaving the data and resizes by either edge, flipping past the other", () => {
    const q1 = { from: d("2025-01-01"), to: d("2025-03-31") };
    expect(iso(moveRange(months, q1, 2))).toEqual({ from: "2025-03-01", to: "2025-05-31" });
    expect(iso(moveRange(months, q1, -100))).toEqual({ from: "2024-03-01", to: "2024-05-31" });
    expect(iso(moveRange(months, q1, 100))).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(iso(resizeRange(months, q1, "end", 14.6))).toEqual({ from: "2025-01-01", to: "2025-05-31" });
    expect(iso(resizeRange(months, q1, "start", 8.2))).toEqual({ from: "2024-11-01", to: "2025-03-31" });
    expect(iso(resizeRange(months, q1, "end", 6))).toEqual({ from: "2024-09-01", to: "2024-12-31" });
    expect(iso(resizeRange(months, q1, "end", 10.2))).toEqual({ from: "2025-01-01", to: "2025-01-31" });
    const drag = { mode: "move" as const, anchor: 11, original: q1 };
    expect(iso(rangeDuringDrag(months, drag, 11.4))).toEqual(iso(q1));
    expect(iso(rangeDuringDrag(months, drag, 12.6))).toEqual({ from: "2025-03-01", to: "2025-05-31" });
  });

  it("tells edges, inside and outside apart, keeping a middle for narrow selections", () => {
    const selection = { left: 100, right: 200 };
    expect(hitTest(50, selection)).toBe("outside");
    expect(hitTest(96, selection)).toBe("start");
    expect(hitTest(150, selection)).toBe("inside");
    expect(hitTest(205, selection)).toBe("end");
    expect(hitTest(150, null)).toBe("outside");
    expect(hitTest(105, { left: 100, right: 110 })).toBe("inside");
  });

  it("answers keys, leaving other keys alone", () => {
    const q1 = { from: d("2025-01-01"), to: d("2025-03-31") };
    expect(rangeForKey(months, q1, "a", false)).toBeUndefined();
    expect(rangeForKey(months, q1, "Delete", false)).toBeNull();
    // A page is a tenth of the 25 bars, rounded: 3.
    expect(iso(rangeForKey(months, q1, "PageUp", false) ?? null)).toEqual({ from: "2025-04-01", to: "2025-06-30" });
    expect(iso(rangeForKey(months, null, "Shift", false) ?? null)).toBeNull();
    expect(iso(rangeForKey(months, null, "ArrowLeft", true) ?? null)).toEqual({ from: "2024-03-01", to: "2026-02-28" });
    // Ranges off the bar boundaries keep their place within each bar (here 31 days, mid-month to mid-month).
    const mid = { from: d("2025-01-16"), to: d("2025-02-15") };
    expect(iso(rangeForKey(months, mid, "ArrowRight", false) ?? null)).toEqual({
      from: "2025-02-15",
      to: "2025-03-17",
    });
  });

  it("plays from the start, keeps widths, and ends at the last bar", () => {
    expect(iso(playStartRange(months, null))).toEqual({ from: "2024-03-01", to: "2024-05-31" });
    const everything = { from: d("2024-03-01"), to: d("2026-03-31") };
    expect(iso(playStartRange(months, everything))).toEqual({ from: "2024-03-01", to: "2024-05-31" });
    const last = { from: d("2026-02-01"), to: d("2026-03-31") };
    expect(iso(playStartRange(months, last))).toEqual({ from: "2024-03-01", to: "2024-04-30" });
    expect(playNextRange(months, last)).toBeNull();
    expect(iso(playNextRange(months, { from: d("2026-01-01"), to: d("2026-02-28") }))).toEqual(iso(last));
  });

  it("closes open-ended ranges at the edges of the data", () => {
    expect(resolveRange(months, { from: null, to: null })).toBeNull();
    expect(iso(resolveRange(months, { from: d("2025-01-01"), to: null }))).toEqual({
      from: "2025-01-01",
      to: "2026-03-31",
    });
    expect(iso(resolveRange(months, { from: null, to: d("2024-05-02") }))).toEqual({
      from: "2024-03-01",
      to: "2024-05-02",
    });
  });

  it("puts a few calendar ticks on the axis, at least 76px apart", () => {
    const { step, ticks } = axisTicks(months, 640);
    expect(step).toEqual({ kind: "month", months: 3 });
    expect(ticks.map((tick) => formatDay(tick.day))[0]).toBe("2024-04-01");
    for (let i = 1; i < ticks.length; i++)
      expect((ticks[i]?.x ?? 0) - (ticks[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(76);
    const oneDay = makeTimeBins(d("2025-05-05"), d("2025-05-05"));
    expect(axisTicks(oneDay, 640).ticks).toEqual([{ day: d("2025-05-05"), x: 0 }]);
    const decades = makeTimeBins(d("1990-01-01"), d("2025-12-31"));
    expect(axisTicks(decades, 300).step.kind).toBe("year");
  });
});

describe("preset ranges", () => {
  it("count back from the given newest day", () => {
    const iso = (r: { from: number; to: number } | null) => r && { from: formatDay(r.from), to: formatDay(r.to) };
    expect(iso(presetRange("last30", day("2026-03-14")))).toEqual({ from: "2026-02-13", to: "2026-03-14" });
    expect(iso(presetRange("last12Months", day("2024-02-29")))).toEqual({ from: "2023-03-02", to: "2024-02-29" });
    expect(iso(presetRange("thisYear", day("2026-03-14")))).toEqual({ from: "2026-01-01", to: "2026-03-14" });
    expect(presetRange("everything", day("2026-03-14"))).toBeNull();
    expect(activePreset(day("2026-01-01"), day("2026-03-14"), day("2026-03-14"))).toBe("thisYear");
    expect(activePreset(day("2026-01-02"), day("2026-03-14"), day("2026-03-14"))).toBeNull();
    expect(activePreset(null, null, day("2026-03-14"))).toBe("everything");
  });
});
