import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { LIST_SORTS, type ListSort } from "../../state/list-sort.ts";
import type { AppStoreApi } from "../../state/store.ts";
import { useAppStore, useAppStoreApi } from "../../state/store-context.tsx";
import { useDeferredQuery } from "../../state/use-deferred-query.ts";
import { MAP_MESSAGES } from "../map/map-messages.ts";
import { EventRow, ROW_HEIGHT } from "./event-row.tsx";
import { LIST_MESSAGES } from "./list-messages.ts";
import { sortPositions } from "./sort-events.ts";
import "./event-list.css";

const NO_POSITIONS = new Uint32Array(0);
const OVERSCAN = 6;
/**
 * Rows the list shows at most. Beyond this a list is for scrolling past, not reading; browsers
 * also cap an element's height (a million rows would be ~50 million pixels).
 */
export const LIST_LIMIT = 10_000;

/**
 * The side column swaps the list for the details of the event picked from it, so the list
 * unmounts; the row that was active is remembered per store to bring the reader back to it.
 */
const lastActiveId = new WeakMap<AppStoreApi, string | null>();

/** DOM ids are derived from event ids, which may hold characters ids should not. */
function optionDomId(prefix: string, eventId: string): string {
  return `${prefix}-${eventId.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}

function SortSelect() {
  const t = useMessages(LIST_MESSAGES);
  const sort = useAppStore((s) => s.sort);
  const setSort = useAppStore((s) => s.setSort);
  const id = useId();
  return (
    <div className="event-list-sort">
      <label htmlFor={id}>{t.sortLabel}</label>
      <select id={id} value={sort} onChange={(e) => setSort(e.target.value as ListSort)}>
        {LIST_SORTS.map((value) => (
          <option key={value} value={value}>
            {t.sorts[value]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The filtered events as a virtualised listbox. Keyboard: focus the list, then ArrowUp/ArrowDown,
 * PageUp/PageDown, Home/End move the active row and Enter or Space opens it. The count is a live
 * region unless `liveCount` is false (the app reads matches out itself, once the filters settle).
 */
export function EventList({ liveCount = true }: { liveCount?: boolean } = {}) {
  const t = useMessages(LIST_MESSAGES);
  const typeNames = useMessages(MAP_MESSAGES).types;
  const lang = useLanguage();
  const store = useAppStoreApi();
  const { index, query } = useDeferredQuery();
  const sort = useAppStore((s) => s.sort);
  const selectedId = useAppStore((s) => s.selectedId);
  const selectionSource = useAppStore((s) => s.selectionSource);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const idPrefix = `event-${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(() => lastActiveId.get(store) ?? null);

  const positions = query?.positions ?? NO_POSITIONS;
  // Sorted once per query result and sort order (and language, which orders place names).
  const order = useMemo(
    () => (index ? sortPositions(index, positions, sort, lang) : NO_POSITIONS),
    [index, positions, sort, lang],
  );
  const rows = Math.min(order.length, LIST_LIMIT);
  const idAt = useCallback(
    (i: number) => (index && i >= 0 && i < rows ? index.idAt(order[i] as number) : null),
    [index, order, rows],
  );
  const rankOf = useCallback(
    (id: string | null) => {
      const position = id === null ? undefined : index?.positionOf(id);
      const rank = position === undefined ? -1 : order.indexOf(position);
      return rank < rows ? rank : -1;
    },
    [index, order, rows],
  );
  const activeIndex = useMemo(() => rankOf(activeId), [rankOf, activeId]);

  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Positions name events uniquely in a dataset, and cost nothing to read.
    getItemKey: (i) => order[i] ?? i,
    overscan: OVERSCAN,
    initialRect: { width: 360, height: 8 * ROW_HEIGHT },
  });

  useEffect(() => {
    lastActiveId.set(store, activeId);
  }, [store, activeId]);

  // Keep the row in view when the selection comes from elsewhere (map, details, address); when
  // the order changes (sorting, filtering), stay on the active row, or go back to the top.
  const seen = useRef<{ order: Uint32Array | null; selectedId: string | null }>({ order: null, selectedId: null });
  useEffect(() => {
    const previous = seen.current;
    const orderChanged = previous.order !== order;
    const selectionChanged = previous.selectedId !== selectedId;
    seen.current = { order, selectedId };
    if (!orderChanged && !selectionChanged) return;
    if (selectedId !== null && selectionSource !== "list") {
      const rank = rankOf(selectedId);
      if (rank >= 0) {
        setActiveId(selectedId);
        virtualizer.scrollToIndex(rank, { align: "center" });
        return;
      }
    }
    if (!orderChanged) return;
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: previous.order ? "auto" : "center" });
    // Only when not already at the top (as the virtualiser, tracking scroll events, knows): a
    // write to scrollTop, like the virtualiser's own scrollToOffset, forces a layout of the whole
    // page, which on every brush step costs more than the rest of the step.
    else if (previous.order && scrollRef.current && virtualizer.scrollOffset) scrollRef.current.scrollTop = 0;
  }, [order, selectedId, selectionSource, rankOf, activeIndex, virtualizer]);

  // A hover set from the list must not outlive it (the list unmounts when a row is opened).
  const hoveredFromList = useRef<string | null>(null);
  const onHover = useCallback(
    (id: string | null) => {
      hoveredFromList.current = id;
      hover(id);
    },
    [hover],
  );
  useEffect(
    () => () => {
      if (hoveredFromList.current !== null && store.getState().hoveredId === hoveredFromList.current)
        store.getState().hover(null);
    },
    [store],
  );

  const onPick = useCallback(
    (id: string) => {
      setActiveId(id);
      select(id, "list");
    },
    [select],
  );

  const moveTo = (rank: number) => {
    const id = idAt(rank);
    if (id === null) return;
    setActiveId(id);
    virtualizer.scrollToIndex(rank, { align: "auto" });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const count = rows;
    if (count === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const from = activeIndex;
    let next: number;
    switch (e.key) {
      case "ArrowDown":
        next = from < 0 ? 0 : Math.min(count - 1, from + 1);
        break;
      case "ArrowUp":
        next = from < 0 ? 0 : Math.max(0, from - 1);
        break;
      case "PageDown":
        next = Math.min(count - 1, Math.max(0, from) + page);
        break;
      case "PageUp":
        next = Math.max(0, from - page);
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = count - 1;
        break;
      case "Enter":
      case " ": {
        e.preventDefault();
        const id = idAt(from);
        if (id !== null) onPick(id);
        return;
      }
      default:
        return;
    }
    e.preventDefault();
    moveTo(next);
  };

  // Entering the list makes a row active without scrolling: the selected one, else the first in view.
  const onFocus = () => {
    if (activeIndex >= 0 || rows === 0) return;
    const selectedRank = rankOf(selectedId);
    const firstInView = Math.min(rows - 1, Math.ceil((scrollRef.current?.scrollTop ?? 0) / ROW_HEIGHT));
    const id = idAt(selectedRank >= 0 ? selectedRank : firstInView);
    if (id !== null) setActiveId(id);
  };

  if (!index || !query) return null;

  const items = virtualizer.getVirtualItems();
  const activeRendered = activeIndex >= 0 && items.some((item) => item.index === activeIndex);

  return (
    <section id="event-list" className="event-list" aria-labelledby={`${idPrefix}-count`}>
      <header className="event-list-header">
        <p className="event-list-count" id={`${idPrefix}-count`} aria-live={liveCount ? "polite" : undefined}>
          {t.count(formatNumber(order.length, lang), formatNumber(index.size, lang))}
        </p>
        <SortSelect />
      </header>
      {query.textPending ? (
        <div className="event-list-empty" role="status">
          <p className="event-list-empty-title">{t.preparingSearch}</p>
          <p className="event-list-empty-hint">{t.preparingSearchHint(formatNumber(index.size, lang))}</p>
        </div>
      ) : order.length === 0 ? (
        <div className="event-list-empty">
          <p className="event-list-empty-title">{t.empty}</p>
          <p className="event-list-empty-hint">{t.emptyHint}</p>
          <button type="button" className="event-list-clear" onClick={clearFilters}>
            {t.clearFilters}
          </button>
        </div>
      ) : (
        <div
          ref={scrollRef}
          className="event-list-scroll"
          role="listbox"
          tabIndex={0}
          aria-label={t.listLabel}
          aria-activedescendant={activeRendered && activeId !== null ? optionDomId(idPrefix, activeId) : undefined}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          <div role="presentation" className="event-list-sizer" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const event = index.eventAt(order[item.index] as number);
              return (
                <EventRow
                  key={item.key}
                  event={event}
                  domId={optionDomId(idPrefix, event.id)}
                  rank={item.index}
                  setSize={rows}
                  start={item.start}
                  selected={event.id === selectedId}
                  active={item.index === activeIndex}
                  hovered={event.id === hoveredId}
                  lang={lang}
                  t={t}
                  typeName={typeNames[event.type]}
                  onPick={onPick}
                  onHover={onHover}
                />
              );
            })}
          </div>
        </div>
      )}
      {order.length > rows && (
        <p className="event-list-limit">{t.limited(formatNumber(rows, lang), formatNumber(order.length, lang))}</p>
      )}
    </section>
  );
}
