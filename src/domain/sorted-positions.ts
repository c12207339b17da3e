/** Binary search over an ascending array of positions: the first index whose value is >= `value`. */
export function lowerBound(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Binary search over an ascending array: the last index whose value is <= `value` (0 when none
 * is, so callers check the range first).
 */
export function lastAtOrBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many of the matching positions are dated (dated events come first in index order). */
export function countDated(positions: Uint32Array, datedCount: number): number {
  return lowerBound(positions, datedCount);
}
