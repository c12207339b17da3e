import { useId } from "react";
import { type DatasetOrigin, splitAddress } from "../../data/dataset-origin.ts";
import { formatIsoDate } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { formatDateTime } from "./kept-format.ts";
import { PROVENANCE_MESSAGES } from "./provenance-messages.ts";
import "./provenance.css";

function AddressOrigin({ url }: { url: string }) {
  const t = useMessages(PROVENANCE_MESSAGES);
  const tipId = useId();
  const { host, rest } = splitAddress(url);
  return (
    <>
      <strong className="provenance-alert">{t.notBundled}</strong> {t.loadedFrom}{" "}
      <span className="provenance-address-wrap">
        {/* The whole address shows on hover and on focus; the host stands out, the path may be cut. */}
        <a
          className="provenance-address"
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          dir="ltr"
          aria-describedby={tipId}
          data-testid="provenance-address"
        >
          <strong>{host}</strong>
          <span className="provenance-path">{rest}</span>
        </a>
        <span id={tipId} role="tooltip" className="provenance-full" dir="ltr">
          {url}
        </span>
      </span>
    </>
  );
}

function FileOrigin({ origin }: { origin: Extract<DatasetOrigin, { kind: "file" }> }) {
  const t = useMessages(PROVENANCE_MESSAGES);
  const lang = useLanguage();
  return (
    <>
      <strong className="provenance-alert">{t.notBundled}</strong> {t.yourFile}{" "}
      <strong className="provenance-file" dir="auto">
        {origin.name}
      </strong>
      {t.opened(formatDateTime(origin.openedAt, lang))}
    </>
  );
}

/**
 * Says whose data is on screen, from where the app opened it (never from the file's own title):
 * the bundled dataset with its update date, the address of a `data=` file, or a file from this
 * computer; anything but the bundled dataset comes with a way back to it.
 */
export function ProvenanceBanner() {
  const t = useMessages(PROVENANCE_MESSAGES);
  const lang = useLanguage();
  const origin = useAppStore((s) => s.dataset?.origin);
  const updated = useAppStore((s) => s.dataset?.metadata.updated);
  const openBundled = useAppStore((s) => s.openBundled);
  if (!origin) return null;
  if (origin.kind === "bundled")
    return (
      <section className="provenance provenance-bundled" aria-label={t.label} data-testid="provenance">
        <p>
          {t.bundled}
          {updated ? t.updated(formatIsoDate(updated, lang)) : ""}
        </p>
      </section>
    );
  return (
    <section className="provenance provenance-other" aria-label={t.label} data-testid="provenance">
      <p>{origin.kind === "address" ? <AddressOrigin url={origin.url} /> : <FileOrigin origin={origin} />}</p>
      <button type="button" className="provenance-back" onClick={openBundled}>
        {t.backToBundled}
      </button>
    </section>
  );
}
