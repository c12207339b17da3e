import { useEffect, useId, useRef, useState } from "react";
import { useMessages } from "../../i18n/use-language.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { FILTERS_MESSAGES } from "./filters-messages.ts";

/** How long typing pauses before the query runs. */
export const SEARCH_DEBOUNCE_MS = 150;

/**
 * Free-text search. The box keeps its own value while typing and hands it to the store after a
 * short pause; a change made elsewhere (a chip, "Clear all", the address) replaces the value.
 */
export function SearchBox() {
  const t = useMessages(FILTERS_MESSAGES);
  const storeText = useAppStore((s) => s.filters.text);
  const setFilters = useAppStore((s) => s.setFilters);
  const [value, setValue] = useState(storeText);
  const sent = useRef(storeText);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    if (storeText === sent.current) return;
    sent.current = storeText;
    clearTimeout(timer.current);
    setValue(storeText);
  }, [storeText]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (text: string) => {
    clearTimeout(timer.current);
    sent.current = text;
    setFilters({ text });
  };

  const change = (text: string) => {
    setValue(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(text), SEARCH_DEBOUNCE_MS);
  };

  const clear = () => {
    setValue("");
    commit("");
    inputRef.current?.focus();
  };

  return (
    <div className="filter-search">
      <label className="filter-search-label" htmlFor={id}>
        {t.searchLabel}
      </label>
      <div className="filter-search-field">
        <svg className="filter-search-icon" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          id={id}
          type="search"
          className="filter-search-input"
          value={value}
          placeholder={t.searchPlaceholder}
          dir="auto"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit(value);
            else if (e.key === "Escape" && value !== "") {
              e.preventDefault();
              clear();
            }
          }}
        />
        {value !== "" && (
          <button type="button" className="filter-search-clear" aria-label={t.clearSearch} onClick={clear}>
            ×
          </button>
        )}
      </div>
    </div>
  );
}
