import { TokenVerifier } from "livekit-server-sdk";
import { createTestUser, type TestUser } from "@/testing/users";
import { TEST_LIVEKIT } from "@/testing/test-env";

/**
 * Test helpers for join tokens. No LiveKit server runs on the test machines,
 * so tokens are checked against LiveKit's wire contract: verified with the
 * server SDK's TokenVerifier under the test project's key and secret, exactly
 * as a LiveKit server would before admitting the participant.
 */
export function verifyLivekitToken(token: string) {
  return new TokenVerifier(TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret).verify(token);
}

type Fetch = (
  path: string,
  init: { json: unknown; headers: Record<string, string> },
) => Promise<{ status: number; body: unknown }>;

/** A meeting owned by a fresh test user, created through the API by key, as a program would. */
export async function createOwnedMeeting(
  fetchJson: Fetch,
  json: Record<string, unknown> = {},
): Promise<{ owner: TestUser; meeting: { id: string; code: string; roomName: string; link: string } }> {
  const owner = await createTestUser("Owner");
  const response = await fetchJson("/api/v1/meetings", {
    json: { provider: "livekit", ...json },
    headers: owner.asKey,
  });
  if (response.status !== 201)
    throw new Error(`Could not create a meeting: ${response.status} ${JSON.stringify(response.body)}`);
  return { owner, meeting: response.body as { id: string; code: string; roomName: string; link: string } };
}
