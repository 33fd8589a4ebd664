import "server-only";
import type { NextRequest } from "next/server";
import type { Method } from "@/lib/endpoints/endpoint";
import { ApiError } from "@/lib/errors";
import { corsHeaders, preflightResponse } from "./cors";
import { errorResponse } from "./error-response";
import type { Implementation } from "./handle";

type Segment = { params: Promise<Record<string, string | string[] | undefined>> };
type MethodHandler = (req: NextRequest, segment: Segment) => Promise<Response>;

/**
 * A route file's exports, from the endpoints declared at its path:
 *
 *   export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
 *     handle(meetingsApi.listMeetings, ({ query, principal }) => …),
 *     handle(meetingsApi.createMeeting, ({ body, principal }) => …),
 *   );
 *
 * Every method answers in the API's one error shape, with CORS on /api/v1;
 * methods without an endpoint get 405 with `Allow`, OPTIONS the preflight.
 */
export function apiRoute(...implementations: Implementation[]) {
  const byMethod = new Map(implementations.map((implementation) => [implementation.endpoint.method, implementation]));
  const paths = new Set(implementations.map(({ endpoint }) => endpoint.path));
  if (byMethod.size !== implementations.length || paths.size !== 1) {
    throw new Error(`One route serves one path, one endpoint per method: ${[...paths].join(", ")}`);
  }
  return routeHandlers([...byMethod.keys()], (method) => {
    const implementation = byMethod.get(method);
    return implementation ? (req, params) => implementation.run(req, params) : undefined;
  });
}

/**
 * The exports of a route with the API's error shape, CORS and 405 handling;
 * `serve(method)` answers a method, or returns nothing when the path does not
 * support it. Errors thrown while serving become the error shape.
 */
export function routeHandlers(
  defined: readonly Method[],
  serve: (method: Method) => ((req: NextRequest, params: Record<string, unknown>) => Promise<Response>) | undefined,
) {
  const allow = [...defined, ...(defined.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const wrap = (method: Method): MethodHandler => {
    const run = serve(method);
    return async (req, segment) => {
      let response: Response;
      try {
        if (!run) {
          throw new ApiError("method_not_allowed", `${method} is not allowed here; use ${allow}.`, {
            headers: { Allow: allow },
          });
        }
        response = await run(req, await segment.params);
      } catch (error) {
        response = errorResponse(error);
      }
      for (const [name, value] of Object.entries(corsHeaders(req))) response.headers.set(name, value);
      return response;
    };
  };
  return {
    GET: wrap("GET"),
    POST: wrap("POST"),
    PUT: wrap("PUT"),
    PATCH: wrap("PATCH"),
    DELETE: wrap("DELETE"),
    OPTIONS: (req: NextRequest) => Promise.resolve(preflightResponse(req, allow)),
  };
}
