import type { DatasetOrigin } from "../../data/dataset-origin.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { formatDateTime } from "./kept-format.ts";
import { PROVENANCE_MESSAGES } from "./provenance-messages.ts";

/** The load report's "Source" line: the same origin the banner shows. */
export function OriginFact({ origin }: { origin: DatasetOrigin }) {
  const t = useMessages(PROVENANCE_MESSAGES);
  const lang = useLanguage();
  return (
    <>
      <dt>{t.source}</dt>
      <dd data-testid="load-report-origin">
        {origin.kind === "bundled" ? (
          t.bundled
        ) : origin.kind === "address" ? (
          <span dir="ltr" className="load-report-origin-url">
            {origin.url}
          </span>
        ) : (
          <>
            {t.yourFile} <span dir="auto">{origin.name}</span>
            {t.opened(formatDateTime(origin.openedAt, lang))}
          </>
        )}
      </dd>
    </>
  );
}
