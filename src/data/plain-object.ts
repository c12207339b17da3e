/** A JSON object (not null, not an array): what a record, a header or a GeoJSON feature must be. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
