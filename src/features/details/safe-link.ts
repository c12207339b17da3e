import { httpUrlOf } from "../../domain/http-link.ts";

/** The URL if it is http(s), else null: anything else (javascript:, data:, …) never becomes a link. */
export function safeHttpUrl(value: string): string | null {
  return httpUrlOf(value)?.href ?? null;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}
