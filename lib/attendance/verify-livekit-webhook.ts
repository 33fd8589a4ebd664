import "server-only";
import { WebhookReceiver, type WebhookEvent } from "livekit-server-sdk";
import { ApiError } from "@/lib/errors";
import { requireLivekit } from "@/lib/livekit/mint-join-token";

let receiver: { key: string; receiver: WebhookReceiver } | undefined;

/**
 * The event LiveKit posted, once its signature holds: `Authorization` is a JWT
 * signed with the API secret whose `sha256` claim is the body's hash. 401 when
 * it is missing or wrong; 400 when a correctly signed body is not an event.
 * Cost: one HMAC and one SHA-256 over the body; no I/O.
 */
export async function verifyLivekitWebhook(body: string, authorization: string | null): Promise<WebhookEvent> {
  const livekit = requireLivekit();
  if (receiver?.key !== livekit.apiKey) {
    receiver = { key: livekit.apiKey, receiver: new WebhookReceiver(livekit.apiKey, livekit.apiSecret) };
  }
  let event: WebhookEvent;
  try {
    event = await receiver.receiver.receive(body, authorization ?? undefined);
  } catch (error) {
    // receive() parses only after the signature holds, so a parse error means a signed but malformed body.
    if (isParseError(error)) throw new ApiError("bad_request", `The event is not valid: ${(error as Error).message}`);
    throw new ApiError("unauthorized", "The webhook's signature is missing or does not match its body.", {
      headers: { "WWW-Authenticate": 'Bearer realm="livekit-webhook"' },
    });
  }
  if (!event.id || !event.event) throw new ApiError("bad_request", "The event has no id or no kind.");
  return event;
}

/** JSON.parse's SyntaxError, or protobuf's "cannot decode message … from JSON". */
function isParseError(error: unknown): boolean {
  return error instanceof SyntaxError || (error instanceof Error && error.message.startsWith("cannot decode"));
}
