import "server-only";
import { recordLivekitEvent, toStoredEvent } from "./record-livekit-event";
import { verifyLivekitWebhook } from "./verify-livekit-webhook";

/**
 * A webhook from LiveKit, verified and stored before it is acknowledged, so an
 * acknowledged event is never lost. Cost: the signature check, then one short
 * transaction (see recordLivekitEvent).
 */
export async function receiveLivekitWebhook(
  body: string,
  authorization: string | null,
): Promise<{ status: "recorded" | "duplicate" }> {
  const event = await verifyLivekitWebhook(body, authorization);
  return { status: (await recordLivekitEvent(toStoredEvent(event))) ? "recorded" : "duplicate" };
}
