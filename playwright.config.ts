import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium } from "./lib/testing/chromium";
import { testAppEnv } from "./lib/testing/test-env";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
const executablePath = findChromium();
if (!executablePath)
  throw new Error("No Chromium found: run `npm test` (it installs Debian's chromium) or set CHROMIUM_PATH.");

export default defineConfig({
  testDir: "e2e",
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
    env: { ...testAppEnv(port), NODE_ENV: "production" },
    reuseExistingServer: false,
    timeout: 90_000,
  },
});
