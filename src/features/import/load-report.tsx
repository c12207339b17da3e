import { lazy, Suspense, useId, useMemo } from "react";
import { exportFileName } from "../../data/export/export-file-name.ts";
import { countryNameIn } from "../../data/import/country-names.ts";
import {
  groupSentence,
  type ProblemGroup,
  problemsToCsv,
  summarizeProblems,
} from "../../data/import/summarize-problems.ts";
import type { OpenDataset } from "../../data/load/open-dataset.ts";
import { problemSentence, type ReportedProblem, skippedRecordCount } from "../../data/load-problem.ts";
import { DATASET_FORMATS, type DatasetFormat } from "../../data/validate-dataset.ts";
import { NO_FILTERS } from "../../domain/filters.ts";
import { formatNumber } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";
import { isolate } from "../../i18n/message.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { DOWNLOAD_TYPES, downloadText } from "../../shared/download.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { describeSource, FILE_DESCRIPTION_MESSAGES } from "./file-description-messages.ts";
import { IMPORT_MESSAGES, type RowUnit } from "./import-messages.ts";
import "./import.css";

/** The provenance strings load with the banner's chunk, not with the first visit's JavaScript. */
const OriginFact = lazy(() =>
  import("../provenance/origin-fact.tsx").then((module) => ({ default: module.OriginFact })),
);

/** What one unit of the file is called: rows of a CSV, features of GeoJSON, records of JSON. */
export function rowUnitOf(format: DatasetFormat): RowUnit {
  if (format === "geojson") return "feature";
  if (format === "json-v1") return "record";
  return "row";
}

function formatLabel(format: DatasetFormat, labels: Partial<Record<string, string>>): string {
  return labels[format] ?? (DATASET_FORMATS as Record<string, string>)[format] ?? format;
}

/** A record's id as written, kept in one piece inside Arabic text. */
function idIn(id: string, lang: Language): string {
  return lang === "en" ? id : isolate(id);
}

