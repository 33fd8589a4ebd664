import { request } from "./http";

/**
 * Asks for a magic link the way a browser form posting to next-auth does:
 * fetches a CSRF token (and its cookie), then posts the form. `baseUrl`
 * defaults to the suite's server; `headers` are added to the post.
 */
export async function requestSignInLink(
  email: string,
  {
    baseUrl,
    headers = {},
    callbackUrl,
  }: { baseUrl?: string; headers?: Record<string, string>; callbackUrl?: string } = {},
) {
  const csrf = await request<{ csrfToken: string }>("/api/auth/csrf", { baseUrl });
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const form = { email, csrfToken: csrf.body.csrfToken, ...(callbackUrl ? { callbackUrl } : {}) };
  return request("/api/auth/signin/email", {
    baseUrl,
    method: "POST",
    raw: new URLSearchParams(form).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...headers },
  });
}
