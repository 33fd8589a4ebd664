import "server-only";
import type { ResponseDeclaration } from "@/lib/endpoints/endpoint";

/**
 * How an endpoint turns its handler's result into a response, worked out once
 * from the declaration: JSON for a schema, the body as given for another
 * content type, no body otherwise. A `Response` from the handler goes out as is.
 */
export function replier(declared: ResponseDeclaration) {
  const { status, schema, contentType, headers: fixed = {} } = declared;
  const fixedHeaders = Object.entries({ ...fixed, ...(contentType ? { "Content-Type": contentType } : {}) });

  function reply(result: unknown, headers: Headers): Response {
    if (result instanceof Response) return result;
    if (schema) return Response.json(result, { status, headers });
    if (contentType && isBody(result)) return new Response(result, { status, headers });
    return new Response(null, { status, headers });
  }
  reply.headers = () => new Headers(fixedHeaders);
  return reply;
}

function isBody(value: unknown): value is BodyInit {
  return typeof value === "string" || value instanceof ReadableStream || value instanceof Uint8Array;
}
