import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * The floor of the join-time benchmark: a bare page that loads livekit-client
 * (its prebuilt UMD file, nothing else) and connects with a token it is given
 * in its URL, as fast as LiveKit's client can. Given `publish`, it also
 * publishes its camera, to be the remote participant others wait to see.
 * `window.__firstRemoteFrameAt` is when the first remote video frame was shown,
 * in milliseconds since the navigation started.
 */
const page = `<!doctype html>
<html><head><meta charset="utf-8"><title>floor</title>
<script src="/livekit-client.umd.js"></script></head>
<body><script>
  const { url, token, publish } = JSON.parse(decodeURIComponent(location.hash.slice(1)));
  const room = new LivekitClient.Room({ adaptiveStream: true, dynacast: true });
  room.on(LivekitClient.RoomEvent.TrackSubscribed, (track) => {
    if (track.kind !== "video") return;
    const video = track.attach();
    document.body.append(video);
    video.requestVideoFrameCallback(() => (window.__firstRemoteFrameAt ??= performance.now()));
  });
  room.connect(url, token).then(async () => {
    if (publish) await room.localParticipant.setCameraEnabled(true);
    window.__connected = true;
  });
</script></body></html>`;

/** Serves the floor page on a free port of 127.0.0.1. */
export async function startFloorServer(): Promise<{ url: string; server: Server }> {
  const client = await readFile(path.join(root, "node_modules/livekit-client/dist/livekit-client.umd.js"));
  const server = createServer((req, res) => {
    if (req.url === "/livekit-client.umd.js") {
      res.writeHead(200, { "content-type": "text/javascript" }).end(client);
    } else {
      res.writeHead(200, { "content-type": "text/html" }).end(page);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("The floor server has no port.");
  return { url: `http://127.0.0.1:${address.port}`, server };
}

/** The floor page's address for one connection. */
export function floorPageUrl(floorUrl: string, join: { url: string; token: string; publish?: boolean }): string {
  return `${floorUrl}/#${encodeURIComponent(JSON.stringify(join))}`;
}
