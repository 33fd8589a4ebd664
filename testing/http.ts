import { inject } from "vitest";

export interface TestResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

type RequestOptions = {
  method?: string;
  /** Sent as JSON (with its content type) unless `raw` is given. */
  json?: unknown;
  /** Sent as is, with whatever content type `headers` names. */
  raw?: BodyInit;
  headers?: Record<string, string>;
  baseUrl?: string;
};

/** A request to a test server; the body comes back parsed when it is JSON. */
export async function request<T = any>(path: string, options: RequestOptions = {}): Promise<TestResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  let body: BodyInit | undefined = options.raw;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers["content-type"] ??= "application/json";
  }
  const response = await fetch(`${options.baseUrl ?? inject("baseUrl")}${path}`, {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
    redirect: "manual",
    // Node's fetch streams a ReadableStream body only in half-duplex mode (sent chunked, without a length).
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  });
  const text = isEventStream(response) ? await firstChunk(response) : await response.text();
  const isJson = response.headers.get("content-type")?.includes("json");
  return { status: response.status, headers: response.headers, body: (isJson && text ? JSON.parse(text) : text) as T };
}

const isEventStream = (response: Response) => /^text\/event-stream/.test(response.headers.get("content-type") ?? "");

/** An event stream never ends by itself: its first chunk stands for the body, then the stream is closed. */
async function firstChunk(response: Response): Promise<string> {
  const reader = response.body!.getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return new TextDecoder().decode(value);
}

/** Asserts the API's one error shape and returns it. */
export function expectApiError(response: TestResponse, status: number, code: string) {
  if (response.status !== status || response.body?.error?.code !== code) {
    throw new Error(`Expected ${status} ${code}, got ${response.status}: ${JSON.stringify(response.body)}`);
  }
  const { error } = response.body as { error: { code: string; message: string; details: unknown[] } };
  if (typeof error.message !== "string" || !Array.isArray(error.details)) {
    throw new Error(`Not the API's error shape: ${JSON.stringify(response.body)}`);
  }
  return error as { code: string; message: string; details: { path: string; message: string; code: string }[] };
}

/**
 * `request` with credentials added to every call; `headers` is read at call
 * time, so it may name a user created later in `beforeAll`.
 */
export function requestWith(headers: () => Record<string, string>) {
  return <T = any>(path: string, options: RequestOptions = {}) =>
    request<T>(path, { ...options, headers: { ...headers(), ...options.headers } });
}
