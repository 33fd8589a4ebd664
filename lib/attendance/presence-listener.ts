import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { PRESENCE_CHANNEL } from "./presence-channel";

type Listener = (meetingId: string) => void;

/**
 * The process's one LISTEN connection: PostgreSQL announces each meeting whose
 * presence changed, whichever instance received the webhook, and this fans the
 * id out to the open streams here. It carries ids only; streams read the state
 * itself from the database. Opened with the first subscriber, reopened (after
 * a pause) when the connection drops; subscribers are told `""` on reopen so
 * they re-read whatever they may have missed.
 */
class PresenceListener {
  private readonly listeners = new Set<Listener>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    void this.connect();
    return () => this.listeners.delete(listener);
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.open().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async open(): Promise<void> {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    const reopen = () => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => undefined);
      setTimeout(() => void this.connect(), 1_000).unref();
    };
    client.on("notification", ({ payload }) => {
      for (const listener of this.listeners) listener(payload ?? "");
    });
    client.on("error", reopen);
    client.on("end", reopen);
    try {
      await client.connect();
      await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
      this.client = client;
      for (const listener of this.listeners) listener("");
    } catch (error) {
      console.warn("[attendance] Could not listen for presence changes:", (error as Error).message);
      client.end().catch(() => undefined);
      setTimeout(() => void this.connect(), 1_000).unref();
    }
  }
}

// One per process, also across development hot reloads.
const globalForListener = globalThis as unknown as { qariPresenceListener?: PresenceListener };
export const presenceListener = (globalForListener.qariPresenceListener ??= new PresenceListener());
