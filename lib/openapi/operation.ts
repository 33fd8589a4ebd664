import type * as z from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { MAX_BODY_BYTES } from "@/lib/api/body";
import type { Access, EndpointDeclaration, ResponseDeclaration } from "@/lib/endpoints/endpoint";
import { errorsOf } from "@/lib/endpoints/errors-of";
import { errorStatus, type ErrorCode } from "@/lib/errors";
import { errorResponseSchema } from "./error-schema";
import { securityFor } from "./security";

const errorDescriptions: Record<ErrorCode, string> = {
  bad_request: "Malformed JSON or a missing body.",
  unauthorized: "No valid session or API key.",
  forbidden: "Not allowed.",
  not_found: "Nothing by that id or name (or not yours).",
  method_not_allowed: "The method is not supported on this path.",
  conflict: "Conflicts with what exists; the message says what.",
  gone: "The resource no longer exists.",
  payload_too_large: `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`,
  unsupported_media_type: "The body is not sent with the content type the call takes.",
  validation_failed: "The input is not valid; `details` lists each field.",
  rate_limited: "Too many requests; wait for `Retry-After` seconds.",
  internal_error: "An unexpected error.",
  service_unavailable: "The database (or another service the call needs) cannot be reached.",
};

/** Who gets a 401 or 403 depends on the access: say which. */
const accessDescriptions: Partial<Record<Access, Partial<Record<ErrorCode, string>>>> = {
  anyone: { unauthorized: "An `Authorization` header that is not a live API key (send none to call anonymously)." },
  session: { forbidden: "Called with an API key: only a signed-in session may make this call." },
};

const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });

/** The success response; fixed headers (`Cache-Control: no-store`) are documented with it. */
function success({ description, schema, contentType, headers }: ResponseDeclaration): ZodOpenApiResponseObject {
  const response: ZodOpenApiResponseObject = { description };
  if (schema || contentType) response.content = { [contentType ?? "application/json"]: schema ? { schema } : {} };
  if (headers) {
    response.headers = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name, { schema: { type: "string" as const, enum: [value] } }]),
    );
  }
  return response;
}

function responses(endpoint: EndpointDeclaration): ZodOpenApiResponsesObject {
  const byStatus: [number, ZodOpenApiResponseObject][] = [[endpoint.response.status, success(endpoint.response)]];
  for (const code of errorsOf(endpoint)) {
    const description = accessDescriptions[endpoint.access]?.[code] ?? errorDescriptions[code];
    byStatus.push([errorStatus[code], { description, ...json(errorResponseSchema) }]);
  }
  for (const [status, { description, schema }] of Object.entries(endpoint.otherResponses ?? {})) {
    byStatus.push([Number(status), { description, ...(schema ? json(schema) : {}) }]);
  }
  return Object.fromEntries(byStatus.map(([status, response]) => [String(status), response]));
}

/** An endpoint's OpenAPI operation, all of it from the declaration. */
export function toOperation(endpoint: EndpointDeclaration): ZodOpenApiOperationObject {
  const { operationId, summary, description, access, params, query, body, rawBody } = endpoint;
  const operation: ZodOpenApiOperationObject = { operationId, summary, tags: [...endpoint.tags], responses: {} };
  if (description) operation.description = description;
  if (securityFor[access]) operation.security = securityFor[access];
  if (params || query) operation.requestParams = { ...(params && { path: params }), ...(query && { query }) };
  if (body || rawBody) {
    const content = { [rawBody ?? "application/json"]: body ? { schema: body } : {} };
    operation.requestBody = { required: !endpoint.bodyOptional, content };
  }
  operation.responses = responses(endpoint);
  return operation;
}
