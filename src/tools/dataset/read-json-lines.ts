import type { z } from "zod";

/** A record of a JSON Lines file with the line it came from (1-based), for messages. */
export interface NumberedRecord<T> {
  line: number;
  value: T;
}

export interface JsonLinesResult<T> {
  records: NumberedRecord<T>[];
  /** "file:line: field: what is wrong", one per refused line. */
  problems: string[];
}

/**
 * Parses a JSON Lines file, one record a line, each checked against `schema`. A line that is
 * not JSON or breaks the schema is refused with its line number and the field at fault; the
 * other lines are still read, so one run reports every bad line. Blank lines are skipped.
 */
export function readJsonLines<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): JsonLinesResult<z.output<S>> {
  const records: NumberedRecord<z.output<S>>[] = [];
  const problems: string[] = [];
  const lines = text.split("\n");
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      problems.push(`${file}:${line}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) {
      records.push({ line, value: parsed.data });
      return;
    }
    const id = typeof json === "object" && json && "id" in json ? ` (${String(json.id)})` : "";
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "record";
      problems.push(`${file}:${line}${id}: ${field}: ${issue.message}`);
    }
  });
  return { records, problems };
}
