import { findLivekitServer, livekitServerAdvice } from "../scripts/lib/livekit-server.mjs";
import { startLivekitServer, type LivekitServer } from "../scripts/lib/start-livekit-server.mjs";
import { TEST_LIVEKIT } from "./test-env";

export type { LivekitServer };

/**
 * A real LiveKit server of its own for a test (one whose process the test
 * stops, or with webhooks to a server of its own), with the test project's
 * key and secret, so tokens from any test Qari server admit to it. Fails,
 * never skips, when no server binary can be had.
 */
export async function startTestLivekitServer(
  options: { webhookUrls?: string[]; redisAddress?: string; port?: number } = {},
): Promise<LivekitServer> {
  const found = await findLivekitServer({ log: (line) => console.log(line) });
  if (!found) throw new Error(livekitServerAdvice);
  return startLivekitServer({
    bin: found.path,
    apiKey: TEST_LIVEKIT.apiKey,
    apiSecret: TEST_LIVEKIT.apiSecret,
    ...options,
  });
}
