import "server-only";
import type * as z from "zod";
import { ApiError, zodIssuesToDetails } from "@/lib/errors";
import { withInvalidText } from "./parse-input";
import { readBodyText } from "./read-body-text";

/** Requests carry small documents; anything larger is refused before it is buffered. */
export const MAX_BODY_BYTES = 64 * 1024;

const json = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

/**
 * Reads and validates a JSON request body: 413 when too large, 415 when not
 * JSON, 400 when malformed, 422 with zod's field paths when invalid. An empty
 * body counts as `{}` when `allowEmpty` is set (calls whose fields are all optional).
 */
export async function readJsonBody<S extends z.ZodType>(
  req: Request,
  schema: S,
  options: { allowEmpty?: boolean } = {},
): Promise<z.output<S>> {
  const text = await readBodyText(req, MAX_BODY_BYTES);
  if (text.trim() === "" && !options.allowEmpty) throw new ApiError("bad_request", "A JSON request body is required.");
  if (text.trim() === "") return validateBody({}, schema);
  assertContentType(req, json, "as JSON", "application/json");
  return parseJsonBody(text, schema);
}

/**
 * The body exactly as sent, for endpoints that check it before trusting it
 * (a signed webhook): 413 when too large, 415 unless sent as `contentType`.
 * Once trusted, `parseJsonBody` gives it the usual 400 and 422.
 */
export async function readRawBody(req: Request, contentType: string): Promise<string> {
  const text = await readBodyText(req, MAX_BODY_BYTES);
  const escaped = contentType.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  assertContentType(req, new RegExp(`^${escaped}\\s*(;|$)`, "i"), "", contentType);
  return text;
}

export function parseJsonBody<S extends z.ZodType>(text: string, schema: S): Promise<z.output<S>> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError("bad_request", `The body is not valid JSON: ${(error as Error).message}`);
  }
  return validateBody(value, schema);
}

async function validateBody<S extends z.ZodType>(value: unknown, schema: S): Promise<z.output<S>> {
  const result = await schema.safeParseAsync(value);
  const details = withInvalidText(value, result.success ? [] : zodIssuesToDetails(result.error.issues));
  if (result.success && details.length === 0) return result.data;
  throw new ApiError("validation_failed", "The request body is not valid.", { details });
}

function assertContentType(req: Request, accepted: RegExp, as: string, expected: string): void {
  const sent = req.headers.get("content-type") ?? "";
  if (accepted.test(sent)) return;
  throw new ApiError(
    "unsupported_media_type",
    `Send the body ${as ? `${as} ` : ""}with "Content-Type: ${expected}"${sent ? `, not "${sent}"` : ""}.`,
  );
}
