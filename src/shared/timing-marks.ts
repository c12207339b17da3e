/**
 * User Timing marks for the benchmark (`npm run bench` reads them from the page): when the data
 * was read, and when the map first painted it. Cheap, and visible in any browser's profiler.
 */
export function markTiming(name: string, startTime?: number): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  performance.mark(name, startTime === undefined ? undefined : { startTime });
}
