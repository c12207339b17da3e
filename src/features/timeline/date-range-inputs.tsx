import { type ChangeEvent, useId, useState } from "react";
import { formatDay, parseIsoDate } from "../../domain/dates.ts";
import { useMessages } from "../../i18n/use-language.ts";
import { TIMELINE_MESSAGES } from "./timeline-messages.ts";

interface DateFieldProps {
  label: string;
  value: number | null;
  onValue(day: number | null): void;
}

/**
 * A native date input bound to a day number. What is typed stays on screen while it is
 * incomplete or invalid (and is not applied); an empty field means open-ended.
 */
function DateField({ label, value, onValue }: DateFieldProps) {
  const t = useMessages(TIMELINE_MESSAGES);
  const id = useId();
  const errorId = useId();
  const shown = value === null ? "" : formatDay(value);
  const [draft, setDraft] = useState(shown);
  const [synced, setSynced] = useState(shown);
  const [pending, setPending] = useState(false);
  const [invalid, setInvalid] = useState(false);
  // Follow the store when the range changes elsewhere (brush, presets, play).
  if (shown !== synced) {
    setSynced(shown);
    setDraft(shown);
    setPending(false);
    setInvalid(false);
  }

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    setDraft(text);
    // Browsers report "" while a date is half typed; only a truly empty field clears.
    if (text === "" && !e.target.validity.badInput) {
      setPending(false);
      setInvalid(false);
      onValue(null);
      return;
    }
    const parsed = parseIsoDate(text);
    if (parsed?.precision !== "day") {
      setPending(true);
      return;
    }
    setPending(false);
    setInvalid(false);
    onValue(parsed.startDay);
  };

  return (
    <div className="tl-date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={draft}
        min="1900-01-01"
        max="2100-12-31"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={onChange}
        onBlur={() => setInvalid(pending)}
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
