import type autocannon from "autocannon";

type Request = Pick<autocannon.Options, "method" | "headers" | "body"> & { path: string };

export interface Scenario {
  name: string;
  connections: number;
  /** Qari's throughput must be at least this share of the bare server's. */
  target: number;
  /** The request to repeat against `baseUrl`, after any setup it needs there. */
  request: (baseUrl: string) => Promise<Request>;
}

const json = { "content-type": "application/json" };

async function createMeeting(baseUrl: string): Promise<{ code: string }> {
  const response = await fetch(`${baseUrl}/api/v1/meetings`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ title: "Bench lookup", provider: "jitsi" }),
  });
  return (await response.json()) as { code: string };
}

export const scenarios: Scenario[] = [
  {
    name: "create meeting",
    connections: 20,
    target: 0.5,
    request: () =>
      Promise.resolve({
        path: "/api/v1/meetings",
        method: "POST",
        headers: json,
        body: JSON.stringify({ title: "Bench", provider: "jitsi", options: { maxParticipants: 10 } }),
      }),
  },
  {
    name: "look up meeting",
    connections: 20,
    target: 0.5,
    request: async (baseUrl) => ({ path: `/api/v1/meetings/${(await createMeeting(baseUrl)).code}`, method: "GET" }),
  },
];
