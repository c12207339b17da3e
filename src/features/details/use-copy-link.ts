import { useEffect, useState } from "react";
import { useAppStore } from "../../state/store-context.tsx";

/**
 * copied-local: copied, but the data is a file from this computer, so the link reopens it only in
 * this browser. local-only: the file could not be kept, so a link cannot reopen it: nothing copied.
 * link-pending: the file was just opened and its key is still being found: nothing copied yet.
 */
export type CopyState = "idle" | "copied" | "copied-local" | "local-only" | "link-pending" | "failed";

/** Copies the current address; the state resets after a few seconds so the button reads normally again. */
export function useCopyLink(): [CopyState, () => void] {
  const [state, setState] = useState<CopyState>("idle");
  const fromDisk = useAppStore((s) => (s.dataset?.origin?.kind === "file" ? s.dataset.origin : null));
  useEffect(() => {
    if (state === "idle") return;
    // The warnings about local files are longer: they stay up longer.
    const timer = setTimeout(
      () => setState("idle"),
      state === "copied" || state === "failed" || state === "link-pending" ? 3000 : 8000,
    );
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    if (fromDisk && !fromDisk.key) {
      setState(fromDisk.keying ? "link-pending" : "local-only");
      return;
    }
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    if (!clipboard) {
      setState("failed");
      return;
    }
    clipboard.writeText(window.location.href).then(
      () => setState(fromDisk ? "copied-local" : "copied"),
      () => setState("failed"),
    );
  };
  return [state, copy];
}
