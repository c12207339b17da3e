import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/app.tsx";
import { ErrorBoundary } from "../../src/app/error-boundary.tsx";
import { ANNOUNCE_DELAY_MS, MatchAnnouncer } from "../../src/app/match-announcer.tsx";
import { noticeText } from "../../src/app/notice-text.ts";
import { fatalError, problemText } from "../../src/data/load-problem.ts";
import { FatalErrorScreen } from "../../src/features/status/fatal-error-screen.tsx";
import { LoadProgressPanel } from "../../src/features/status/load-progress.tsx";
import { LoadSummary } from "../../src/features/status/load-summary.tsx";
import { Timeline } from "../../src/features/timeline/timeline.tsx";
import { formatDecimal, formatIsoDate, textDirection } from "../../src/i18n/format.ts";
import { type AppStoreApi, createAppStore } from "../../src/state/store.ts";
import { StoreProvider } from "../../src/state/store-context.tsx";
import type { UrlNotice } from "../../src/url/url-messages.ts";
import { parseUrlState } from "../../src/url/url-state.ts";
import { diskFetch } from "../support/disk.ts";
import { datasetText, validRecord } from "../support/records.ts";
import { loadRecords, openDataset, readyStore } from "../support/store.ts";

const RECORDS = [
  validRecord({ id: "a", date: "2025-01-11", title: "Raid in Aleppo" }),
  validRecord({ id: "b", date: "2025-06-02", title: "Arrest in Homs", type: "arrest" }),
  validRecord({ id: "c", date: "2026-02-20", title: "Seizure in Daraa", type: "seizure" }),
  validRecord({ id: "d", date: null, title: "Undated raid" }),
];

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.documentElement.lang = "";
  document.documentElement.removeAttribute("dir");
});

function Broken(): never {
  throw new Error("boom");
}

function withStore(store: AppStoreApi, ui: ReactNode) {
  return render(<StoreProvider store={store}>{ui}</StoreProvider>);
}

describe("the whole interface in Arabic", () => {
  it("sets <html lang dir>, speaks Arabic in the header, and switches language from the header", async () => {
    const user = userEvent.setup();
    vi.stubGlobal("fetch", diskFetch({ "data/events.json": datasetText(RECORDS) }));
    const store = createAppStore({ lang: "ar" });
    render(<App store={store} />);
    const counts = await screen.findByTestId("event-count");
    expect(counts).toHaveTextContent("العمليات المُبلَّغ عنها: ٤ · على الخريطة: ٤ · بلا تاريخ: ١");
    expect(document.documentElement).toHaveAttribute("lang", "ar");
    expect(document.documentElement).toHaveAttribute("dir", "rtl");
    expect(document.title).toBe("خريطة العمليات الأمنية في سوريا");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("خريطة العمليات الأمنية في سوريا");
    expect(screen.getByText("الأحداث المحمّلة: ٤")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "انتقل إلى قائمة الأحداث" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "English" }));
    expect(store.getState().lang).toBe("en");
    expect(document.documentElement).toHaveAttribute("lang", "en");
    expect(document.documentElement).toHaveAttribute("dir", "ltr");
    expect(screen.getByTestId("event-count")).toHaveTextContent("4 reported operations · 4 on the map · 1 undated");
    expect(screen.getByRole("button", { name: "العربية" })).toHaveAttribute("lang", "ar");
  });
});

describe("status screens", () => {
  it("say loading progress and a fatal error in Arabic", () => {
    const store = createAppStore({ lang: "ar" });
    withStore(
      store,
      <>
        <LoadProgressPanel
          what="data/events.json"
          progress={{ phase: "validating", done: 1200, total: 5000 }}
          onCancel={() => {}}
        />
        <FatalErrorScreen
          error={fatalError("data/x.json", {
            code: "fatal.not-json",
            params: { detail: "Unexpected end of JSON input" },
          })}
        />
      </>,
    );
    expect(screen.getByText("فحص السجلات: ١٬٢٠٠ من ٥٬٠٠٠")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "إلغاء" })).toBeInTheDocument();
    const alert = screen.getByRole("alert");
    expect(within(alert).getByRole("heading")).toHaveTextContent("تعذّر تحميل مجموعة البيانات");
    const said = within(alert).getByText(/^الملف ليس JSON صالحًا: /);
    expect(said).toHaveTextContent("Unexpected end of JSON input");
    expect(said).not.toHaveAttribute("lang");
    expect(within(alert).getByRole("button", { name: "إعادة التحميل" })).toBeInTheDocument();
  });

  it("count loaded and skipped records in Arabic digits", async () => {
    const user = userEvent.setup();
    const dataset = openDataset(loadRecords(RECORDS.slice(0, 2)));
    const badDate = problemText({ code: "problem.not-a-date", params: { value: "2025-02-30" } });
    const withProblem = { ...dataset, problems: [{ severity: "error" as const, index: 3, ...badDate }] };
    withStore(createAppStore({ lang: "ar" }), <LoadSummary dataset={withProblem} />);
    expect(screen.getByRole("status")).toHaveTextContent("الأحداث المحمّلة: ٢، السجلات المتخطّاة: ١");
    await user.click(screen.getByRole("button", { name: "عرض التفاصيل" }));
    expect(screen.getByText("تم تخطيه")).toBeInTheDocument();
    // Where it is and what is wrong, both in Arabic; the value as it was written.
    const said = screen.getByText(/^السجل ٤: ⁨"2025-02-30"⁩ ليس تاريخًا صحيحًا$/);
    expect(said).not.toHaveAttribute("lang");
    expect(said.querySelector("[lang]")).toBeNull();
  });

  it("the error boundary speaks the page's language", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    document.documentElement.lang = "ar";
    render(
      <ErrorBoundary area={{ en: "the map", ar: "الخريطة" }}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("حدث خطأ في الخريطة");
    expect(screen.getByRole("button", { name: "حاول مجددًا" })).toBeInTheDocument();
  });
});

