import "server-only";
import { ApiError } from "@/lib/errors";

/** The body as UTF-8 text, read in chunks so that one over `maxBytes` is refused (413) before it is buffered. */
export async function readBodyText(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
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
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError("bad_request", "The body is not valid UTF-8 text.");
  }
}

function tooLarge(maxBytes: number) {
  return new ApiError("payload_too_large", `The body is larger than ${maxBytes / 1024} KiB.`);
}
