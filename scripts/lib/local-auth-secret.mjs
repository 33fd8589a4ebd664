import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const file = path.resolve(import.meta.dirname, "../../.data/auth-secret");

/**
 * AUTH_SECRET for a machine that has none set: generated once into the
 * git-ignored data folder and reused, so that sessions survive restarts.
 * A deployment with several instances sets AUTH_SECRET itself.
 */
export async function localAuthSecret() {
  try {
    const secret = (await readFile(file, "utf8")).trim();
    if (secret.length >= 32) return secret;
  } catch {
    // not generated yet
  }
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  console.log(
    `[auth] Generated AUTH_SECRET into ${path.relative(process.cwd(), file)} (set AUTH_SECRET to choose your own).`,
  );
  return secret;
}
