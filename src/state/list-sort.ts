/** The orders the event list can be sorted in. */
export const LIST_SORTS = [
  "newest",
  "oldest",
  "place",
  "outcome",
  "most-arrested",
  "fewest-arrested",
  "most-killed",
  "fewest-killed",
  "most-wounded",
  "fewest-wounded",
] as const;
export type ListSort = (typeof LIST_SORTS)[number];
