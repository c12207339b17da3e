import { lazy, Suspense, useCallback, useId, useRef, useState } from "react";
import { type Messages, useMessages } from "../../i18n/use-language.ts";
import { useDismiss } from "../../shared/use-dismiss.ts";
import "./share.css";

const SharePanel = lazy(() => import("./publish-chunk.ts").then((m) => ({ default: m.SharePanel })));

/** The button's own words: the rest of the menu's text loads with the panel. */
const SHARE_BUTTON_MESSAGES: Messages<{ share: string; sharePanel: string; close: string }> = {
  en: { share: "Share", sharePanel: "Share this view", close: "Close" },
  ar: { share: "مشاركة", sharePanel: "مشاركة هذا العرض", close: "إغلاق" },
};

/**
 * One header button for publishing the view: its link, an embed snippet for another page, and
 * an image for an article. The panel's code loads the first time it opens.
 */
export function ShareMenu() {
  const t = useMessages(SHARE_BUTTON_MESSAGES);
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, rootRef, close, buttonRef);

  return (
    <div className="share-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="header-button share-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setOpened(true);
        }}
      >
        {t.share}
        <span aria-hidden="true"> ▾</span>
      </button>
      <section id={panelId} className="share-panel" hidden={!open} aria-labelledby={headingId}>
        <div className="share-top">
          <h2 id={headingId} className="share-title">
            {t.sharePanel}
          </h2>
          <button
            type="button"
            onClick={() => {
              close();
              buttonRef.current?.focus();
            }}
          >
            {t.close}
          </button>
        </div>
        {opened && (
          <Suspense fallback={<p className="share-hint">…</p>}>
            <SharePanel />
          </Suspense>
        )}
      </section>
    </div>
  );
}
