// @ts-check
/**
 * Qari's configuration, validated once with zod when the process starts
 * (next.config.js imports this file, so `next build`, `next dev` and
 * `next start` all stop on a missing or malformed variable, naming it).
 * `.env.example` documents every variable.
 *
 * Plain JavaScript with JSDoc so that next.config.js and the launch scripts
 * can import it without a compile step; TypeScript still checks it.
 */
import { z } from "zod";

if (typeof window !== "undefined") {
  throw new Error("lib/env.js holds server secrets and must never be imported by browser code.");
}

/** An unset variable and one set to the empty string mean the same. */
const optional = /** @template {z.ZodType} T @param {T} schema */ (schema) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const withDefault = /** @template {z.ZodType} T @param {T} schema @param {z.input<T>} fallback */ (schema, fallback) =>
  z.preprocess((value) => (value === "" || value === undefined ? fallback : value), schema);

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" });
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });

const schema = z
  .object({
    NODE_ENV: withDefault(z.enum(["development", "production", "test"]), "development"),
    PORT: withDefault(z.coerce.number().int().min(1).max(65535), 3000),
    HOST: optional(z.string()),
    APP_URL: optional(httpUrl),

    DATABASE_URL: optional(postgresUrl),
    EMBEDDED_DATABASE_DIR: withDefault(z.string(), ".data/postgres"),
    EMBEDDED_DATABASE_PORT: withDefault(z.coerce.number().int().min(1).max(65535), 54329),

    DEFAULT_PROVIDER: optional(z.enum(["livekit", "jitsi"])),
    JITSI_BASE_URL: withDefault(httpUrl, "https://meet.jit.si"),
    JITSI_CONFIG_PARAMS: withDefault(z.string(), "config.prejoinConfig.enabled=false&config.disableDeepLinking=true"),

    LIVEKIT_URL: optional(
      z.url({ protocol: /^(wss?|https?)$/, error: "must be a ws://, wss://, http:// or https:// URL" }),
    ),
    LIVEKIT_API_KEY: optional(z.string()),
    LIVEKIT_API_SECRET: optional(z.string()),
    // Read by scripts/lib/livekit-server.mjs only: the binary `npm run dev` / `npm start` run when LIVEKIT_URL is unset.
    LIVEKIT_SERVER_BIN: optional(z.string()),
    // Test-only: a join token lifetime short enough for a test to see a token expire. Default ten minutes.
    LIVEKIT_JOIN_TOKEN_TTL_SECONDS: optional(
      z.coerce
        .number()
        .int()
        .min(1)
        .max(24 * 60 * 60),
    ),
    JITSI_APP_ID: optional(z.string()),
    JITSI_APP_SECRET: optional(z.string().min(16, "must be at least 16 characters")),

    CORS_ORIGINS: withDefault(z.string(), ""),

    // Signs session cookies and magic links. Optional here only so that `next build` runs without it:
    // `npm run dev` / `npm start` generate one into the data folder when it is unset.
    AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)")),
    AUTH_GITHUB_ID: optional(z.string()),
    AUTH_GITHUB_SECRET: optional(z.string()),
    AUTH_GOOGLE_ID: optional(z.string()),
    AUTH_GOOGLE_SECRET: optional(z.string()),

    // Email: Resend when RESEND_API_KEY is set, SMTP when SMTP_URL or SMTP_SERVER is, else the development mailbox.
    EMAIL_FROM: optional(z.string()),
    RESEND_API_KEY: optional(z.string()),
    RESEND_BASE_URL: optional(httpUrl),
    SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })),
    SMTP_SERVER: optional(z.string()),
    SMTP_PORT: optional(z.coerce.number().int().min(1).max(65535)),
    SENDER_EMAIL: optional(z.string()),
    SENDER_PASSWORD: optional(z.string()),

    // Whether this process runs background jobs (email retries, cron jobs). Turn it off on instances
    // that should only serve requests; at least one instance must keep it on.
    JOB_WORKER: withDefault(
      z.enum(["true", "false"], { error: "must be true or false" }).transform((value) => value === "true"),
      "true",
    ),
  })
  .superRefine((vars, ctx) => {
    const livekit = [vars.LIVEKIT_URL, vars.LIVEKIT_API_KEY, vars.LIVEKIT_API_SECRET];
    if (livekit.some(Boolean) && !livekit.every(Boolean)) {
      for (const name of /** @type {const} */ (["LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"])) {
        if (!vars[name])
          ctx.addIssue({ code: "custom", path: [name], message: "is required when any LIVEKIT_ variable is set" });
      }
    }
    if (vars.DEFAULT_PROVIDER === "livekit" && !vars.LIVEKIT_URL) {
      ctx.addIssue({ code: "custom", path: ["DEFAULT_PROVIDER"], message: "is livekit, but LIVEKIT_URL is not set" });
    }
    for (const [id, secret] of /** @type {const} */ ([
      ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"],
      ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"],
      ["JITSI_APP_ID", "JITSI_APP_SECRET"],
    ])) {
      if (Boolean(vars[id]) !== Boolean(vars[secret])) {
        const missing = vars[id] ? secret : id;
        ctx.addIssue({ code: "custom", path: [missing], message: `is required when ${vars[id] ? id : secret} is set` });
      }
    }
    const from = vars.EMAIL_FROM ?? vars.SENDER_EMAIL;
    if ((vars.RESEND_API_KEY || vars.SMTP_URL || vars.SMTP_SERVER) && !from) {
      ctx.addIssue({
        code: "custom",
        path: ["EMAIL_FROM"],
        message: "is required to send email through Resend or SMTP",
      });
    }
    for (const origin of splitList(vars.CORS_ORIGINS)) {
      if (origin !== "*" && !URL.canParse(origin)) {
        ctx.addIssue({
          code: "custom",
          path: ["CORS_ORIGINS"],
          message: `"${origin}" is not an origin such as https://example.com`,
        });
      }
    }
  })
  .transform((vars) => ({
    ...vars,
    APP_URL: (vars.APP_URL ?? `http://localhost:${vars.PORT}`).replace(/\/+$/, ""),
    JITSI_BASE_URL: vars.JITSI_BASE_URL.replace(/\/+$/, ""),
    /** @type {"livekit" | "jitsi"} */
    DEFAULT_PROVIDER: vars.DEFAULT_PROVIDER ?? (vars.LIVEKIT_URL ? "livekit" : "jitsi"),
    CORS_ORIGINS: splitList(vars.CORS_ORIGINS).map((origin) => (origin === "*" ? origin : new URL(origin).origin)),
    livekit:
      vars.LIVEKIT_URL && vars.LIVEKIT_API_KEY && vars.LIVEKIT_API_SECRET
        ? { url: vars.LIVEKIT_URL, apiKey: vars.LIVEKIT_API_KEY, apiSecret: vars.LIVEKIT_API_SECRET }
        : null,
    jitsiJwt:
      vars.JITSI_APP_ID && vars.JITSI_APP_SECRET
        ? { appId: vars.JITSI_APP_ID, appSecret: vars.JITSI_APP_SECRET }
        : null,
    EMAIL_FROM: vars.EMAIL_FROM ?? vars.SENDER_EMAIL ?? "Qari <qari@localhost>",
    /** @type {"resend" | "smtp" | "mailbox"} */
    emailTransport: vars.RESEND_API_KEY ? "resend" : vars.SMTP_URL || vars.SMTP_SERVER ? "smtp" : "mailbox",
  }));

/** @param {string} list */
function splitList(list) {
  return list
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * @param {Record<string, string | undefined>} source
 * @returns {z.output<typeof schema>}
 */
export function parseEnv(source) {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "environment"}: ${issue.message}`);
  throw new Error(
    `Qari cannot start: invalid environment variables.\n${lines.join("\n")}\nSee .env.example for what each variable means.`,
  );
}

export const env = parseEnv(process.env);
