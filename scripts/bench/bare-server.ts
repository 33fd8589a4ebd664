// The baseline the benchmark compares Qari with: a bare node:http server doing
// the same work per request (the same zod parse, the same Prisma queries, the
// same serialisation), without Next.js or Qari's route wrapper.
// Run with: node --conditions=react-server --import tsx scripts/bench/bare-server.ts <port>
import http from "node:http";
import { findApiKeyOwner } from "@/lib/api-keys/find-api-key-owner";
import { receiveLivekitWebhook } from "@/lib/attendance/receive-livekit-webhook";
import { issueMeetingToken } from "@/lib/livekit/issue-meeting-token";
import { joinInputSchema } from "@/lib/meetings/join-input";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { getMeetingOrThrow } from "@/lib/meetings/get-meeting-or-throw";
import { createMeetingInputSchema } from "@/lib/meetings/schemas";
import { toMeetingResourceWithLive } from "@/lib/meetings/to-meeting-resources";

const port = Number(process.argv[2]);

function send(res: http.ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
  res.end(json);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of req) body += String(chunk);
  return body;
}

/** The same authentication Qari does for a bearer key: one indexed lookup of its hash. */
async function ownerOf(req: http.IncomingMessage): Promise<string | null> {
  const key = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  return key ? ((await findApiKeyOwner(key))?.userId ?? null) : null;
}

const server = http.createServer((req, res) => {
  void (async () => {
    try {
      // LiveKit's webhooks: the same signature check and the same insert and derivation as Qari's route.
      if (req.method === "POST" && req.url === "/api/livekit/webhook") {
        return send(res, 200, await receiveLivekitWebhook(await readBody(req), req.headers.authorization ?? null));
      }
      // Join tokens are for anyone: a guest sends no credentials, so nothing is looked up but the meeting.
      const join = /^\/api\/v1\/meetings\/([^/]+)\/token$/.exec(req.url ?? "");
      if (req.method === "POST" && join && !req.headers.authorization) {
        const { name } = joinInputSchema.parse(JSON.parse(await readBody(req)));
        return send(res, 200, await issueMeetingToken(decodeURIComponent(join[1]!), null, name));
      }
      const userId = await ownerOf(req);
      if (!userId) return send(res, 401, { error: "unauthorized" });
      if (req.method === "POST" && req.url === "/api/v1/meetings") {
        const input = createMeetingInputSchema.parse(JSON.parse(await readBody(req)));
        return send(res, 201, await toMeetingResourceWithLive(await createMeeting(userId, input)));
      }
      const lookup = /^\/api\/v1\/meetings\/([^/]+)$/.exec(req.url ?? "");
      if (req.method === "GET" && lookup) {
        return send(
          res,
          200,
          await toMeetingResourceWithLive(await getMeetingOrThrow(decodeURIComponent(lookup[1]!), userId)),
        );
      }
      send(res, 404, { error: "not found" });
    } catch (error) {
      send(res, 500, { error: String(error) });
    }
  })();
});

server.listen(port, "127.0.0.1", () => console.log(`bare server on ${port}`));
