import "server-only";
import type * as z from "zod";
import { ApiError, errorDetail, zodIssuesToDetails, type ErrorDetail } from "@/lib/errors";
import { findInvalidText } from "@/lib/zod/text";

type Mismatch = (issues: readonly z.core.$ZodIssue[]) => ApiError;

/** A path whose parameters do not fit their schema names nothing: 404, like any other unknown resource. */
export const pathMismatch: Mismatch = (issues) =>
  new ApiError("not_found", "Nothing is at this path.", { details: zodIssuesToDetails(issues) });

export const queryMismatch: Mismatch = (issues) =>
  new ApiError("validation_failed", "The query parameters are not valid.", { details: zodIssuesToDetails(issues) });

/**
 * Text no field may hold (NUL, a lone surrogate), wherever it is in a
 * request's input: one rule for every endpoint, reported beside what the
 * schema found (the schema alone would let a lone surrogate through).
 */
export function withInvalidText(value: unknown, details: ErrorDetail[]): ErrorDetail[] {
  const invalid = findInvalidText(value).map((path) =>
    errorDetail("invalid_text", "Must be valid Unicode text without NUL characters.", path.join(".")),
  );
  const flagged = new Set(invalid.map((detail) => detail.path));
  return [...invalid, ...details.filter((detail) => !flagged.has(detail.path))];
}

/** Path parameters or a query string as their schema reads them, or the error `mismatch` makes of its issues. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, mismatch: Mismatch): z.output<S> {
  const result = schema.safeParse(value);
  const details = withInvalidText(value, result.success ? [] : zodIssuesToDetails(result.error.issues));
  if (result.success && details.length === 0) return result.data;
  const error = mismatch([]);
  throw new ApiError(error.code, error.message, { details });
}