describe("notices", () => {
  it("are said in the interface's language, from their codes", () => {
    const { notices } = parseUrlState("?region=XX&map=banana&from=2025-02-30&lang=fr");
    expect(notices).toHaveLength(4);
    for (const notice of notices) {
      const arabic = noticeText(notice, "ar");
      expect(arabic).not.toBe(noticeText(notice, "en"));
      expect(arabic).toMatch(/^تم تجاهل /);
    }
    expect(noticeText({ code: "nobody.knows", params: {} }, "ar")).toBe("nobody.knows");
    expect(noticeText(notices[0] as UrlNotice, "en")).toMatch(/^Ignored \w+=\S+: /);
  });
});

describe("formatting", () => {
  it("writes numbers, coordinates and report dates for the language", () => {
    expect(formatDecimal(33.447, 4, "ar")).toBe("٣٣٫٤٤٧٠");
    expect(formatDecimal(33.447, 4, "en")).toBe("33.4470");
    expect(formatIsoDate("2025-01-21", "en")).toBe("21 January 2025");
    expect(formatIsoDate("2025-01", "ar")).toMatch(/٢٠٢٥/);
    expect(formatIsoDate("soon", "en")).toBe("soon");
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("en")).toBe("ltr");
  });
});

describe("the timeline in Arabic", () => {
  it("is mirrored, and its left arrow moves the range toward later dates", async () => {
    const user = userEvent.setup();
    const store = readyStore(RECORDS, { lang: "ar" });
    const { container } = withStore(store, <Timeline />);
    expect(container.querySelector(".tl-plot")).toHaveClass("is-mirrored");
    const slider = screen.getByRole("slider", { name: "النطاق الزمني" });
    slider.focus();
    await user.keyboard("{Home}");
    const start = store.getState().filters.from as number;
    await user.keyboard("{ArrowLeft}");
    expect(store.getState().filters.from as number).toBeGreaterThan(start);
    await user.keyboard("{ArrowRight}");
    expect(store.getState().filters.from).toBe(start);
    // The folded form (used on phones) names the range and opens the full timeline.
    const toggle = screen.getByRole("button", { name: "الخط الزمني" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(screen.getByRole("button", { name: "إخفاء الخط الزمني" })).toHaveAttribute("aria-expanded", "true");
  });

  it("is not mirrored in English, where the right arrow moves toward later dates", async () => {
    const user = userEvent.setup();
    const store = readyStore(RECORDS, { lang: "en" });
    const { container } = withStore(store, <Timeline />);
    expect(container.querySelector(".tl-plot")).not.toHaveClass("is-mirrored");
    screen.getByRole("slider", { name: "Date range" }).focus();
    await user.keyboard("{Home}");
    const start = store.getState().filters.from as number;
    await user.keyboard("{ArrowRight}");
    expect(store.getState().filters.from as number).toBeGreaterThan(start);
  });
});

describe("the match announcer", () => {
  it("says nothing on load, then the count once the filters have been still for a moment", () => {
    vi.useFakeTimers();
    const store = readyStore(RECORDS, { lang: "en" });
    withStore(store, <MatchAnnouncer />);
    const region = screen.getByRole("status");
    expect(region).toHaveAttribute("aria-live", "polite");
    expect(region).toHaveTextContent("");
    act(() => store.getState().setFilters({ types: ["raid"] }));
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS / 2));
    act(() => store.getState().setFilters({ types: ["raid", "arrest"] }));
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS - 10));
    expect(region).toHaveTextContent("");
    act(() => vi.advanceTimersByTime(20));
    expect(region).toHaveTextContent("3 events match");
    act(() => store.getState().setLang("ar"));
    act(() => store.getState().setFilters({ types: ["arrest"] }));
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(region).toHaveTextContent("الأحداث المطابقة: ١");
  });
});
