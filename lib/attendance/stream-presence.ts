import "server-only";
import { presenceListener } from "./presence-listener";
import { presenceSummaries } from "./presence-summary";

const HEARTBEAT_MS = 25_000;

/**
 * Server-Sent Events with the presence of `meetingIds`: one `presence` event
 * per meeting at once, then one whenever PostgreSQL announces a change to it
 * (from any instance). A comment every 25 s keeps proxies from closing the
 * idle connection. Ends when the client goes away.
 */
export function streamPresence(meetingIds: readonly string[], signal: AbortSignal): ReadableStream<Uint8Array> {
  const watched = new Set(meetingIds);
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = async (ids: readonly string[]) => {
        try {
          for (const summary of await presenceSummaries(ids)) {
            if (!closed) controller.enqueue(encoder.encode(`event: presence\ndata: ${JSON.stringify(summary)}\n\n`));
          }
        } catch (error) {
          console.warn("[attendance] Could not read presence:", (error as Error).message);
        }
      };
      const unsubscribe = presenceListener.subscribe((meetingId) => {
        // "" means the listener reconnected and may have missed changes: send everything again.
        if (meetingId === "") void send([...watched]);
        else if (watched.has(meetingId)) void send([meetingId]);
      });
      const heartbeat = setInterval(
        () => !closed && controller.enqueue(encoder.encode(": keep-alive\n\n")),
        HEARTBEAT_MS,
      );
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      signal.addEventListener("abort", cleanup);
      controller.enqueue(encoder.encode("retry: 3000\n\n"));
      void send([...watched]);
    },
    cancel() {
      cleanup();
    },
  });
}
