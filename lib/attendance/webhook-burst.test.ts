import { randomInt, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "@/testing/http";
import { livekitEvent, signWebhook, type TestEvent } from "@/testing/livekit-webhooks";
import { startServer, type TestServer } from "@/testing/start-server";
import { testDatabaseUrl } from "@/testing/test-env";
import { createTestUser, type TestUser } from "@/testing/users";

// 10,000 deliveries over 200 rooms, to two Qari instances on one database, 50 at a
// time: 20% duplicates (sent to the other instance), 10% out of order, 5% with bad
// signatures. The stored state must equal a model computed here from the valid events.

const ROOMS = 200;
const DELIVERIES = 10_000;
const DUPLICATES = DELIVERIES * 0.2;
const FORGED = DELIVERIES * 0.05;
const UNIQUE = DELIVERIES - DUPLICATES - FORGED;

type Stay = { sid: string; identity: string; joinedAt: number; leftAt: number | null; published: string[] };
type Delivery = { event: TestEvent; forged: boolean };

let servers: TestServer[] = [];
let db: pg.Client;
let owner: TestUser;
let member: TestUser;

beforeAll(async () => {
  [servers, owner, member] = await Promise.all([
    Promise.all([startServer(), startServer()]),
    createTestUser("Owner"),
    createTestUser("Member"),
  ]);
  db = new pg.Client({ connectionString: testDatabaseUrl() });
  await db.connect();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await db?.end();
});

/** A room's life: started, people joining (some twice, some with camera and microphone), leaving, finished. */
function roomEvents(room: { sid: string; name: string }, start: number, identities: string[]): TestEvent[] {
  const events = [livekitEvent("room_started", start, room)];
  let finish = start;
  for (const [n, identity] of identities.entries()) {
    const joinedAt = start + 1 + randomInt(600);
    const leftAt = joinedAt + 1 + randomInt(1200);
    finish = Math.max(finish, leftAt);
    const participant = { sid: `PA_${randomUUID()}`, identity, name: `Person ${n}` };
    events.push(livekitEvent("participant_joined", joinedAt, room, { participant }));
    for (const [source, type] of [
      ["MICROPHONE", "AUDIO"],
      ["CAMERA", "VIDEO"],
    ].slice(0, randomInt(3))) {
      events.push(
        livekitEvent("track_published", joinedAt + 1, room, {
          participant,
          track: { sid: `TR_${randomUUID()}`, source: source!, type: type! },
        }),
      );
    }
    const reason = randomInt(4) === 0 ? "participant_connection_aborted" : "participant_left";
    events.push(
      livekitEvent(reason, leftAt, room, { participant: { ...participant, disconnectReason: "CLIENT_INITIATED" } }),
    );
  }
  events.push(livekitEvent("room_finished", finish + 20, room));
  return events;
}

/** What the stored state must be: the same rules, computed from the valid events alone. */
function model(events: TestEvent[]) {
  const stays = new Map<string, Stay>();
  const sessions = new Map<string, { startedAt: number; endedAt: number | null }>();
  for (const event of events) {
    const at = Number(event.createdAt);
    const session = sessions.get(event.room.sid) ?? { startedAt: at, endedAt: null };
    session.startedAt = Math.min(session.startedAt, at);
    if (event.event === "room_finished") session.endedAt = Math.max(session.endedAt ?? at, at);
    sessions.set(event.room.sid, session);
    const p = event.participant;
    if (!p) continue;
    const stay = stays.get(p.sid) ?? { sid: p.sid, identity: p.identity, joinedAt: at, leftAt: null, published: [] };
    stay.joinedAt = Math.min(stay.joinedAt, at);
    if (event.event === "participant_left" || event.event === "participant_connection_aborted") {
      stay.leftAt = Math.min(stay.leftAt ?? at, at);
    }
    if (event.event === "track_published") {
      const source = event.track!.source === "CAMERA" ? "camera" : "microphone";
      if (!stay.published.includes(source)) stay.published = [...stay.published, source].sort();
    }
    stays.set(p.sid, stay);
  }
  return { stays, sessions };
}

/** Moves about a tenth of the deliveries to a random earlier or later place. */
function shuffleSome<T>(items: T[], fraction: number): T[] {
  const result = [...items];
  for (let i = 0; i < items.length * fraction; i++) {
    const [moved] = result.splice(randomInt(result.length), 1);
    result.splice(randomInt(result.length + 1), 0, moved!);
  }
  return result;
}

describe("a burst of LiveKit webhooks on two instances", () => {
  it("applies every valid event exactly once, refuses every forged one, and ends where the model does", async () => {
    const meetings: { id: string; roomName: string }[] = [];
    for (let i = 0; i < ROOMS; i += 20) {
      const batch = Array.from({ length: Math.min(20, ROOMS - i) }, () =>
        request("/api/v1/meetings", { json: { provider: "livekit" }, headers: owner.asKey }).then((r) => r.body),
      );
      meetings.push(...(await Promise.all(batch)));
    }
    const base = Math.floor(Date.now() / 1000) - 3 * 3600;
    const all = meetings.flatMap((meeting, r) =>
      roomEvents({ sid: `RM_${randomUUID()}`, name: meeting.roomName }, base + r * 5, [
        ...Array.from({ length: 12 }, () => `guest-${randomUUID()}`),
        member.id,
      ]),
    );
    // Exactly UNIQUE valid events: drop the surplus at random, as LiveKit drops webhooks under pressure.
    while (all.length > UNIQUE) all.splice(randomInt(all.length), 1);
    expect(all).toHaveLength(UNIQUE);
    all.sort((a, b) => Number(a.createdAt) - Number(b.createdAt));

    const forged: TestEvent[] = Array.from({ length: FORGED }, (_, i) => {
      const like = all[randomInt(all.length)]!;
      // Half are new events under a wrong key, half a real event's body altered after signing.
      return i % 2 === 0
        ? livekitEvent("participant_joined", Number(like.createdAt), like.room, {
            participant: { sid: `PA_${randomUUID()}`, identity: "intruder", name: "Intruder" },
          })
        : { ...like, id: `EV_${randomUUID()}`, event: "room_finished" };
    });
    // In time order but a tenth moved, then forgeries and duplicates (of any event, any time later) spliced in.
    const deliveries: Delivery[] = shuffleSome(
      all.map((event) => ({ event, forged: false })),
      0.1,
    );
    for (const event of forged) deliveries.splice(randomInt(deliveries.length + 1), 0, { event, forged: true });
    for (let i = 0; i < DUPLICATES; i++) {
      deliveries.splice(randomInt(deliveries.length + 1), 0, { event: all[randomInt(all.length)]!, forged: false });
    }
    expect(deliveries).toHaveLength(DELIVERIES);

    // Signed before sending so the burst measures Qari, not the test.
    const signed = await Promise.all(
      deliveries.map(async ({ event, forged: bad }, i) => {
        const body = JSON.stringify(event);
        if (!bad) return { ...(await signWebhook(body)), bad };
        if (i % 2 === 0) return { ...(await signWebhook(body, "not-the-secret-but-long-enough-for-hs256-0000")), bad };
        const original = await signWebhook(JSON.stringify({ ...event, event: "participant_left" }));
        return { body, headers: original.headers, bad };
      }),
    );

    const latencies: number[] = [];
    const statuses = { ok: 0, refused: 0, unexpected: [] as string[] };
    let next = 0;
    await Promise.all(
      Array.from({ length: 50 }, async (_, worker) => {
        for (let i = next++; i < signed.length; i = next++) {
          const { body, headers, bad } = signed[i]!;
          const started = performance.now();
          const response = await fetch(`${servers[(i + worker) % 2]!.url}/api/livekit/webhook`, {
            method: "POST",
            body,
            headers,
          });
          await response.arrayBuffer();
          latencies.push(performance.now() - started);
          if (!bad && response.status === 200) statuses.ok++;
          else if (bad && response.status === 401) statuses.refused++;
          else statuses.unexpected.push(`${i}: ${bad ? "forged" : "valid"} got ${response.status}`);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.floor(latencies.length * 0.99)]!;
    console.log(
      `[burst] ${DELIVERIES} deliveries: p50 ${latencies[latencies.length >> 1]!.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms`,
    );
    expect(statuses.unexpected).toEqual([]);
    expect(statuses).toMatchObject({ ok: DELIVERIES - FORGED, refused: FORGED });

    const ids = all.map((event) => event.id);
    const stored = await db.query(`SELECT COUNT(*)::int AS n FROM "LivekitEvent" WHERE "id" = ANY($1)`, [ids]);
    expect(stored.rows[0].n).toBe(UNIQUE);
    const leaked = await db.query(`SELECT COUNT(*)::int AS n FROM "LivekitEvent" WHERE "id" = ANY($1)`, [
      forged.map((event) => event.id),
    ]);
    expect(leaked.rows[0].n).toBe(0);

    const expected = model(all);
    const roomOf = new Map(all.map((event) => [event.room.sid, event.room.name]));
    const stayRoom = new Map(all.filter((e) => e.participant).map((event) => [event.participant!.sid, event.room.sid]));
    const sessions = await db.query(
      `SELECT "roomSid", "startedAt", "endedAt", "meetingId" FROM "MeetingSession" WHERE "roomSid" = ANY($1)`,
      [[...expected.sessions.keys()]],
    );
    expect(sessions.rows).toHaveLength(expected.sessions.size);
    for (const row of sessions.rows) {
      const want = expected.sessions.get(row.roomSid)!;
      expect([row.startedAt.getTime(), row.endedAt?.getTime() ?? null]).toEqual([
        want.startedAt * 1000,
        want.endedAt === null ? null : want.endedAt * 1000,
      ]);
    }
    const stays = await db.query(
      `SELECT "participantSid", "identity", "joinedAt", "leftAt", "published", "userId"
       FROM "AttendanceInterval" WHERE "participantSid" = ANY($1)`,
      [[...expected.stays.keys()]],
    );
    const actual = stays.rows.map((row) => ({
      sid: row.participantSid,
      identity: row.identity,
      joinedAt: row.joinedAt.getTime() / 1000,
      leftAt: row.leftAt ? row.leftAt.getTime() / 1000 : null,
      published: row.published,
    }));
    const sortBySid = (a: Stay, b: Stay) => a.sid.localeCompare(b.sid);
    expect(actual.sort(sortBySid)).toEqual([...expected.stays.values()].sort(sortBySid));
    expect(stays.rows.filter((row) => row.identity === member.id).every((row) => row.userId === member.id)).toBe(true);
    expect(stays.rows.filter((row) => row.identity !== member.id).every((row) => row.userId === null)).toBe(true);

    // The owner's attendance API agrees, for meetings whose room_finished was not among the dropped events.
    const ended = meetings.filter((meeting) => {
      const session = [...expected.sessions.entries()].find(([sid]) => roomOf.get(sid) === meeting.roomName);
      return session?.[1].endedAt;
    });
    for (const meeting of ended.slice(0, 10)) {
      const [roomSid, session] = [...expected.sessions.entries()].find(
        ([sid]) => roomOf.get(sid) === meeting.roomName,
      )!;
      const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
      const attendees = [...expected.stays.values()]
        .filter((stay) => stayRoom.get(stay.sid) === roomSid)
        .sort((a, b) => a.joinedAt - b.joinedAt || a.sid.localeCompare(b.sid))
        .map((stay) => {
          const leftAt = stay.leftAt ?? session.endedAt!;
          return {
            identity: stay.identity,
            firstJoinedAt: iso(stay.joinedAt),
            lastLeftAt: iso(leftAt),
            durationSeconds: leftAt - stay.joinedAt,
            joins: 1,
          };
        });
      const response = await request(`/api/v1/meetings/${meeting.id}/attendance`, { headers: owner.asKey });
      expect(response.status).toBe(200);
      const got = response.body.sessions.map((s: { attendees: Record<string, unknown>[] }) =>
        s.attendees.map(({ identity, firstJoinedAt, lastLeftAt, durationSeconds, joins }) => ({
          identity,
          firstJoinedAt,
          lastLeftAt,
          durationSeconds,
          joins,
        })),
      );
      expect(got).toEqual([attendees]);
    }
    expect(ended.length).toBeGreaterThan(150);
  }, 600_000);
});
