import { useEffect, useState } from "react";
import { useMessages } from "../../i18n/use-language.ts";
import { OFFLINE_MESSAGES } from "./offline-messages.ts";
import { type OnNewVersion, registerServiceWorker } from "./register-service-worker.ts";
import "./offline.css";

/**
 * "A newer version is available — reload": a new deployment installed while the page is open
 * waits for the person, instead of swapping files under a running page. Everything shown is in
 * the address, so reloading keeps the view.
 */
export function UpdatePrompt({
  register = registerServiceWorker,
}: {
  register?: (onNewVersion: OnNewVersion) => void;
}) {
  const t = useMessages(OFFLINE_MESSAGES);
  const [reload, setReload] = useState<(() => void) | null>(null);
  useEffect(() => register((apply) => setReload(() => apply)), [register]);
  if (!reload) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <p>{t.newVersion}</p>
      <button type="button" className="update-prompt-reload" onClick={reload}>
        {t.reload}
      </button>
      <button type="button" onClick={() => setReload(null)}>
        {t.later}
      </button>
    </div>
  );
}
