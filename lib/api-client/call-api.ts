import type { EndpointDeclaration } from "@/lib/endpoints/endpoint";
import type { CallArgs, ResultOf } from "@/lib/endpoints/types";
import type { ErrorResponse } from "@/lib/errors";
import { ApiRequestError } from "./api-request-error";

type LooseInput = { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };

/**
 * Calls one of Qari's endpoints from the browser, by its declaration:
 * `callApi(livekitApi.createJoinToken, { params: { id }, body: { name } })`.
 * The declaration types the input and the result; a failure is thrown as an
 * `ApiRequestError`, a network failure too (status 0).
 */
export async function callApi<E extends EndpointDeclaration>(endpoint: E, ...input: CallArgs<E>): Promise<ResultOf<E>>;
export async function callApi(endpoint: EndpointDeclaration, ...args: unknown[]): Promise<unknown> {
  const response = await send(endpoint, typeof args[0] === "object" && args[0] !== null ? args[0] : {});
  if (!response.ok) throw await toError(response);
  // Trusted as declared: the server answers with what the endpoint's response schema describes.
  if (endpoint.response.schema) return (await response.json()) as unknown;
  return endpoint.response.contentType ? response : undefined;
}

async function send(endpoint: EndpointDeclaration, { params = {}, query, body }: LooseInput): Promise<Response> {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(asText(params[name])));
  const search = query ? `?${new URLSearchParams(definedEntries(query))}` : "";
  try {
    return await fetch(path + search, {
      method: endpoint.method,
      headers: body === undefined ? undefined : { "Content-Type": endpoint.rawBody ?? "application/json" },
      body: body === undefined ? undefined : asText(body),
    });
  } catch {
    throw new ApiRequestError(0, {
      code: "service_unavailable",
      message: "Qari cannot be reached. Check your connection.",
      details: [],
    });
  }
}

async function toError(response: Response): Promise<ApiRequestError> {
  const body = (await response.json().catch(() => null)) as Partial<ErrorResponse> | null;
  return new ApiRequestError(
    response.status,
    body?.error ?? { code: "internal_error", message: `Request failed (${response.status}).`, details: [] },
  );
}

function definedEntries(query: Record<string, unknown>): [string, string][] {
  return Object.entries(query).flatMap(([name, value]) => (value === undefined ? [] : [[name, asText(value)]]));
}

/** Strings as they are (path segments, query values, raw bodies); anything else as JSON. */
function asText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}
