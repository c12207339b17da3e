import { type ChangeEvent, useId, useState } from "react";
import { parseTypedDay } from "../../domain/typed-date.ts";
import { formatShortDay } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { TIMELINE_MESSAGES } from "./timeline-messages.ts";

interface DateFieldProps {
  label: string;
  value: number | null;
  onValue(day: number | null): void;
}

/**
 * A day typed as text, shown day-month-year in the interface language ("6 Mar 2025",
 * "٦ آذار ٢٠٢٥"), reading what people type (`2025-03-06`, `6/3/2025`, `6 Mar 2025`). A plain
 * text box, so a click anywhere in it puts the caret there. What is typed stays on screen
 * while it is incomplete or invalid (and is not applied); an empty field means open-ended.
 */
function DateField({ label, value, onValue }: DateFieldProps) {
  const t = useMessages(TIMELINE_MESSAGES);
  const lang = useLanguage();
  const id = useId();
  const errorId = useId();
  const shown = value === null ? "" : formatShortDay(value, lang);
  const [draft, setDraft] = useState(shown);
  const [synced, setSynced] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  // Follow the store when the range changes elsewhere (brush, presets, play, language), but
  // never rewrite what is being typed when it already says the same day.
  if (shown !== synced) {
    setSynced(shown);
    // The draft still showing the last synced day is the common case (a brush step): no parse.
    if (draft === synced || (draft.trim() === "" ? null : parseTypedDay(draft)) !== value) {
      setDraft(shown);
      setInvalid(false);
    }
  }

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    setDraft(text);
    if (text.trim() === "") {
      setInvalid(false);
      onValue(null);
      return;
    }
    const day = parseTypedDay(text);
    if (day === null) return;
    setInvalid(false);
    if (day !== value) onValue(day);
  };

  const onBlur = () => {
    if (draft.trim() === "") return;
    const day = parseTypedDay(draft);
    if (day === null) setInvalid(true);
    else setDraft(formatShortDay(day, lang)); // tidy what was typed into the shown form
  };

  return (
    <div className="tl-date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        value={draft}
        placeholder={t.datePlaceholder}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={onChange}
        onBlur={onBlur}
        onKeyDown={(e) => {
          if (e.key === "Enter") onBlur();
        }}
      />
      {invalid && (
        <span id={errorId} className="tl-field-error">
          {t.invalidDate}
        </span>
      )}
    </div>
  );
}

interface DateRangeInputsProps {
  from: number | null;
  to: number | null;
  onChange(range: { from: number | null; to: number | null }): void;
}

/**
 * Exact From and To days. A From after To (or a To before From) moves the other end to
 * match, so editing one end at a time always reaches the intended range, and says so.
 */
export function DateRangeInputs({ from, to, onChange }: DateRangeInputsProps) {
  const t = useMessages(TIMELINE_MESSAGES);
  const [note, setNote] = useState("");
  return (
    <div className="tl-dates">
      <DateField
        label={t.from}
        value={from}
        onValue={(day) => {
          const reversed = day !== null && to !== null && day > to;
          setNote(reversed ? t.toMoved : "");
          onChange({ from: day, to: reversed ? day : to });
        }}
      />
      <DateField
        label={t.to}
        value={to}
        onValue={(day) => {
          const reversed = day !== null && from !== null && day < from;
          setNote(reversed ? t.fromMoved : "");
          onChange({ from: reversed ? day : from, to: day });
        }}
      />
      <p className="tl-dates-note" role="status">
        {note}
      </p>
    </div>
  );
}
