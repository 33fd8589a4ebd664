import path from "node:path";
import { defineConfig } from "vitest/config";
import { testAppEnv } from "./testing/test-env";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: "server-only", replacement: path.join(root, "testing/empty-module.ts") },
    ],
  },
  test: {
    include: ["app/**/*.test.ts", "lib/**/*.test.ts"],
    globalSetup: ["testing/vitest-global-setup.ts"],
    // Test code imports lib/ modules (fixtures, the outbox); they read the same variables as a server would.
    env: testAppEnv(3000),
    testTimeout: 30_000,
    hookTimeout: 90_000,
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
  },
});
