import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/app.tsx";
import { ErrorBoundary } from "../../src/app/error-boundary.tsx";
import { diskFetch } from "../support/disk.ts";
import { datasetText, validRecord } from "../support/records.ts";

function serveDataset(text: string) {
  vi.stubGlobal("fetch", diskFetch({ "data/events.json": text }));
}

afterEach(() => vi.unstubAllGlobals());

describe("loading a dataset", () => {
  it("shows the count and a load summary once the dataset is in", async () => {
    serveDataset(datasetText([validRecord({ id: "a" }), validRecord({ id: "b", date: null })]));
    render(<App />);
    expect(await screen.findByTestId("event-count")).toHaveTextContent(
      "2 reported operations · 2 on the map · 1 undated",
    );
    expect(screen.getByText(/events? loaded/)).toHaveTextContent("2 events loaded");
    expect(screen.getByRole("region", { name: /map of syria/i })).toBeInTheDocument();
  });

  it("shows what was skipped and why, keeping the valid records", async () => {
    const user = userEvent.setup();
    serveDataset(datasetText([validRecord({ id: "good" }), validRecord({ id: "bad", date: "2025-13-01" })]));
    render(<App />);
    const summary = await screen.findByText(/events? loaded/);
    expect(summary).toHaveTextContent("1 event loaded, 1 record skipped");
    await user.click(screen.getByRole("button", { name: "Show details" }));
    const report = summary.closest(".load-summary") as HTMLElement;
    expect(within(report).getByText(/record 2, "bad", field date/)).toBeInTheDocument();
  });

  it("shows a readable error screen for a file that is not JSON", async () => {
    serveDataset("{ this is not json");
    render(<App />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The dataset could not be loaded");
    expect(alert).toHaveTextContent("not valid JSON");
    expect(within(alert).getByRole("button", { name: "Reload" })).toBeInTheDocument();
  });

  it("tells the person when the dataset is missing from the server", async () => {
    vi.stubGlobal("fetch", async (input: RequestInfo | URL) =>
      String(input).includes("events.json")
        ? new Response("", { status: 404, statusText: "Not Found" })
        : diskFetch()(input),
    );
    render(<App />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("404");
    expect(alert).toHaveTextContent("No file exists at that address");
  });
});

function Broken(): never {
  throw new Error("boom");
}

describe("error boundary", () => {
  it("keeps the rest of the page alive when a part throws", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <div>
        <p>still here</p>
        <ErrorBoundary area="the map">
          <Broken />
        </ErrorBoundary>
      </div>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Something went wrong in the map");
    expect(screen.getByRole("alert")).toHaveTextContent("boom");
    expect(screen.getByText("still here")).toBeInTheDocument();
  });
});
