import { findLivekitServer, livekitServerAdvice } from "./livekit-server.mjs";
import { localSecret } from "./local-secret.mjs";
import { startLivekitServer } from "./start-livekit-server.mjs";

/**
 * The LiveKit server `npm run dev` and `npm start` bring along when
 * LIVEKIT_URL is unset: found or built (see findLivekitServer), started on
 * loopback with a key and secret kept in .data/, its webhook pointed at
 * Qari. Null, with advice printed, when no server can be had: Qari then
 * offers Jitsi meetings only.
 *
 * @param {{ appUrl: string }} options
 * @returns {Promise<{ env: Record<string, string>; stop: () => Promise<void> } | null>}
 */
export async function provideLocalLivekit({ appUrl }) {
  let found;
  try {
    found = await findLivekitServer();
  } catch (error) {
    console.error(`[livekit] ${/** @type {Error} */ (error).message}`);
    found = null;
  }
  if (!found) {
    console.warn(`[livekit] ${livekitServerAdvice}\n[livekit] Until then, new meetings use Jitsi.`);
    return null;
  }
  const hint = "set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET to use a server of your own";
  const apiKey = `qari_${await localSecret("livekit-api-key", hint, 9)}`;
  const apiSecret = await localSecret("livekit-api-secret", hint, 32);
  const server = await startLivekitServer({
    bin: found.path,
    apiKey,
    apiSecret,
    webhookUrls: [`${appUrl}/api/livekit/webhook`],
    // Its warnings and errors belong in the developer's terminal, marked as LiveKit's.
    onOutput: (chunk) => process.stderr.write(chunk.replace(/^(?=.)/gm, "[livekit] ")),
  });
  console.log(`[livekit] LiveKit server on ${server.url} (set LIVEKIT_URL to use another).`);
  return {
    env: { LIVEKIT_URL: server.url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret },
    stop: server.stop,
  };
}
