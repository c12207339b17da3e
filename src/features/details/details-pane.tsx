import {
  type FocusEvent,
  type ReactNode,
  type PointerEvent as ReactPointerEvent,
  useCallback,
  useEffect,
  useRef,
  useState,
} from "react";
import { useMessages } from "../../i18n/use-language.ts";
import { selectSelectedEvent } from "../../state/selectors.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { DETAILS_MESSAGES } from "./details-messages.ts";
import { EventDetails } from "./event-details.tsx";
import { useFocusReturn } from "./use-focus-return.ts";
import "./details-pane.css";

function UnknownEventNotice({ id, onDismiss }: { id: string; onDismiss: () => void }) {
  const t = useMessages(DETAILS_MESSAGES);
  return (
    <div className="unknown-event" role="alert">
      <p>
        <strong>{t.unknownEvent(id)}</strong>
      </p>
      <p>{t.unknownEventHint}</p>
      <button type="button" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}

/** Where focus goes when the panel closes and what opened it is gone: the first of these on screen. */
const FOCUS_AFTER_CLOSE = [".event-list [role=listbox]", ".phone-list-button", ".map-region .leaflet-container"];

function focusAfterClose(): HTMLElement | null {
  for (const selector of FOCUS_AFTER_CLOSE)
    for (const element of document.querySelectorAll<HTMLElement>(selector))
      if (typeof element.checkVisibility !== "function" || element.checkVisibility()) return element;
  return null;
}

/** A drag on the sheet's handle further than this (in pixels) expands or collapses it. */
const DRAG_THRESHOLD = 40;

/**
 * The grip at the top of the details on a phone, where they are a bottom sheet: a button that
 * expands or collapses it, and a handle to drag it up or down. Hidden on a desktop.
 */
function SheetHandle({ expanded, onExpand }: { expanded: boolean; onExpand(expanded: boolean): void }) {
  const t = useMessages(DETAILS_MESSAGES);
  const drag = useRef<{ y: number; moved: boolean } | null>(null);
  const onPointerDown = (e: ReactPointerEvent<HTMLButtonElement>) => {
    drag.current = { y: e.clientY, moved: false };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLButtonElement>) => {
    const start = drag.current;
    if (!start || start.moved) return;
    const dy = e.clientY - start.y;
    if (Math.abs(dy) < DRAG_THRESHOLD) return;
    start.moved = true;
    onExpand(dy < 0);
  };
  return (
    <button
      type="button"
      className="sheet-handle"
      aria-expanded={expanded}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerCancel={() => {
        drag.current = null;
      }}
      onClick={() => {
        // A drag already did its work; a tap (or Enter) toggles.
        if (!drag.current?.moved) onExpand(!expanded);
        drag.current = null;
      }}
    >
      <span className="sheet-grip" aria-hidden="true" />
      <span className="visually-hidden">{expanded ? t.collapseSheet : t.expandSheet}</span>
    </button>
  );
}

/**
 * The side column: the selected event's details when there is one, otherwise `children`
 * (the event list). Escape and the close button return to the list. On a phone the details
 * are a bottom sheet, collapsed to the title, date and place until expanded.
 */
export function DetailsPane({ children }: { children: ReactNode }) {
  const t = useMessages(DETAILS_MESSAGES);
  const selectedId = useAppStore((s) => s.selectedId);
  const ready = useAppStore((s) => s.load.status === "ready");
  const event = useAppStore(selectSelectedEvent);
  const select = useAppStore((s) => s.select);
  const close = useCallback(() => select(null, "panel"), [select]);
  const open = event !== null;
  const [expanded, setExpanded] = useState(false);
  useFocusReturn(open, focusAfterClose);

  // Each newly opened panel starts collapsed.
  useEffect(() => {
    if (!open) setExpanded(false);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented) close();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, close]);

  // Tabbing past what the collapsed sheet shows opens it, so focus is never out of sight.
  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    if (expanded || target.closest(".details-header, .sheet-handle") || target.id === "event-details-title") return;
    setExpanded(true);
  };

  const classes = ["side-column", open && "has-details", open && expanded && "is-expanded"].filter(Boolean).join(" ");
  return (
    <aside className={classes} aria-label={open ? t.panelLabel : undefined} onFocus={open ? onFocus : undefined}>
      {selectedId !== null && ready && !event && <UnknownEventNotice id={selectedId} onDismiss={close} />}
      {open && <SheetHandle expanded={expanded} onExpand={setExpanded} />}
      {open ? <EventDetails onClose={close} /> : children}
    </aside>
  );
}
