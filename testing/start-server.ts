import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort } from "./free-port";
import { testAppEnv } from "./test-env";

const root = path.resolve(import.meta.dirname, "..");

export interface TestServer {
  url: string;
  /** What the server has printed so far, stdout and stderr together. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the production build (`next start`) with the test environment plus
 * `overrides`, on `port` (a free one by default), and waits until it answers.
 */
export async function startServer(
  overrides: Record<string, string> = {},
  { port }: { port?: number } = {},
): Promise<TestServer> {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
    throw new Error("No production build found: run `npm test` (it builds first) or `npm run build`.");
  }
  port ??= await freePort();
  const url = `http://localhost:${port}`;
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, ...testAppEnv(port, overrides), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));

  await waitUntilReady(url, child, () => output);
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The test server exited (${child.exitCode}):\n${output()}`);
    try {
      // Any answer, even a 503 from a server whose database is down, means it is up.
      await fetch(`${url}/api/health`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  child.kill("SIGKILL");
  throw new Error(`The test server did not start within 60 s:\n${output()}`);
}
