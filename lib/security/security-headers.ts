import { env } from "@/lib/env";

/** An origin and, for a WebSocket origin, its HTTP twin (livekit-client asks `/rtc/validate` over HTTP). */
function originsOf(url: string | undefined): string[] {
  if (!url) return [];
  const { host, protocol } = new URL(url);
  const secure = protocol === "wss:" || protocol === "https:";
  return secure ? [`wss://${host}`, `https://${host}`] : [`ws://${host}`, `http://${host}`];
}

const development = env.NODE_ENV === "development";
const jitsi = new URL(env.JITSI_BASE_URL).origin;
// Where sign-in forms may lead: next-auth answers a provider's form with a redirect to the provider.
const oauthOrigins = [
  ...(env.AUTH_GITHUB_ID ? ["https://github.com"] : []),
  ...(env.AUTH_GOOGLE_ID ? ["https://accounts.google.com"] : []),
];

/**
 * The Content-Security-Policy of one response. Scripts run only with this
 * response's nonce (Next.js puts it on its own scripts) or when such a script
 * loads them ('strict-dynamic': LiveKit's chunks, Jitsi's IFrame API); the
 * page may talk to Qari and its LiveKit server only, frame Jitsi only, and be
 * framed by no one. Styles may be inline: LiveKit's components and React set
 * style attributes, which carry no script.
 */
export function contentSecurityPolicy(nonce: string): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...originsOf(env.LIVEKIT_URL), ...(development ? ["ws:"] : [])],
    "media-src": ["'self'", "blob:", "mediastream:"],
    "worker-src": ["'self'", "blob:"],
    "frame-src": [jitsi],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'", ...oauthOrigins],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** The headers every answer carries, whatever it is: page, API, file. */
export const securityHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // The call needs camera, microphone and screen sharing: here, and in the Jitsi room Qari embeds.
  "Permissions-Policy": `camera=(self "${jitsi}"), microphone=(self "${jitsi}"), display-capture=(self "${jitsi}"), geolocation=(), payment=(), usb=()`,
  ...(env.APP_URL.startsWith("https:") ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
};
