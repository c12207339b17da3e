/**
 * User Timing marks for the benchmark (`npm run bench` reads them from the page): when the data
 * began to arrive, when the map first painted events, and when it painted the complete dataset.
 * Cheap, and visible in any browser's profiler.
 */
export function markTiming(name: string, startTime?: number): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  performance.mark(name, startTime === undefined ? undefined : { startTime });
}
