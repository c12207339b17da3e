/** Called when a new deployment is installed and waiting; `reload` switches to it and reloads. */
export type OnNewVersion = (reload: () => void) => void;

/** How often a long-open page asks whether a new deployment exists. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
let registered = false;

/**
 * Registers the service worker of the built app (vite-plugin-pwa). Loaded on demand, after the
 * first render, so it adds nothing to the JavaScript a first visit waits for. Not in development.
 */
export function registerServiceWorker(onNewVersion: OnNewVersion): void {
  if (registered || !import.meta.env.PROD || typeof navigator === "undefined" || !("serviceWorker" in navigator))
    return;
  registered = true;
  import("virtual:pwa-register")
    .then(({ registerSW }) => {
      const update = registerSW({
        onNeedRefresh: () => onNewVersion(() => void update(true)),
        onRegisteredSW: (_url, registration) => {
          if (registration) setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
        },
      });
    })
    // Without the registration the app still works; it just will not work offline.
    .catch(() => undefined);
}
