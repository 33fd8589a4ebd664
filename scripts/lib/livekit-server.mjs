import { execFile } from "node:child_process";
import { access, constants, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

/**
 * LiveKit's open-source media server, the one Qari's development, tests and
 * CI run. The version is pinned here and only here.
 *
 * v1.13.5 declares `go 1.26` and has no `replace` directives, so
 * `go install module@version` builds it (later untagged commits add
 * `replace` lines that `go install` refuses).
 */
export const LIVEKIT_SERVER_VERSION = "1.13.5";
const LIVEKIT_SERVER_MODULE = "github.com/livekit/livekit-server/cmd/server";

const root = path.resolve(import.meta.dirname, "../..");
/** Git-ignored, one folder per version, so a pin change never runs a stale binary. */
const cacheDir = path.join(root, ".cache/livekit-server", `v${LIVEKIT_SERVER_VERSION}`);
const cachedBinary = path.join(cacheDir, "livekit-server");

const run = promisify(execFile);

/** @param {string} file */
async function isExecutable(file) {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** @param {string} name @returns {Promise<string | null>} */
async function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && (await isExecutable(path.join(dir, name)))) return path.join(dir, name);
  }
  return null;
}

/** `go` on PATH, or where Go's own installer puts it (not always on PATH). */
async function findGo() {
  return (await onPath("go")) ?? ((await isExecutable("/usr/local/go/bin/go")) ? "/usr/local/go/bin/go" : null);
}

/**
 * Finds a LiveKit server binary, in this order: `LIVEKIT_SERVER_BIN`; a
 * `livekit-server` on PATH; the binary cached in `.cache/livekit-server/v…`;
 * building it into that cache with Go when `go` exists (minutes the first
 * time, seconds once Go's caches are warm). Null when none of these works.
 *
 * @param {{ build?: boolean; log?: (line: string) => void }} [options]
 * @returns {Promise<{ path: string; source: "LIVEKIT_SERVER_BIN" | "PATH" | "cache" | "built" } | null>}
 */
export async function findLivekitServer({ build = true, log = console.log } = {}) {
  const configured = process.env.LIVEKIT_SERVER_BIN;
  if (configured) {
    if (!(await isExecutable(configured)))
      throw new Error(`LIVEKIT_SERVER_BIN=${configured} is not an executable file.`);
    return { path: configured, source: "LIVEKIT_SERVER_BIN" };
  }
  const installed = await onPath("livekit-server");
  if (installed) return { path: installed, source: "PATH" };
  if (await isExecutable(cachedBinary)) return { path: cachedBinary, source: "cache" };
  const go = build ? await findGo() : null;
  if (!go) return null;

  log(`[livekit] Building LiveKit server v${LIVEKIT_SERVER_VERSION} with Go (once; a few minutes the first time)…`);
  await mkdir(cacheDir, { recursive: true });
  // Built into a private folder, then renamed into place: a concurrent build never leaves a half-written binary.
  const staging = await mkdtemp(path.join(cacheDir, "build-"));
  try {
    await run(go, ["install", `${LIVEKIT_SERVER_MODULE}@v${LIVEKIT_SERVER_VERSION}`], {
      env: { ...process.env, GOBIN: staging, GOFLAGS: `${process.env.GOFLAGS ?? ""} -buildvcs=false`.trim() },
      maxBuffer: 16 * 1024 * 1024,
    });
    await rename(path.join(staging, "server"), cachedBinary);
  } catch (error) {
    const output = /** @type {{ stderr?: string }} */ (error).stderr ?? String(error);
    throw new Error(`Building LiveKit server v${LIVEKIT_SERVER_VERSION} failed:\n${output.trim()}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  log(`[livekit] Built ${path.relative(process.cwd(), cachedBinary)}.`);
  return { path: cachedBinary, source: "built" };
}

/** What to tell someone whose machine has no LiveKit server and no Go. */
export const livekitServerAdvice = [
  "No LiveKit server was found, and Go is not installed to build one. Any of these gives Qari its in-app calls:",
  `  - install Go (https://go.dev/dl) and run Qari again: it builds LiveKit server v${LIVEKIT_SERVER_VERSION} once;`,
  "  - macOS: brew install livekit;  Linux: curl -sSL https://get.livekit.io | bash;",
  "  - or set LIVEKIT_SERVER_BIN to a livekit-server binary;",
  "  - or use LiveKit Cloud: set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET.",
].join("\n");

/** The version a binary reports (`livekit-server version 1.13.5`). @param {string} bin */
export async function livekitServerVersion(bin) {
  const { stdout } = await run(bin, ["--version"]);
  return stdout.trim().split(/\s+/).pop() ?? "";
}
