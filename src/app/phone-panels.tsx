import { type KeyboardEvent, type ReactNode, useEffect, useLayoutEffect, useRef } from "react";
import { formatNumber } from "../i18n/format.ts";
import { useLanguage, useMessages } from "../i18n/use-language.ts";
import { usePhoneLayout } from "../shared/use-media-query.ts";
import { selectQuery } from "../state/selectors.ts";
import { useAppStore } from "../state/store-context.tsx";
import { APP_MESSAGES } from "./app-messages.ts";

/** What covers the map on a phone: the filters or the event list, each as a full-height sheet. */
export type PhonePanel = "filters" | "list" | null;

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex="0"]';

function isShown(element: HTMLElement): boolean {
  return typeof element.checkVisibility === "function" ? element.checkVisibility() : element.offsetParent !== null;
}

/** The first of these selectors that matches a visible element. */
export function firstVisible(selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    for (const element of document.querySelectorAll<HTMLElement>(selector)) if (isShown(element)) return element;
  }
  return null;
}

interface DrawerProps {
  kind: "filters" | "list";
  /** Open as a sheet over the map (phone layout only; on a desktop the drawer is a plain column). */
  open: boolean;
  /** The list column currently shows an event's details (a bottom sheet on a phone). */
  hasDetails?: boolean;
  label: string;
  closeLabel: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * A side column on a desktop; on a phone, hidden until opened, then a modal full-height sheet:
 * focus moves to its close button, Tab stays inside, Escape or the button closes it and focus
 * goes back to what opened it.
 */
export function Drawer({ kind, open, hasDetails = false, label, closeLabel, onClose, children }: DrawerProps) {
  const phone = usePhoneLayout();
  const modal = phone && open;
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  // A sheet left open when the window grows to a desktop layout would pop up again on the way back.
  useEffect(() => {
    if (open && !phone) onClose();
  }, [open, phone, onClose]);

  useLayoutEffect(() => {
    if (!modal) return;
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
  }, [modal]);

  const close = () => {
    onClose();
    const target = returnTo.current;
    returnTo.current = null;
    if (target?.isConnected) target.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!modal) return;
    if (e.key === "Escape" && !e.defaultPrevented) {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== "Tab" || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(isShown);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const classes = ["drawer", `drawer-${kind}`, modal && "is-open", hasDetails && "has-details"].filter(Boolean);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a dialog on phones (Escape and Tab are kept inside it); a plain column otherwise
    <div
      ref={ref}
      id={`${kind}-drawer`}
      className={classes.join(" ")}
      {...(modal ? { role: "dialog", "aria-modal": true, "aria-label": label } : {})}
      onKeyDown={onKeyDown}
    >
      {modal && (
        <button
          ref={closeRef}
          type="button"
          className="drawer-close icon-button"
          aria-label={closeLabel}
          onClick={close}
        >
          ×
        </button>
      )}
      {children}
    </div>
  );
}

/** The buttons over the map that open the filters and the list on a phone (hidden on a desktop). */
export function PhoneControls({
  panel,
  onOpen,
}: {
  panel: PhonePanel;
  onOpen(panel: Exclude<PhonePanel, null>): void;
}) {
  const t = useMessages(APP_MESSAGES);
  const lang = useLanguage();
  const count = useAppStore((s) => selectQuery(s)?.positions.length ?? 0);
  const active = useAppStore((s) => {
    const f = s.filters;
    return (
      f.regions.length +
      f.types.length +
      f.forceGroups.length +
      f.actors.length +
      f.targets.length +
      (f.from !== null || f.to !== null ? 1 : 0) +
      (f.text.trim() ? 1 : 0) +
      (f.includeUndated === null ? 0 : 1) +
      (f.onlyInView ? 1 : 0)
    );
  });
  return (
    <div className="phone-controls">
      <button
        type="button"
        className="phone-button phone-filters-button"
        aria-haspopup="dialog"
        aria-expanded={panel === "filters"}
        aria-controls="filters-drawer"
        onClick={() => onOpen("filters")}
      >
        {t.filters}
        {active > 0 && (
          <span className="phone-button-badge">
            <span className="visually-hidden">: </span>
            {formatNumber(active, lang)}
          </span>
        )}
      </button>
      <button
        type="button"
        className="phone-button phone-list-button"
        aria-haspopup="dialog"
        aria-expanded={panel === "list"}
        aria-controls="list-drawer"
        onClick={() => onOpen("list")}
      >
        {t.list(formatNumber(count, lang))}
      </button>
    </div>
  );
}
