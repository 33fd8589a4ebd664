import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium } from "./lib/testing/chromium";
import { testAppEnv } from "./lib/testing/test-env";

const port = Number(process.env.E2E_PORT ?? 3210);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526);
const baseURL = `http://localhost:${port}`;
const executablePath = findChromium();
if (!executablePath)
  throw new Error("No Chromium found: run `npm test` (it installs Debian's chromium) or set CHROMIUM_PATH.");

export default defineConfig({
  testDir: "e2e",
  // The app under test sends its email to a real SMTP peer that this starts; tests read what it received.
  globalSetup: "./e2e/support/global-setup.ts",
  fullyParallel: true,
  forbidOnly: true,
  workers: process.env.CI ? 2 : undefined,
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
