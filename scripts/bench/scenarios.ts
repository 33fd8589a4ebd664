import type autocannon from "autocannon";

type Request = Pick<autocannon.Options, "method" | "headers" | "body" | "requests"> & { path: string };

/** Who the benchmark calls as: an API key (the run seeds its user and key). */
export interface BenchCaller {
  apiKey: string;
}

export interface Scenario {
  name: string;
  connections: number;
  /** Qari's throughput must be at least this share of the bare server's. */
  target: number;
  /** The request to repeat against `baseUrl`, after any setup it needs there. */
  request: (baseUrl: string, caller: BenchCaller) => Promise<Request>;
}

const json = { "content-type": "application/json" };
const authorized = (caller: BenchCaller) => ({ authorization: `Bearer ${caller.apiKey}` });

async function createMeeting(
  baseUrl: string,
  caller: BenchCaller,
  provider: "jitsi" | "livekit" = "jitsi",
): Promise<{ code: string }> {
  const response = await fetch(`${baseUrl}/api/v1/meetings`, {
    method: "POST",
    headers: { ...json, ...authorized(caller) },
    body: JSON.stringify({
      title: "Bench lookup",
      provider,
      options: { maxParticipants: 50, emptyTimeoutSeconds: 300 },
    }),
  });
  return (await response.json()) as { code: string };
}

export const scenarios: Scenario[] = [
  {
    name: "create meeting",
    connections: 20,
    target: 0.5,
    request: (_baseUrl, caller) =>
      Promise.resolve({
        path: "/api/v1/meetings",
        method: "POST",
        headers: { ...json, ...authorized(caller) },
        body: JSON.stringify({ title: "Bench", provider: "jitsi", options: { maxParticipants: 10 } }),
      }),
  },
  {
    name: "look up meeting",
    connections: 20,
    target: 0.5,
    request: async (baseUrl, caller) => ({
      path: `/api/v1/meetings/${(await createMeeting(baseUrl, caller)).code}`,
      method: "GET",
      headers: authorized(caller),
    }),
  },
  {
    // A guest asking to join: no session or key, so the one query is the meeting by its code.
    name: "join token (guest)",
    connections: 50,
    target: 0.7,
    request: async (baseUrl, caller) => ({
      path: `/api/v1/meetings/${(await createMeeting(baseUrl, caller, "livekit")).code}/token`,
      method: "POST",
      headers: json,
      body: JSON.stringify({ name: "Bench Guest" }),
    }),
  },
];
