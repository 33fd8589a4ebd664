import "server-only";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { ApiError, type ErrorResponse } from "@/lib/errors";

/** Turns anything thrown while serving a request into the API's one error shape. */
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
