/**
 * Loads `.env` (if present) into process.env the way Next does, then
 * validates everything with lib/env.js, printing the problem and exiting
 * instead of a stack trace when a variable is missing or malformed.
 */
export async function loadEnv() {
  const { loadEnvConfig } = (await import("@next/env")).default;
  loadEnvConfig(process.cwd(), process.argv[2] === "dev", { info: () => {}, error: console.error });
  try {
    return (await import("../../lib/env.js")).env;
  } catch (error) {
    console.error(/** @type {Error} */ (error).message);
    process.exit(1);
  }
}
