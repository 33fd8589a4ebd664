// `npm run livekit:install`: makes sure a LiveKit server binary is at hand
// (found, or built with Go into .cache/), and prints where. CI runs it before
// the tests so that a missing server fails early and plainly.
import { findLivekitServer, livekitServerAdvice, livekitServerVersion } from "./lib/livekit-server.mjs";

const found = await findLivekitServer().catch((/** @type {Error} */ error) => {
  console.error(`[livekit] ${error.message}`);
  process.exit(1);
});
if (!found) {
  console.error(`[livekit] ${livekitServerAdvice}`);
  process.exit(1);
}
console.log(`[livekit] LiveKit server ${await livekitServerVersion(found.path)}: ${found.path} (${found.source})`);
