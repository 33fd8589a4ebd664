import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Playwright cannot download its own browsers on a closed network, so tests
 * drive the system's Chromium (Debian's `chromium` package; `npm test`
 * installs it when missing). CHROMIUM_PATH names another one.
 */
export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
    try {
      const found = execFileSync("which", [name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
      if (found && existsSync(found)) return found;
    } catch {
      // not installed under this name
    }
  }
  return undefined;
}

/**
 * Flags that keep a headless Chromium quiet on a closed network and give it a fake camera and
 * microphone. The call tests put several people (windows) in one browser: without the last three,
 * Chromium throttles the windows behind the front one, and their video stalls at the others.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--use-fake-ui-for-media-stream",
  "--use-fake-device-for-media-stream",
  "--disable-background-timer-throttling",
  "--disable-backgrounding-occluded-windows",
  "--disable-renderer-backgrounding",
];
