import { useId } from "react";
import { useMessages } from "../../i18n/use-language.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { OpenFileButton } from "../import/import-controls.tsx";
import { KEPT_MESSAGES } from "./kept-messages.ts";
import "./provenance.css";

/**
 * A `data=local:<key>` link opened where its file is not kept (another machine, another browser,
 * or after "Forget"): says the file stays on the sender's computer and offers to open one.
 */
export function MissingLocalDataset({ onFile }: { onFile: (file: File) => void }) {
  const t = useMessages(KEPT_MESSAGES);
  const key = useAppStore((s) => s.missingLocalKey);
  const openBundled = useAppStore((s) => s.openBundled);
  const headingId = useId();
  if (!key) return null;
  return (
    <section className="missing-local" aria-labelledby={headingId} data-testid="missing-local">
      <h2 id={headingId}>{t.missingTitle}</h2>
      <p>{t.missingBody}</p>
      <p className="missing-local-key">
        {t.missingKey} <code dir="ltr">local:{key}</code>
      </p>
      <div className="missing-local-actions">
        <OpenFileButton className="missing-local-open" label={t.openFile} inputLabel={t.fileInput} onFile={onFile} />
        <button type="button" onClick={openBundled}>
          {t.showBundled}
        </button>
      </div>
    </section>
  );
}
