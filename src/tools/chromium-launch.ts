/**
 * How the tests and the benchmark start Chromium: Debian's build (browsers are never downloaded),
 * headless, and with background networking off, since this machine's closed network would
 * otherwise refuse its connections many times a second.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