function Groups({ groups, unit, tone }: { groups: ProblemGroup[]; unit: RowUnit; tone: "error" | "warning" }) {
  const t = useMessages(IMPORT_MESSAGES);
  const lang = useLanguage();
  return (
    <ul className="load-report-groups">
      {groups.map((group) => {
        const example = group.examples[0];
        const where =
          example?.index === undefined ? t.fileWide : t.rowLabel(unit, formatNumber(example.index + 1, lang));
        const n = group.rows || group.count;
        const reason = groupSentence(group, lang);
        return (
          <li key={group.key} className={`load-report-group-${tone}`}>
            <span className="load-report-reason">
              {group.rows === 0 ? `${t.fileWide}: ${reason}` : t.groupLine(n, formatNumber(n, lang), unit, reason)}
            </span>
            {example && (
              <span className="load-report-example">
                {t.example(example.id ? `${where} (${idIn(example.id, lang)})` : where, problemSentence(example, lang))}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Countries named in full on the outside-Syria line; the rest are counted. */
const OUTSIDE_COUNTRIES_SHOWN = 12;

/** "4,757 rows outside Syria skipped: Ukraine 564, Mexico 439, …": one line, not one per row. */
function OutsideSyriaLine({ dataset }: { dataset: OpenDataset }) {
  const t = useMessages(FILE_DESCRIPTION_MESSAGES);
  const lang = useLanguage();
  const outside = dataset.outsideSyria;
  if (!outside) return null;
  const shown = outside.countries
    .slice(0, OUTSIDE_COUNTRIES_SHOWN)
    .map((c) => t.countryCount(countryNameIn(c.name, lang), formatNumber(c.rows, lang)));
  const rest = outside.countries.length - shown.length;
  if (rest > 0) shown.push(t.moreCountries(rest, formatNumber(rest, lang)));
  return (
    <p className="load-report-outside" data-testid="load-report-outside">
      {t.outsideLine(formatNumber(outside.rows, lang), shown.join(t.separator))}
    </p>
  );
}

/** The outside-Syria line as a file-wide row of the downloaded report (English, like the other messages). */
function reportProblems(dataset: OpenDataset): ReportedProblem[] {
  const outside = dataset.outsideSyria;
  if (!outside) return dataset.problems;
  const countries = outside.countries.map((c) => `${c.name} ${c.rows}`).join(", ");
  return [
    { severity: "error", message: `${outside.rows} rows outside Syria skipped: ${countries}` },
    ...dataset.problems,
  ];
}

function reportFileName(dataset: OpenDataset): string {
  return exportFileName(`${dataset.metadata.title} load report`, NO_FILTERS, "csv");
}

/**
 * What the last load did: the format recognised, rows read, events loaded, rows skipped and
 * warnings grouped by reason, and the full list as a CSV to download. Reads the store.
 */
export function LoadReport({ headingId }: { headingId?: string }) {
  const t = useMessages(IMPORT_MESSAGES);
  const described = useMessages(FILE_DESCRIPTION_MESSAGES);
  const lang = useLanguage();
  const dataset = useAppStore((s) => s.dataset);
  const ownHeadingId = useId();
  const summary = useMemo(() => (dataset ? summarizeProblems(dataset.problems) : null), [dataset]);
  if (!dataset || !summary) return null;
  const unit = rowUnitOf(dataset.format);
  const description = dataset.description;
  const source = description ? describeSource(description, described, lang) : null;
  const hasProblems = dataset.problems.length > 0 || dataset.outsideSyria !== undefined;
  const warningCount = dataset.problems.filter((p) => p.severity === "warning").length;
  return (
    <section className="load-report" aria-labelledby={headingId ?? ownHeadingId}>
      <h2 id={headingId ?? ownHeadingId} tabIndex={-1}>
        {t.reportTitle}
      </h2>
      <dl className="load-report-facts">
        <dt>{t.datasetTitle}</dt>
        <dd>{dataset.metadata.title}</dd>
        {dataset.origin && (
          <Suspense fallback={null}>
            <OriginFact origin={dataset.origin} />
          </Suspense>
        )}
        <dt>{t.format}</dt>
        <dd data-testid="load-report-format">
          {[
            source ?? formatLabel(dataset.format, t.formatLabels),
            ...(description?.container === "xlsx" ? [described.workbookSheet(description.sheet ?? "")] : []),
          ].join(described.separator)}
        </dd>
        {description && description.container !== "xlsx" && (
          <>
            <dt>{described.encoding}</dt>
            <dd data-testid="load-report-encoding">{described.encodings[description.encoding]}</dd>
          </>
        )}
        {description?.delimiter && (
          <>
            <dt>{described.delimiter}</dt>
            <dd data-testid="load-report-delimiter">{described.delimiters[description.delimiter]}</dd>
          </>
        )}
        <dt>{t.rowsRead(unit)}</dt>
        <dd data-testid="load-report-read">{formatNumber(dataset.recordCount, lang)}</dd>
        <dt>{t.eventsLoaded}</dt>
        <dd data-testid="load-report-loaded">{formatNumber(dataset.index.size, lang)}</dd>
        <dt>{t.rowsSkipped(unit)}</dt>
        <dd data-testid="load-report-skipped">{formatNumber(skippedRecordCount(dataset), lang)}</dd>
        <dt>{t.warnings}</dt>
        <dd data-testid="load-report-warnings">{formatNumber(warningCount, lang)}</dd>
      </dl>
      {!hasProblems && <p>{t.nothingSkipped}</p>}
      {(summary.errors.length > 0 || dataset.outsideSyria) && (
        <>
          <h3>{t.skippedHeading}</h3>
          <OutsideSyriaLine dataset={dataset} />
          {summary.errors.length > 0 && <Groups groups={summary.errors} unit={unit} tone="error" />}
        </>
      )}
      {summary.warnings.length > 0 && (
        <>
          <h3>{t.warningsHeading}</h3>
          <Groups groups={summary.warnings} unit={unit} tone="warning" />
        </>
      )}
      {hasProblems && (
        <div className="load-report-actions">
          <button
            type="button"
            onClick={() =>
              downloadText(problemsToCsv(reportProblems(dataset)), reportFileName(dataset), DOWNLOAD_TYPES.csv)
            }
          >
            {t.downloadReport}
          </button>
        </div>
      )}
    </section>
  );
}
