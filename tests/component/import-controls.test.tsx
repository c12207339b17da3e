import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { checkDatasetAddress } from "../../src/features/import/dataset-address.ts";
import { DropZone, ImportControls } from "../../src/features/import/import-controls.tsx";
import { createAppStore } from "../../src/state/store.ts";
import { StoreProvider } from "../../src/state/store-context.tsx";

function inStore(children: ReactNode, lang: "en" | "ar" = "en") {
  return render(<StoreProvider store={createAppStore({ lang })}>{children}</StoreProvider>);
}

const file = (name = "events.csv") => new File(["id,title\n"], name, { type: "text/csv" });

describe("opening a file", () => {
  it("offers JSON, GeoJSON, CSV and Excel workbooks and hands the chosen file over", async () => {
    const onFile = vi.fn();
    inStore(<ImportControls onFile={onFile} />);
    const input = screen.getByLabelText("Dataset file (JSON, GeoJSON, CSV or Excel .xlsx)") as HTMLInputElement;
    expect(input.accept).toContain(".json");
    expect(input.accept).toContain(".geojson");
    expect(input.accept).toContain(".csv");
    expect(input.accept).toContain(".xlsx");
    const click = vi.spyOn(input, "click");
    await userEvent.click(screen.getByRole("button", { name: "Open a dataset…" }));
    expect(click).toHaveBeenCalled();
    const chosen = file();
    await userEvent.upload(input, chosen);
    expect(onFile).toHaveBeenCalledWith(chosen);
    expect(input.value).toBe("");
  });

  it("shows the address field only when it can be used", () => {
    inStore(<ImportControls onFile={() => {}} />);
    expect(screen.queryByRole("button", { name: "Load from address" })).toBeNull();
  });

  it("loads from an http(s) address or a path, and refuses other schemes", async () => {
    const onUrl = vi.fn();
    inStore(<ImportControls onFile={() => {}} onUrl={onUrl} />);
    const input = screen.getByLabelText("Dataset address");
    const button = screen.getByRole("button", { name: "Load from address" });

    await userEvent.type(input, "javascript:alert(1)");
    await userEvent.click(button);
    expect(screen.getByRole("alert")).toHaveTextContent("Only http(s) addresses");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(onUrl).not.toHaveBeenCalled();

    await userEvent.clear(input);
    await userEvent.type(input, "  https://example.org/data/events.geojson ");
    await userEvent.click(button);
    expect(onUrl).toHaveBeenLastCalledWith("https://example.org/data/events.geojson");
    expect(screen.queryByRole("alert")).toBeNull();

    await userEvent.clear(input);
    await userEvent.type(input, "data/other.json{Enter}");
    expect(onUrl).toHaveBeenLastCalledWith("data/other.json");

    await userEvent.clear(input);
    await userEvent.click(button);
    expect(screen.getByRole("alert")).toHaveTextContent("Enter the address");
  });

  it("speaks Arabic when the interface does", () => {
    inStore(<ImportControls onFile={() => {}} onUrl={() => {}} />, "ar");
    expect(screen.getByRole("button", { name: "فتح مجموعة بيانات…" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "تحميل من العنوان" })).toBeInTheDocument();
  });
});

describe("checking an address", () => {
  it.each([
    ["https://example.org/a.json", true],
    ["http://example.org/a.csv", true],
    ["data/events.json", true],
    ["/data/events.json", true],
    ["./x.geojson", true],
    ["javascript:alert(1)", false],
    [" JavaScript:alert(1)", false],
    ["data:application/json,{}", false],
    ["file:///etc/passwd", false],
    ["blob:https://maps.example.net/1", false],
    ["", false],
  ])("%j → %s", (input, ok) => {
    expect(checkDatasetAddress(input).ok).toBe(ok);
  });
});

describe("dropping a file on the page", () => {
  const drag = (type: "dragEnter" | "dragOver" | "dragLeave" | "drop", files: File[] = [], types = ["Files"]) =>
    fireEvent[type](window, { dataTransfer: { types, files, dropEffect: "none" } });

  it("shows a full-window overlay while a file is over the page, and loads it on drop", () => {
    const onFile = vi.fn();
    inStore(
      <DropZone onFile={onFile}>
        <p>the app</p>
      </DropZone>,
    );
    expect(screen.getByText("the app")).toBeInTheDocument();
    expect(screen.queryByText("Drop a dataset file to load it")).toBeNull();

    drag("dragEnter");
    drag("dragEnter"); // crossing into a child element
    expect(screen.getByText("Drop a dataset file to load it")).toBeInTheDocument();
    drag("dragLeave");
    expect(screen.getByText("Drop a dataset file to load it")).toBeInTheDocument();
    drag("dragLeave");
    expect(screen.queryByText("Drop a dataset file to load it")).toBeNull();

    const dropped = file("ged.csv");
    drag("dragEnter");
    expect(drag("dragOver")).toBe(false); // default prevented: the browser must not open the file
    drag("drop", [dropped, file("second.csv")]);
    expect(onFile).toHaveBeenCalledTimes(1);
    expect(onFile).toHaveBeenCalledWith(dropped);
    expect(screen.queryByText("Drop a dataset file to load it")).toBeNull();
  });

  it("ignores drags of text or links", () => {
    const onFile = vi.fn();
    inStore(<DropZone onFile={onFile} />);
    drag("dragEnter", [], ["text/plain"]);
    expect(screen.queryByText("Drop a dataset file to load it")).toBeNull();
    drag("drop", [], ["text/plain"]);
    expect(onFile).not.toHaveBeenCalled();
  });
});
