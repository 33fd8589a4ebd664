/**
 * The environment every test server and test process shares, so that a
 * developer's own .env cannot change what the tests see. The tests run
 * against DATABASE_URL, which `npm test` provides (a fresh embedded
 * PostgreSQL, or the server CI names).
 */

/**
 * The real LiveKit server of the test run: `npm test` starts one (see
 * scripts/test.ts) with this key and secret and names its URL in
 * TEST_LIVEKIT_URL. A call test never runs without it.
 */
export const TEST_LIVEKIT = {
  get url(): string {
    const url = process.env.TEST_LIVEKIT_URL;
    if (!url) throw new Error("TEST_LIVEKIT_URL is not set. Run the tests with `npm test`, which starts LiveKit.");
    return url;
  },
  apiKey: "qari-test-key",
  apiSecret: "qari-test-secret-that-is-long-enough-for-hs256",
};

export const TEST_CORS_ORIGIN = "https://allowed.example";

export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Run the tests with `npm test`, which provides a database.");
  }
  // Tests write rows; never let them loose on a database that is not on this machine.
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host) && process.env.QARI_TEST_ALLOW_REMOTE_DB !== "1") {
    throw new Error(
      `Refusing to run tests against ${host}: the test database must be local (QARI_TEST_ALLOW_REMOTE_DB=1 overrides).`,
    );
  }
  return url;
}

/** Variables for a Qari server (or test process) under test; `overrides` win. */
export function testAppEnv(port: number, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: testDatabaseUrl(),
    PORT: String(port),
    APP_URL: `http://localhost:${port}`,
    LIVEKIT_URL: TEST_LIVEKIT.url,
    LIVEKIT_API_KEY: TEST_LIVEKIT.apiKey,
    LIVEKIT_API_SECRET: TEST_LIVEKIT.apiSecret,
    DEFAULT_PROVIDER: "",
    JITSI_BASE_URL: "https://meet.jit.si",
    JITSI_CONFIG_PARAMS: "config.prejoinConfig.enabled=false&config.disableDeepLinking=true",
    CORS_ORIGINS: TEST_CORS_ORIGIN,
    AUTH_SECRET: "qari-test-auth-secret-0123456789abcdef",
    AUTH_GITHUB_ID: "",
    AUTH_GITHUB_SECRET: "",
    AUTH_GOOGLE_ID: "",
    AUTH_GOOGLE_SECRET: "",
    JITSI_APP_ID: "",
    JITSI_APP_SECRET: "",
    RESEND_API_KEY: "",
    SMTP_URL: "",
    SMTP_SERVER: "",
    EMAIL_FROM: "Qari <qari@example.test>",
    // Test servers share one database (and its job queue) but not one email configuration: only a
    // test that exercises retries runs job workers in its server, so no other server takes its mail.
    JOB_WORKER: "false",
    NEXT_TELEMETRY_DISABLED: "1",
    ...overrides,
  };
}
