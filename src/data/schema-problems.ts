import type { z } from "zod";
import { EVENT_ID_PATTERN } from "../domain/event.ts";
import { HTTP_LINK_CHECK, ISO_DATE_PATTERN } from "./event-schema.ts";
import { listParam } from "./import/import-problem-messages.ts";
import { problemText } from "./load-problem.ts";
import type { ProblemReason } from "./load-problem-messages.ts";
import type { SchemaPart, SchemaProblemReason } from "./schema-problem-messages.ts";

/*
 * zod's issues as the loader's codes (schema-problem-messages.ts): zod's own sentences are English
 * only, so they are never shown; what the issue says (which check, its limit, the allowed values)
 * and the value itself, read from the input at the issue's path, are.
 */

/** Longest text value quoted back in a problem; longer ones are cut with an ellipsis. */
const QUOTED_MAX = 60;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A value's kind as the messages name it (see ValueKind). */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && !Number.isFinite(value)) return "non-finite";
  return typeof value;
}

/** A short value, quoted as the problem's `got`; lists and objects are named by the text instead. */
function quoted(value: unknown): string | undefined {
  if (typeof value === "string")
    return JSON.stringify(value.length > QUOTED_MAX ? `${value.slice(0, QUOTED_MAX - 1)}…` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

type Coded = { reason: SchemaProblemReason; quote: boolean };

function codeOf(issue: z.core.$ZodIssue, value: unknown, part: SchemaPart): Coded {
  const plain = (code: "schema.invalid" | "schema.not-whole-number" | "schema.empty", quote = true): Coded => ({
    reason: { code, params: { part } },
    quote,
  });
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return { reason: { code: "schema.missing", params: { part } }, quote: false };
      if (issue.expected === "int" && typeof value === "number") return plain("schema.not-whole-number");
      return {
        reason: { code: "schema.wrong-type", params: { part, expected: issue.expected, actual: kindOf(value) } },
        quote: false,
      };
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const limit = Number(small ? issue.minimum : issue.maximum);
      if (issue.inclusive === false || issue.exact) return plain("schema.invalid");
      if (issue.origin === "string") {
        if (!small) return { reason: { code: "schema.text-too-long", params: { part, maximum: limit } }, quote: false };
        return limit <= 1 ? plain("schema.empty", false) : plain("schema.invalid");
      }
      if (issue.origin === "array")
        return {
          reason: small
            ? { code: "schema.too-few-items", params: { part, minimum: limit } }
            : { code: "schema.too-many-items", params: { part, maximum: limit } },
          quote: false,
        };
      if (issue.origin === "number" || issue.origin === "int")
        return {
          reason: small
            ? { code: "schema.below-minimum", params: { part, minimum: limit } }
            : { code: "schema.above-maximum", params: { part, maximum: limit } },
          quote: true,
        };
      return plain("schema.invalid");
    }
    case "invalid_format":
      if (issue.format === "regex" && issue.pattern === String(ISO_DATE_PATTERN))
        return { reason: { code: "schema.not-iso-date", params: { part } }, quote: true };
      if (issue.format === "regex" && issue.pattern === String(EVENT_ID_PATTERN))
        return { reason: { code: "schema.bad-id", params: { part } }, quote: true };
      return plain("schema.invalid");
    case "invalid_value":
      return {
        reason: { code: "schema.not-one-of", params: { part, allowed: listParam(issue.values.map(String)) } },
        quote: true,
      };
    case "unrecognized_keys":
      return {
        reason: { code: "schema.unknown-fields", params: { part, names: listParam(issue.keys) } },
        quote: false,
      };
    case "custom":
      if (issue.params?.check === HTTP_LINK_CHECK)
        return { reason: { code: "schema.not-http-link", params: { part } }, quote: true };
      return plain("schema.invalid");
    default:
      return plain("schema.invalid");
  }
}

/**
 * One zod issue as a load problem's text: its code, the English message from the same table, and
 * the offending value quoted when it is short. `input` is what was checked (the record, the story,
 * the metadata), where the value is read at the issue's path.
 */
export function schemaProblemText(
  issue: z.core.$ZodIssue,
  input: unknown,
  part: SchemaPart,
): { message: string; reason: ProblemReason; got?: string } {
  const value = valueAt(input, issue.path);
  const { reason, quote } = codeOf(issue, value, part);
  return problemText(reason, quote ? quoted(value) : undefined);
}
