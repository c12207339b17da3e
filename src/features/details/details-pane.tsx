import { type ReactNode, useCallback, useEffect } from "react";
import { useMessages } from "../../i18n/use-language.ts";
import { selectSelectedEvent } from "../../state/selectors.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { DETAILS_MESSAGES } from "./details-messages.ts";
import { EventDetails } from "./event-details.tsx";
import { useFocusReturn } from "./use-focus-return.ts";

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

/**
 * The side column: the selected event's details when there is one, otherwise `children`
 * (the event list). Escape and the close button return to the list.
 */
export function DetailsPane({ children }: { children: ReactNode }) {
  const t = useMessages(DETAILS_MESSAGES);
  const selectedId = useAppStore((s) => s.selectedId);
  const ready = useAppStore((s) => s.load.status === "ready");
  const event = useAppStore(selectSelectedEvent);
  const select = useAppStore((s) => s.select);
  const close = useCallback(() => select(null, "panel"), [select]);
  const open = event !== null;
  useFocusReturn(
    open,
    useCallback(
      () => document.querySelector<HTMLElement>(".event-list [role=listbox], .map-region .leaflet-container"),
      [],
    ),
  );

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented) close();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, close]);

  return (
    <aside className="side-column" aria-label={open ? t.panelLabel : undefined}>
      {selectedId !== null && ready && !event && <UnknownEventNotice id={selectedId} onDismiss={close} />}
      {open ? <EventDetails onClose={close} /> : children}
    </aside>
  );
}
