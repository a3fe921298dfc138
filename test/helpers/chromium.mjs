// Debian's chromium, driven by playwright-core, as the preview's tests and the README's
// screenshots use it: headless, no sandbox (CI runs as root), nothing fetched from the network,
// a fresh profile each time (a persistent context is how playwright takes --user-data-dir).
import { chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A browser context on a fresh profile folder (the caller removes it). */
export function launchChromium(profile, options = {}) {
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ...options });
}
