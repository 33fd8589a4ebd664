/**
 * JITSI_CONFIG_PARAMS ("config.prejoinConfig.enabled=false&config.disableDeepLinking=true",
 * the URL-fragment form Jitsi reads) as the nested object its IFrame API takes
 * as `configOverwrite`, so the embedded room behaves like the linked one.
 * Values are JSON when they parse as JSON (false, 3, "x"), strings otherwise.
 */
export function configOverwriteFromParams(params: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const pair of params.replace(/^#/, "").split("&")) {
    const [rawKey = "", ...rest] = pair.split("=");
    const key = safeDecode(rawKey);
    if (!key.startsWith("config.") || rest.length === 0) continue;
    const path = key.slice("config.".length).split(".");
    // Keys that would reach Object.prototype are ignored rather than trusted.
    if (path.some((part) => !part || part === "__proto__" || part === "constructor" || part === "prototype")) continue;
    let target = result;
    for (const part of path.slice(0, -1)) {
      const next = target[part];
      target = (target[part] = typeof next === "object" && next !== null ? next : {}) as Record<string, unknown>;
    }
    target[path.at(-1)!] = parseValue(safeDecode(rest.join("=")));
  }
  return result;
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
