import "server-only";
import type * as z from "zod";
import { ApiError, errorDetail, zodIssuesToDetails, type ErrorCode } from "@/lib/errors";
import { findInvalidText } from "@/lib/zod/text";

type Mismatch = (issues: readonly z.core.$ZodIssue[]) => ApiError;

/** A path whose parameters do not fit their schema names nothing: 404, like any other unknown resource. */
export const pathMismatch: Mismatch = (issues) =>
  new ApiError("not_found", "Nothing is at this path.", { details: zodIssuesToDetails(issues) });

export const queryMismatch: Mismatch = (issues) =>
  new ApiError("validation_failed", "The query parameters are not valid.", { details: zodIssuesToDetails(issues) });

/**
 * Refuses text no field may hold (NUL, a lone surrogate) wherever it is in a
 * request's input, before its schema reads it: one rule for every endpoint.
 */
export function assertValidText(value: unknown, code: ErrorCode = "validation_failed"): void {
  const path = findInvalidText(value);
  if (!path) return;
  const at = path.join(".");
  throw new ApiError(code, "The request holds text that is not valid Unicode.", {
    details: [errorDetail("invalid_text", "Must be valid Unicode text without NUL characters.", at)],
  });
}

/** Path parameters or a query string as their schema reads them, or the error `mismatch` makes of its issues. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, mismatch: Mismatch): z.output<S> {
  assertValidText(value, mismatch === pathMismatch ? "not_found" : "validation_failed");
  const result = schema.safeParse(value);
  if (!result.success) throw mismatch(result.error.issues);
  return result.data;
}
