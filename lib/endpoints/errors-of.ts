import { errorStatus, type ErrorCode } from "@/lib/errors";
import type { EndpointDeclaration } from "./endpoint";

const bodyErrors: readonly ErrorCode[] = ["bad_request", "payload_too_large", "unsupported_media_type"];

/**
 * Every error an endpoint can answer with, in status order: those its access
 * and its input imply (the wrapper raises them, so nobody writes them down)
 * and those the feature declares. The OpenAPI document lists exactly these.
 */
export function errorsOf(endpoint: EndpointDeclaration): ErrorCode[] {
  const codes = new Set<ErrorCode>(endpoint.errors);
  // Even `anyone` refuses a bearer token that is not a live key, rather than treating it as anonymous.
  if (endpoint.access !== "public") codes.add("unauthorized").add("service_unavailable");
  if (endpoint.access === "session") codes.add("forbidden");
  if (endpoint.body || endpoint.rawBody) bodyErrors.forEach((code) => codes.add(code));
  if (endpoint.body || endpoint.query) codes.add("validation_failed");
  // A path whose parameters do not fit their schema names nothing.
  if (endpoint.params) codes.add("not_found");
  return [...codes].sort((a, b) => errorStatus[a] - errorStatus[b]);
}

/** Every status the endpoint declares: its success, its errors and any other documented answer. */
export function statusesOf(endpoint: EndpointDeclaration): number[] {
  return [
    endpoint.response.status,
    ...errorsOf(endpoint).map((code) => errorStatus[code]),
    ...Object.keys(endpoint.otherResponses ?? {}).map(Number),
  ];
}
