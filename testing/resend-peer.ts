import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ResendRequest {
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/**
 * A local server speaking Resend's `POST /emails` (point RESEND_BASE_URL at
 * `url`, with RESEND_API_KEY `re_test_key`). It answers its next `outage`
 * requests with a 500, then accepts; `requests` holds what it accepted.
 */
export async function startResendPeer(outage = 0) {
  const requests: ResendRequest[] = [];
  let failuresLeft = outage;
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      if (req.method !== "POST" || req.url !== "/emails") {
        res.statusCode = 404;
        return res.end(JSON.stringify({ name: "not_found", message: "Unknown endpoint", statusCode: 404 }));
      }
      if (req.headers.authorization !== "Bearer re_test_key") {
        res.statusCode = 401;
        return res.end(JSON.stringify({ name: "missing_api_key", message: "Missing API key", statusCode: 401 }));
      }
      if (failuresLeft > 0) {
        failuresLeft--;
        res.statusCode = 500;
        const error = { name: "internal_server_error", message: "Service not available", statusCode: 500 };
        return res.end(JSON.stringify(error));
      }
      const body = JSON.parse(raw) as Record<string, unknown>;
      requests.push({ headers: req.headers, body });
      res.end(JSON.stringify({ id: `resend-${requests.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Fails the next `count` requests (on top of any outage left). */
    failNext(count: number) {
      failuresLeft += count;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
