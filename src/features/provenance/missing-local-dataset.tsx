import { useId, useRef } from "react";
import { useMessages } from "../../i18n/use-language.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { DATASET_FILE_ACCEPT } from "../import/import-controls.tsx";
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
  const inputRef = useRef<HTMLInputElement>(null);
  if (!key) return null;
  return (
    <section className="missing-local" aria-labelledby={headingId} data-testid="missing-local">
      <h2 id={headingId}>{t.missingTitle}</h2>
      <p>{t.missingBody}</p>
      <p className="missing-local-key">
        {t.missingKey} <code dir="ltr">local:{key}</code>
      </p>
      <div className="missing-local-actions">
        <button type="button" className="missing-local-open" onClick={() => inputRef.current?.click()}>
          {t.openFile}
        </button>
        <input
          ref={inputRef}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t.fileInput}
          accept={DATASET_FILE_ACCEPT}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) onFile(file);
          }}
        />
        <button type="button" onClick={openBundled}>
          {t.showBundled}
        </button>
      </div>
    </section>
  );
}
