import { hasReplacementChar } from "./import/import-text.ts";
import { type LoadProblem, problemText } from "./load-problem.ts";

/*
 * U+FFFD in a record means its bytes were not UTF-8 when the file was read. Shared by the
 * importers and the format v1 load pipeline, which both warn about it the same way.
 */

/** The path of the first text holding U+FFFD, looking a few levels down. */
function replacementCharPath(value: unknown, path: string, depth: number): string | null {
  if (typeof value === "string") return hasReplacementChar(value) ? path : null;
  if (depth <= 0 || typeof value !== "object" || value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && i < 100; i++) {
      const found = replacementCharPath(value[i], `${path}.${i}`, depth - 1);
      if (found) return found;
    }
    return null;
  }
  for (const key of Object.keys(value).slice(0, 200)) {
    const found = replacementCharPath(
      (value as Record<string, unknown>)[key],
      path ? `${path}.${key}` : key,
      depth - 1,
    );
    if (found) return found;
  }
  return null;
}

/** A warning for a record (or feature) holding U+FFFD, or null. */
export function replacementCharProblem(value: unknown, index: number, id: string | undefined): LoadProblem | null {
  const path = replacementCharPath(value, "", 4);
  if (path === null) return null;
  return {
    severity: "warning",
    index,
    ...(id ? { id } : {}),
    ...(path ? { field: path } : {}),
    ...problemText({ code: "problem.replacement-chars", params: {} }),
  };
}
