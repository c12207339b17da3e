import { useId, useState } from "react";
import { describeProblem, type LoadProblem } from "../../data/load-problem.ts";
import type { LoadedDataset } from "../../data/validate-dataset.ts";

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

function summaryLine(dataset: LoadedDataset, errors: LoadProblem[], warnings: LoadProblem[]): string {
  const skipped = new Set(errors.filter((p) => p.index !== undefined).map((p) => p.index)).size;
  const parts = [`${plural(dataset.events.length, "event")} loaded`];
  if (skipped) parts.push(`${plural(skipped, "record")} skipped`);
  if (warnings.length) parts.push(plural(warnings.length, "warning"));
  return parts.join(", ");
}

/** "62 events loaded, 3 records skipped": with the reasons one click away. */
export function LoadSummary({ dataset }: { dataset: LoadedDataset }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const errors = dataset.problems.filter((p) => p.severity === "error");
  const warnings = dataset.problems.filter((p) => p.severity === "warning");
  const hasProblems = dataset.problems.length > 0;
  return (
    <div className={`load-summary${errors.length ? " has-errors" : ""}`} role="status">
      <span>{summaryLine(dataset, errors, warnings)}</span>
      {hasProblems && (
        <>
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
          >
            {open ? "Hide details" : "Show details"}
          </button>
          {open && (
            <ul id={listId} className="problem-list">
              {dataset.problems.map((problem, i) => (
                // Problems have no identity beyond their position in the report.
                // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
                <li key={i} className={`problem problem-${problem.severity}`}>
                  <span className="problem-severity">{problem.severity === "error" ? "Skipped" : "Note"}</span>{" "}
                  {describeProblem(problem)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
