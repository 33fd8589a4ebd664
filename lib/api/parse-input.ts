import "server-only";
import type * as z from "zod";
import { ApiError, zodIssuesToDetails } from "@/lib/errors";

type Mismatch = (issues: readonly z.core.$ZodIssue[]) => ApiError;

/** A path whose parameters do not fit their schema names nothing: 404, like any other unknown resource. */
export const pathMismatch: Mismatch = (issues) =>
  new ApiError("not_found", "Nothing is at this path.", { details: zodIssuesToDetails(issues) });

export const queryMismatch: Mismatch = (issues) =>
  new ApiError("validation_failed", "The query parameters are not valid.", { details: zodIssuesToDetails(issues) });

/** Path parameters or a query string as their schema reads them, or the error `mismatch` makes of its issues. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, mismatch: Mismatch): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw mismatch(result.error.issues);
  return result.data;
}
