import { REGION_LEVEL } from "../../domain/areas.ts";
import { formatDay } from "../../domain/dates.ts";
import type { Filters } from "../../domain/filters.ts";
import { governorateByCode } from "../../domain/governorates.ts";

const MAX_LIST = 3;
const MAX_NAME = 180;

/** Lower-case words joined by `-`, letters and digits of any script only (no path or shell characters). */
export function slugify(text: string, max = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/, "");
}

function listPart(values: readonly string[], many: string): string | null {
  if (values.length === 0) return null;
  if (values.length > MAX_LIST) return `${values.length}-${many}`;
  return values.map((v) => slugify(v, 30)).join("-");
}

/**
 * A file name saying what was exported: the dataset's title, then the filters that narrow it
 * (dates, governorates, types; `filtered` for the others), e.g.
 * `reported-security-operations-in-syria_2025-01-01_2025-03-31_aleppo.csv`.
 */
export function exportFileName(datasetTitle: string, filters: Filters, ext: string): string {
  const parts = [slugify(datasetTitle, 80) || "dataset"];
  if (filters.from !== null && filters.to !== null) parts.push(formatDay(filters.from), formatDay(filters.to));
  else if (filters.from !== null) parts.push(`from-${formatDay(filters.from)}`);
  else if (filters.to !== null) parts.push(`to-${formatDay(filters.to)}`);
  const regions = listPart(
    filters.regions.map((key) => (key === REGION_LEVEL ? "region-level" : governorateByCode(key).name)),
    "governorates",
  );
  if (regions) parts.push(regions);
  const types = listPart(filters.types, "types");
  if (types) parts.push(types);
  if (
    filters.actors.length ||
    filters.targets.length ||
    filters.text.trim() !== "" ||
    filters.onlyInView ||
    filters.includeUndated !== null
  )
    parts.push("filtered");
  const extension = slugify(ext.replace(/^\./, ""), 10) || "txt";
  const base = parts
    .join("_")
    .slice(0, MAX_NAME - extension.length - 1)
    .replace(/[-_]+$/, "");
  return `${base}.${extension}`;
}
