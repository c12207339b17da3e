import type { MouseEvent } from "react";
import { useMessages } from "../i18n/use-language.ts";
import { APP_MESSAGES } from "./app-messages.ts";
import { firstVisible } from "./phone-panels.tsx";

/** Where "Skip to event list" lands: the list, or the open event's heading when the column shows one. */
const LIST_TARGETS = [".event-list [role=listbox]", "#event-details-title", ".event-list .event-list-clear"];
const MAP_TARGETS = [".map-region .leaflet-container"];

function focusSoon(selectors: readonly string[]) {
  // After the drawer that holds the target (on a phone) has been drawn.
  requestAnimationFrame(() => firstVisible(selectors)?.focus());
}

/** The first things Tab reaches: visible when focused, they jump past the header and filters. */
export function SkipLinks({ onShowList, onShowMap }: { onShowList(): void; onShowMap(): void }) {
  const t = useMessages(APP_MESSAGES);
  const go = (e: MouseEvent<HTMLAnchorElement>, show: () => void, targets: readonly string[]) => {
    e.preventDefault();
    show();
    focusSoon(targets);
  };
  return (
    <div className="skip-links">
      {/* biome-ignore lint/a11y/useValidAnchor: a real in-page link (it works without script); the click also opens the phone's sheet and focuses inside the target */}
      <a className="skip-link" href="#list-drawer" onClick={(e) => go(e, onShowList, LIST_TARGETS)}>
        {t.skipToList}
      </a>
      {/* biome-ignore lint/a11y/useValidAnchor: a real in-page link (it works without script); the click also opens the phone's sheet and focuses inside the target */}
      <a className="skip-link" href="#map" onClick={(e) => go(e, onShowMap, MAP_TARGETS)}>
        {t.skipToMap}
      </a>
    </div>
  );
}
