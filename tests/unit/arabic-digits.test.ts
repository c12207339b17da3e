import { describe, expect, it } from "vitest";
import { APP_MESSAGES } from "../../src/app/app-messages.ts";
import { DATA_MENU_MESSAGES } from "../../src/app/data-menu-messages.ts";
import { DETAILS_MESSAGES } from "../../src/features/details/details-messages.ts";
import { EXPORT_MESSAGES } from "../../src/features/export/export-messages.ts";
import { FILTERS_MESSAGES } from "../../src/features/filters/filters-messages.ts";
import { IMPORT_MESSAGES } from "../../src/features/import/import-messages.ts";
import { LIST_MESSAGES } from "../../src/features/list/list-messages.ts";
import { MAP_MESSAGES } from "../../src/features/map/map-messages.ts";
import { STATUS_MESSAGES } from "../../src/features/status/status-messages.ts";
import { TIMELINE_MESSAGES } from "../../src/features/timeline/timeline-messages.ts";

const TABLES = {
  APP_MESSAGES,
  DATA_MENU_MESSAGES,
  DETAILS_MESSAGES,
  EXPORT_MESSAGES,
  FILTERS_MESSAGES,
  IMPORT_MESSAGES,
  LIST_MESSAGES,
  MAP_MESSAGES,
  STATUS_MESSAGES,
  TIMELINE_MESSAGES,
};

/** Names that contain digits and are written the same in every language. */
const NAMES_WITH_DIGITS = /UTF-8|ISO 3166(-2)?|WGS 84|http\(s\)|v1/g;

/** Every text of a message table, with any numbers it takes given as the formatter would (Arabic digits). */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const args = Array.from({ length: Math.max(value.length, 3) }, () => "٣");
    try {
      return texts(value(...args), `${path}()`);
    } catch {
      return []; // takes something other than formatted numbers and names
    }
  }
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
  return [];
}

describe("numbers in the Arabic interface", () => {
  it("are written only by the formatter: no message carries Western digits of its own", () => {
    const western = Object.entries(TABLES).flatMap(([name, table]) =>
      texts(table.ar, name).filter(([, text]) => /[0-9]/.test(text.replace(NAMES_WITH_DIGITS, ""))),
    );
    expect(western).toEqual([]);
  });
});
