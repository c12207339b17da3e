import { useDeferredValue, useMemo } from "react";
import type { EventIndex } from "../domain/event-index.ts";
import type { QueryResult } from "../domain/query-events.ts";
import { selectIndex, selectQuery } from "./selectors.ts";
import { useAppStore } from "./store-context.tsx";

export interface QueryView {
  index: EventIndex | null;
  query: QueryResult | null;
}

/**
 * The index and query result for panels that may trail the map by a frame (facet counts, the
 * list): while the brush moves, the map and the timeline repaint first and these follow when the
 * browser is free, so a drag never waits on a few hundred rows of text. The two are deferred
 * together: a query's positions only mean something in the index they came from.
 */
export function useDeferredQuery(): QueryView {
  const index = useAppStore(selectIndex);
  const query = useAppStore(selectQuery);
  const view = useMemo(() => ({ index, query }), [index, query]);
  return useDeferredValue(view);
}
