import type { NextRequest } from "next/server";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import type { Principal } from "@/lib/auth/principal";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { corsHeaders, preflightResponse } from "./cors";
import { ApiError, type ErrorResponse } from "@/lib/errors";

const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof methods)[number];

type Params = Record<string, string | string[] | undefined>;

/**
 * Who may call a route:
 * - `signedIn`: a session or an API key; anyone else gets 401 (the default, via `apiRoute`);
 * - `anyone`: the caller is identified when they can be (`principal` may be null);
 * - `public`: nobody is identified (health, docs): no session lookup at all.
 */
type Access = "signedIn" | "anyone" | "public";
type PrincipalFor<A extends Access> = A extends "signedIn" ? Principal : A extends "anyone" ? Principal | null : null;

export interface RouteContext<P extends Params, A extends Access = "signedIn"> {
  req: NextRequest;
  params: P;
  principal: PrincipalFor<A>;
}

type Handler<P extends Params, A extends Access> = (context: RouteContext<P, A>) => Promise<Response> | Response;

type RouteDefinition<P extends Params, A extends Access> = { [M in Method]?: Handler<P, A> };

type NextHandler = (req: NextRequest, segment: { params: Promise<Params> }) => Promise<Response>;

/**
 * The one wrapper around every API route handler. It gives each route the
 * same behaviour: authentication by session cookie or API key, the JSON
 * error shape for every failure, 405 with `Allow` for methods the route does
 * not define, CORS preflight, and a 503 when the database cannot be reached.
 * Route files stay controllers:
 *
 *   export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ GET: ..., POST: ... });
 *
 * `apiRoute` requires a signed-in caller; `openApiRoute` lets anyone in and
 * says who they are when it can; `publicApiRoute` identifies nobody.
 */
export function apiRoute<P extends Params = Params>(definition: RouteDefinition<P, "signedIn">) {
  return createRoute("signedIn", definition);
}

export function openApiRoute<P extends Params = Params>(definition: RouteDefinition<P, "anyone">) {
  return createRoute("anyone", definition);
}

export function publicApiRoute<P extends Params = Params>(definition: RouteDefinition<P, "public">) {
  return createRoute("public", definition);
}

function createRoute<P extends Params, A extends Access>(access: A, definition: RouteDefinition<P, A>) {
  const defined = methods.filter((method) => definition[method]);
  const allow = [...defined, ...(defined.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");

  const wrap =
    (method: Method): NextHandler =>
    async (req, segment) => {
      let response: Response;
      try {
        const handler = definition[method];
        if (!handler) {
          throw new ApiError("method_not_allowed", `${method} is not allowed here; use ${allow}.`, {
            headers: { Allow: allow },
          });
        }
        const principal = access === "public" ? null : await authenticateRequest(req);
        if (access === "signedIn" && !principal) {
          throw new ApiError("unauthorized", "Sign in, or send an API key as `Authorization: Bearer qari_…`.", {
            headers: { "WWW-Authenticate": 'Bearer realm="qari"' },
          });
        }
        const params = (await segment.params) as P;
        response = await handler({ req, params, principal: principal as PrincipalFor<A> });
      } catch (error) {
        response = errorResponse(error);
      }
      for (const [name, value] of Object.entries(corsHeaders(req))) response.headers.set(name, value);
      return response;
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

/** Turns anything thrown by a handler into the API's one error shape. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) {
    return errorJson(error.status, { code: error.code, message: error.message, details: error.details }, error.headers);
  }
  if (isDatabaseUnavailable(error)) {
    console.error("[api] database unavailable:", (error as Error).message);
    return errorJson(
      503,
      {
        code: "service_unavailable",
        message: "The database is not reachable right now; try again shortly.",
        details: [],
      },
      { "Retry-After": "5" },
    );
  }
  console.error("[api] unexpected error:", error);
  return errorJson(500, { code: "internal_error", message: "Something went wrong on our side.", details: [] });
}

function errorJson(status: number, error: ErrorResponse["error"], headers: Record<string, string> = {}): Response {
  return Response.json({ error } satisfies ErrorResponse, { status, headers });
}
