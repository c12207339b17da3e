import { useEffect, useState } from "react";

export type CopyState = "idle" | "copied" | "failed";

/** Copies the current address; the state resets after a few seconds so the button reads normally again. */
export function useCopyLink(): [CopyState, () => void] {
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 3000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    if (!clipboard) {
      setState("failed");
      return;
    }
    clipboard.writeText(window.location.href).then(
      () => setState("copied"),
      () => setState("failed"),
    );
  };
  return [state, copy];
}
