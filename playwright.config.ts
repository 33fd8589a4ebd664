import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium } from "./testing/chromium";
import { freePort } from "./testing/free-port";
import { testAppEnv } from "./testing/test-env";

// Free ports, picked once: the config is loaded again in every worker, which inherits
// these variables and so finds the same app and SMTP peer.
process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_SMTP_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
const smtpPort = Number(process.env.E2E_SMTP_PORT);
const baseURL = `http://localhost:${port}`;
const executablePath = findChromium();
if (!executablePath)
  throw new Error("No Chromium found: run `npm test` (it installs Debian's chromium) or set CHROMIUM_PATH.");

export default defineConfig({
  testDir: "e2e",
  // The app under test sends its email to a real SMTP peer that this starts; tests read what it received.
  globalSetup: "./testing/playwright-global-setup.ts",
  fullyParallel: true,
  forbidOnly: true,
  // One worker in CI: the app, LiveKit's server and every browser share two cores there, and
  // the suite holds the product to real-time limits (a silent server reported within 10 s).
  workers: process.env.CI ? 1 : undefined,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  outputDir: "test-results/playwright",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    command: `node node_modules/.bin/next start -p ${port}`,
    url: `${baseURL}/api/health`,
    env: { ...testAppEnv(port, { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` }), NODE_ENV: "production" },
    reuseExistingServer: false,
    timeout: 90_000,
  },
});
