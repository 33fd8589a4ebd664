import type { ErrorResponse } from "@/lib/errors";

/** An API error as a browser sees it: the server's message and field details. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: ErrorResponse["error"],
  ) {
    super(error.message);
    this.name = "ApiRequestError";
  }
}

/** fetch() for Qari's own API from client components: JSON in, JSON out, errors thrown with their details. */
export async function fetchApi<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiRequestError(0, {
      code: "service_unavailable",
      message: "Qari cannot be reached. Check your connection.",
      details: [],
    });
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as Partial<ErrorResponse> | null)?.error;
    throw new ApiRequestError(
      response.status,
      error ?? { code: "internal_error", message: `Request failed (${response.status}).`, details: [] },
    );
  }
  return body as T;
}
