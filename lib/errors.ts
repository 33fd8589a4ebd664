import type * as z from "zod";

/**
 * The errors Qari's features give their callers, and the HTTP status of each.
 * It lives here, below every feature, so that features can refuse a request
 * without importing the HTTP layer (`lib/api`), which imports them.
 */
export const errorStatus = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/**
 * Codes a detail may carry for a program (or Qari's own pages) to act on:
 * stable, unlike the messages, which are written for people and may change.
 */
export const detailCodes = {
  livekit_unconfigured: "The server has no LiveKit configured, so LiveKit meetings cannot be joined or created.",
  provider_unavailable: "The chosen video provider is not available on this server.",
  jitsi_meeting: "The meeting is held on Jitsi: join it with createJitsiJoin.",
  already_exists: "The name is taken: choose another.",
  invalid_text: "Text with a NUL character or half a UTF-16 surrogate pair: send valid Unicode text.",
} as const;

export type DetailCode = keyof typeof detailCodes;

/** One thing wrong with a request: a field (zod's path and issue code), or the request as a whole (path ""). */
export interface ErrorDetail {
  path: string;
  message: string;
  /** A zod issue code (`too_big`, `invalid_type`…) or one of `detailCodes`. */
  code: string;
}

export interface ErrorResponse {
  error: { code: ErrorCode; message: string; details: ErrorDetail[] };
}

/** A detail with one of Qari's own codes, so that a typo in the code fails to compile. */
export function errorDetail(code: DetailCode, message: string, path = ""): ErrorDetail {
  return { path, message, code };
}

/** An error meant for the caller: its code picks the status, its message is shown as is. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: ErrorDetail[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "ApiError";
    this.code = code;
    this.details = options.details ?? [];
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return errorStatus[this.code];
  }

  static fromZod(error: z.ZodError, message = "The request is not valid."): ApiError {
    return new ApiError("validation_failed", message, { details: zodIssuesToDetails(error.issues) });
  }
}

export function zodIssuesToDetails(issues: readonly z.core.$ZodIssue[]): ErrorDetail[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
    code: issue.code,
  }));
}
