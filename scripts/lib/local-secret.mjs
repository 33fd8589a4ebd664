import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const dataDir = path.resolve(import.meta.dirname, "../../.data");

/**
 * A secret for a machine that has none configured (AUTH_SECRET, the local
 * LiveKit server's key and secret): generated once into the git-ignored data
 * folder and reused, so that sessions and tokens survive restarts. A
 * deployment with several instances sets its secrets itself.
 *
 * @param {string} name   file name under .data/, e.g. "auth-secret"
 * @param {string} hint   how to choose one's own instead, printed when it is generated
 * @param {number} bytes  random bytes; the secret is their base64url text
 */
export async function localSecret(name, hint, bytes = 32) {
  const file = path.join(dataDir, name);
  try {
    const secret = (await readFile(file, "utf8")).trim();
    if (secret.length >= Math.ceil((bytes * 4) / 3)) return secret;
  } catch {
    // not generated yet
  }
  const secret = randomBytes(bytes).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  console.log(`[secrets] Generated ${path.relative(process.cwd(), file)} (${hint}).`);
  return secret;
}
