import { useEffect, useState } from "react";
import { useMessages } from "../../i18n/use-language.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { OFFLINE_MESSAGES } from "./offline-messages.ts";
import { type OnNewVersion, registerServiceWorker } from "./register-service-worker.ts";
import "./offline.css";

/**
 * How long the page must go without loading a dataset before the offline copy is installed.
 * Installing stores every file of the app, a second or two of another thread's work: on a
 * two-core machine it would slow a file picked just after the page opened by about a fifth.
 */
const INSTALL_AFTER_QUIET_MS = 5_000;

/**
 * "A newer version is available — reload": a new deployment installed while the page is open
 * waits for the person, instead of swapping files under a running page. Everything shown is in
 * the address, so reloading keeps the view.
 */
export function UpdatePrompt({
  register = registerServiceWorker,
  quietMs = INSTALL_AFTER_QUIET_MS,
}: {
  register?: (onNewVersion: OnNewVersion) => void;
  quietMs?: number;
}) {
  const t = useMessages(OFFLINE_MESSAGES);
  const [reload, setReload] = useState<(() => void) | null>(null);
  const loading = useAppStore((s) => s.load.status === "loading");
  useEffect(() => {
    // A load starting before the quiet time is over puts the install off until it has ended.
    if (loading) return;
    const timer = setTimeout(() => register((apply) => setReload(() => apply)), quietMs);
    return () => clearTimeout(timer);
  }, [loading, register, quietMs]);
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
