import { createHash, randomUUID } from "node:crypto";
import { AccessToken } from "livekit-server-sdk";
import { TEST_LIVEKIT } from "./test-env";

/**
 * Webhooks exactly as LiveKit's server posts them: the event as protobuf JSON,
 * and `Authorization` an HS256 token from the API key whose `sha256` claim is
 * the body's base64 SHA-256. `secret` lets a test forge one that must fail.
 */
export async function signWebhook(
  body: string,
  secret = TEST_LIVEKIT.apiSecret,
): Promise<{ body: string; headers: Record<string, string> }> {
  const token = new AccessToken(TEST_LIVEKIT.apiKey, secret);
  token.sha256 = createHash("sha256").update(body).digest("base64");
  return {
    body,
    headers: { authorization: await token.toJwt(), "content-type": "application/webhook+json" },
  };
}

export interface TestRoom {
  sid: string;
  name: string;
}

export interface TestParticipant {
  sid: string;
  identity: string;
  name: string;
}

export type TestEvent = {
  id: string;
  event: string;
  createdAt: string;
  room: { sid: string; name: string };
  participant?: { sid: string; identity: string; name: string; disconnectReason?: string };
  track?: { sid: string; source: string; type: string };
};

/** A webhook event in LiveKit's JSON shape, at `at` (unix seconds). */
export function livekitEvent(
  event: string,
  at: number,
  room: TestRoom,
  extra: { participant?: TestEvent["participant"]; track?: TestEvent["track"] } = {},
): TestEvent {
  return { id: `EV_${randomUUID()}`, event, createdAt: String(at), room: { sid: room.sid, name: room.name }, ...extra };
}
