/** The orders the event list can be sorted in. */
export const LIST_SORTS = ["newest", "oldest", "place", "outcome"] as const;
export type ListSort = (typeof LIST_SORTS)[number];
