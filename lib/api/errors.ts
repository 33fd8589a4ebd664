import * as z from "zod";

/** Every error the API can answer with, and its HTTP status. */
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

export const errorDetailSchema = z.object({
  path: z
    .string()
    .meta({ description: "Dotted path of the offending field, e.g. `options.maxParticipants`.", example: "title" }),
  message: z.string(),
  code: z.string().meta({ description: "zod issue code, e.g. `too_big` or `invalid_type`." }),
});

export type ErrorDetail = z.infer<typeof errorDetailSchema>;

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      details: z.array(errorDetailSchema),
    }),
  })
  .meta({ id: "Error", description: "The one shape of every error the API returns." });

export type ErrorResponse = z.infer<typeof errorResponseSchema>;

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
