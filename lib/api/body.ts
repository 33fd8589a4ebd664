import type * as z from "zod";
import { ApiError } from "@/lib/errors";

/** Requests carry small JSON documents; anything larger is refused before it is buffered. */
export const MAX_BODY_BYTES = 64 * 1024;

const jsonContentType = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

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
  const text = await readBodyText(req);
  let value: unknown;
  if (text.trim() === "") {
    if (!options.allowEmpty) throw new ApiError("bad_request", "A JSON request body is required.");
    value = {};
  } else {
    const contentType = req.headers.get("content-type") ?? "";
    if (!jsonContentType.test(contentType)) {
      throw new ApiError(
        "unsupported_media_type",
        `Send the body as JSON with "Content-Type: application/json"${contentType ? `, not "${contentType}"` : ""}.`,
      );
    }
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ApiError("bad_request", `The body is not valid JSON: ${(error as Error).message}`);
    }
  }
  const result = await schema.safeParseAsync(value);
  if (!result.success) throw ApiError.fromZod(result.error, "The request body is not valid.");
  return result.data;
}

/** Validates query parameters (`?limit=10`) against a schema, 422 on failure. */
export function readSearchParams<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const result = schema.safeParse(params);
  if (!result.success) throw ApiError.fromZod(result.error, "The query parameters are not valid.");
  return result.data;
}

async function readBodyText(req: Request): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!req.body) return "";

  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away mid-body: no one will read the answer, but it is their doing, not a server error.
      throw new ApiError("bad_request", "The request body was cut off before it ended.");
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError("bad_request", "The body is not valid UTF-8 text.");
  }
}

function tooLarge() {
  return new ApiError("payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
}
