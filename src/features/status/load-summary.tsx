import { useCallback, useId, useRef, useState } from "react";
import type { OpenDataset } from "../../data/load/open-dataset.ts";
import { type LoadProblem, problemSentence, skippedRecordCount } from "../../data/load-problem.ts";
import { formatNumber } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";
import { isolate } from "../../i18n/message.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { useDismiss } from "../../shared/use-dismiss.ts";
import { STATUS_MESSAGES } from "./status-messages.ts";
import "./load-summary.css";

function summaryLine(
  dataset: OpenDataset,
  warnings: LoadProblem[],
  lang: Language,
  t: (typeof STATUS_MESSAGES)[Language],
): string {
  const skipped = skippedRecordCount(dataset);
  const count = (n: number) => formatNumber(n, lang);
  const parts = [t.eventsLoaded(dataset.index.size, count(dataset.index.size))];
  if (skipped) parts.push(t.recordsSkipped(skipped, count(skipped)));
  if (warnings.length) parts.push(t.warnings(warnings.length, count(warnings.length)));
  return parts.join(lang === "ar" ? "، " : ", ");
}

/** Where and what, in the interface's language. */
function ProblemText({
  problem,
  lang,
  t,
}: {
  problem: LoadProblem;
  lang: Language;
  t: (typeof STATUS_MESSAGES)[Language];
}) {
  const where = [
    problem.index === undefined
      ? null
      : t.recordAt(lang === "en" ? String(problem.index + 1) : formatNumber(problem.index + 1, lang)),
    problem.id ? (lang === "en" ? `"${problem.id}"` : isolate(`"${problem.id}"`)) : null,
    problem.field ? t.fieldAt(problem.field) : null,
  ]
    .filter(Boolean)
    .join(lang === "ar" ? "، " : ", ");
  return (
    <span dir="auto">
      {where ? `${where}: ` : ""}
      {problemSentence(problem, lang)}
    </span>
  );
}

/** "62 events loaded, 3 records skipped": with the reasons one click away. */
export function LoadSummary({ dataset }: { dataset: OpenDataset }) {
  const t = useMessages(STATUS_MESSAGES);
  const lang = useLanguage();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useDismiss(
    open,
    rootRef,
    useCallback(() => setOpen(false), []),
    buttonRef,
  );
  const errors = dataset.problems.filter((p) => p.severity === "error");
  const warnings = dataset.problems.filter((p) => p.severity === "warning");
  const hasProblems = dataset.problems.length > 0;
  return (
    <div className={`load-summary${errors.length ? " has-errors" : ""}`} role="status" ref={rootRef}>
      <span>{summaryLine(dataset, warnings, lang, t)}</span>
      {hasProblems && (
        <>
          <button
            ref={buttonRef}
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
          >
            {open ? t.hideDetails : t.showDetails}
          </button>
          {open && (
            <ul id={listId} className="problem-list">
              {dataset.problems.map((problem, i) => (
                // Problems have no identity beyond their position in the report.
                // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
                <li key={i} className={`problem problem-${problem.severity}`}>
                  <span className="problem-severity">{problem.severity === "error" ? t.skipped : t.note}</span>{" "}
                  <ProblemText problem={problem} lang={lang} t={t} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
