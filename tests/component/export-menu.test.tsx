import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { parseDatasetFile } from "../../src/data/import/parse-dataset-file.ts";
import { parseIsoDate } from "../../src/domain/dates.ts";
import { ExportMenu } from "../../src/features/export/export-menu.tsx";
import type { AppStoreApi } from "../../src/state/store.ts";
import { StoreProvider } from "../../src/state/store-context.tsx";
import { bundledLocator } from "../support/disk.ts";
import { captureDownloads } from "../support/downloads.ts";
import { validRecord } from "../support/records.ts";
import { readyStore } from "../support/store.ts";

const records = [
  validRecord({ id: "a", date: "2025-01-05", title: '=HYPERLINK("https://evil.example")' }),
  validRecord({ id: "b", date: "2025-02-10", type: "arrest" }),
  validRecord({
    id: "c",
    date: "2025-03-20",
    location: { name: "Homs", lat: 34.7324, lon: 36.7137, precision: "town" },
  }),
  validRecord({ id: "d", date: null, location: null }),
];

const { blobs, names: downloads } = captureDownloads();

function renderMenu(store: AppStoreApi) {
  return render(
    <StoreProvider store={store}>
      <ExportMenu />
    </StoreProvider>,
  );
}

async function exported(name: string) {
  await userEvent.click(screen.getByRole("button", { name }));
  const blob = blobs.at(-1);
  if (!blob) throw new Error("nothing was downloaded");
  const result = parseDatasetFile(await blob.text(), downloads.at(-1) ?? "", bundledLocator());
  if (!result.ok) throw new Error(result.error.message);
  return { blob, name: downloads.at(-1), result };
}

describe("the export menu", () => {
  it("exports only the events the filters show, in each format, named after the dataset and filters", async () => {
    const store = readyStore(records);
    store.getState().setFilters({
      from: parseIsoDate("2025-01-01")?.startDay ?? null,
      to: parseIsoDate("2025-02-28")?.endDay ?? null,
      regions: ["SY-HL"],
    });
    renderMenu(store);
    expect(screen.getByRole("group", { name: "Export the events shown" })).toHaveTextContent("Export 2 shown");

    const csv = await exported("CSV");
    expect(csv.name).toBe("test-dataset_2025-01-01_2025-02-28_aleppo.csv");
    expect(csv.blob.type).toBe("text/csv;charset=utf-8");
    expect(csv.result.events.map((e) => e.id)).toEqual(["a", "b"]);
    expect(csv.result.events[0]?.title).toBe('=HYPERLINK("https://evil.example")');
    expect(await csv.blob.text()).toContain(`'=HYPERLINK(""https://evil.example"")`);

    const geo = await exported("GeoJSON");
    expect(geo.name).toBe("test-dataset_2025-01-01_2025-02-28_aleppo.geojson");
    expect(geo.result.format).toBe("geojson");
    expect(geo.result.events.map((e) => e.id)).toEqual(["a", "b"]);

    const json = await exported("JSON");
    expect(json.result.format).toBe("json-v1");
    expect(json.result.metadata.title).toBe("Test dataset");
    expect(json.result.events.map((e) => e.id)).toEqual(["a", "b"]);
  });

  it("exports everything, undated events included, with no filters", async () => {
    renderMenu(readyStore(records));
    const json = await exported("JSON");
    expect(json.name).toBe("test-dataset.json");
    expect(json.result.events.map((e) => e.id).sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("has nothing to export when no event is shown", () => {
    const store = readyStore(records);
    store.getState().setFilters({ types: ["seizure"] });
    renderMenu(store);
    expect(screen.getByText("No events to export")).toBeInTheDocument();
    for (const name of ["CSV", "GeoJSON", "JSON"]) expect(screen.getByRole("button", { name })).toBeDisabled();
  });
});
