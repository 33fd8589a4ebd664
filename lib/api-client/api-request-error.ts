import type { DetailCode, ErrorResponse } from "@/lib/errors";

/** An API error as the browser sees it: the status, the server's message and its details. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: ErrorResponse["error"],
  ) {
    super(error.message);
    this.name = "ApiRequestError";
  }

  /** Whether the server marked the error with one of Qari's detail codes: act on these, never on the text. */
  has(code: DetailCode): boolean {
    return this.error.details.some((detail) => detail.code === code);
  }

  /** What to tell a person: the first field's message when there is one ("Enter your name"), else the whole. */
  get explanation(): string {
    return this.error.details[0]?.message ?? this.message;
  }
}
