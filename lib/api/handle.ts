import "server-only";
import type { NextRequest } from "next/server";
import type { EndpointDeclaration } from "@/lib/endpoints/endpoint";
import type { BodyOf, ParamsOf, QueryOf, ReplyOf } from "@/lib/endpoints/types";
import { authorize, type PrincipalFor } from "./authorize";
import { readJsonBody, readRawBody } from "./body";
import { parseInput, pathMismatch, queryMismatch } from "./parse-input";
import { replier } from "./reply";

export interface HandlerContext<E extends EndpointDeclaration> {
  req: NextRequest;
  principal: PrincipalFor<E["access"]>;
  params: ParamsOf<E>;
  query: QueryOf<E>;
  body: BodyOf<E>;
  /** Headers for the answer, such as `Location` for a created resource. */
  responseHeaders: Headers;
}

/** Returns what the endpoint declares as its answer, or a whole `Response` for anything else (health's 503). */
export type Handler<E extends EndpointDeclaration> = (
  context: HandlerContext<E>,
) => Promise<ReplyOf<E> | Response> | ReplyOf<E> | Response;

export interface Implementation {
  endpoint: EndpointDeclaration;
  run(req: NextRequest, rawParams: Record<string, unknown>): Promise<Response>;
}

/**
 * Binds a declared endpoint to its handler. The returned `run` does what the
 * declaration says before the handler sees the request, in this order: access
 * (401/403), path parameters (404) and query (422), body (400/413/415/422); then it
 * turns the handler's result into the declared answer. Everything per endpoint
 * is worked out here, once, not per request.
 */
export function handle<const E extends EndpointDeclaration>(endpoint: E, handler: Handler<E>): Implementation {
  const { access, params, query, body, rawBody, bodyOptional } = endpoint;
  const identify = authorize[access];
  const reply = replier(endpoint.response);

  async function run(req: NextRequest, rawParams: Record<string, unknown>): Promise<Response> {
    const principal = await identify(req);
    const context = {
      req,
      principal,
      params: params ? parseInput(params, rawParams, pathMismatch) : rawParams,
      query: query ? parseInput(query, searchParams(req), queryMismatch) : undefined,
      body: rawBody
        ? await readRawBody(req, rawBody)
        : body && (await readJsonBody(req, body, { allowEmpty: bodyOptional })),
      responseHeaders: reply.headers(),
    };
    // Each part was validated just above by the schema E declares for it, which is what these types say.
    const result = await handler(context as HandlerContext<E>);
    return reply(result, context.responseHeaders);
  }

  return { endpoint, run };
}

function searchParams(req: NextRequest): Record<string, string> {
  return Object.fromEntries(req.nextUrl.searchParams);
}
