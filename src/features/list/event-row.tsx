import { type CSSProperties, memo } from "react";
import { isApproximateLocation, type SecurityEvent } from "../../domain/event.ts";
import { formatEventDate } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";
import { TypeSymbol } from "../map/type-symbol.tsx";
import type { LIST_MESSAGES } from "./list-messages.ts";
import { governorateLabel, placeName } from "./sort-events.ts";

/** Fixed row height in pixels; the CSS lays a row out to fit it exactly. */
export const ROW_HEIGHT = 76;

interface Props {
  event: SecurityEvent;
  domId: string;
  /** Position in the list, 0-based, and the list length: told to assistive technology, as most rows are not rendered. */
  rank: number;
  setSize: number;
  start: number;
  selected: boolean;
  active: boolean;
  hovered: boolean;
  lang: Language;
  t: (typeof LIST_MESSAGES)[Language];
  typeName: string;
  onPick: (id: string, rank: number) => void;
  onHover: (id: string | null) => void;
}

export const EventRow = memo(function EventRow({
  event,
  domId,
  rank,
  setSize,
  start,
  selected,
  active,
  hovered,
  lang,
  t,
  typeName,
  onPick,
  onHover,
}: Props) {
  const location = event.location;
  const imprecise = isApproximateLocation(location);
  const place = placeName(event, lang);
  const governorate = governorateLabel(event, lang);
  const where = place && governorate && place !== governorate ? `${place}, ${governorate}` : (place ?? governorate);
  const title = lang === "ar" && event.titleAr ? event.titleAr : event.title;
  const style: CSSProperties = { height: ROW_HEIGHT, transform: `translateY(${start}px)` };
  const classes = ["event-row", selected && "is-selected", active && "is-active", hovered && "is-hovered"]
    .filter(Boolean)
    .join(" ");

  return (
    // Options stay unfocusable: the listbox keeps focus and points at the active row with
    // aria-activedescendant, so rows can be virtualised away without losing focus.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keyboard
    // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox (aria-activedescendant)
    <div
      id={domId}
      role="option"
      aria-selected={selected}
      aria-posinset={rank + 1}
      aria-setsize={setSize}
      className={classes}
      style={style}
      data-event-id={event.id}
      onClick={() => onPick(event.id, rank)}
      onMouseEnter={() => onHover(event.id)}
      onMouseLeave={() => onHover(null)}
    >
      <span className="event-row-mark">
        <TypeSymbol type={event.type} size={18} imprecise={imprecise || !location} />
      </span>
      <span className="event-row-body">
        <span className="visually-hidden">{typeName}:</span>{" "}
        {/* Titles keep their own direction (an English title in the Arabic interface reads left to right). */}
        <span className="event-row-title" dir="auto">
          {title}
        </span>{" "}
        <span className="event-row-meta">
          <span className={event.startDay === null ? "event-row-date is-undated" : "event-row-date"}>
            {formatEventDate(event.startDay, event.datePrecision, lang)}
          </span>{" "}
          {where && (
            <>
              <span className="event-row-sep" aria-hidden="true">
                ·
              </span>{" "}
              <span className="event-row-place" dir="auto">
                {where}
              </span>{" "}
            </>
          )}
          {!location ? (
            <span className="event-row-badge is-unlocated" title={t.noLocationTitle}>
              {t.noLocation}
            </span>
          ) : (
            imprecise && (
              <span className="event-row-badge" title={t.approxTitle}>
                {t.approx}
              </span>
            )
          )}
        </span>
      </span>
    </div>
  );
});
