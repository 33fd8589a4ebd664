import { defineEndpoints } from "@/lib/endpoints/endpoint";
import { meetingIdParamsSchema } from "@/lib/meetings/schemas";
import {
  attendanceQuerySchema,
  attendanceSchema,
  livekitWebhookBodySchema,
  participantListSchema,
  webhookReceiptSchema,
} from "./schemas";

/** Event streams must reach the browser as they are written: no caching, no proxy buffering. */
const presenceStreamHeaders = { "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no" } as const;

const webhook = {
  method: "POST",
  access: "public",
  description:
    "LiveKit's server posts its events here. `Authorization` must be LiveKit's signed token for the exact body " +
    "(401 otherwise); a malformed event is 400. Every event is stored once under its id: a retried delivery " +
    "answers `duplicate` and changes nothing. Any kind is accepted; room and participant events update " +
    "sessions, attendance and presence.",
  tags: ["LiveKit webhooks"],
  body: livekitWebhookBodySchema,
  rawBody: "application/webhook+json",
  response: { status: 200, description: "Stored (or already stored).", schema: webhookReceiptSchema },
  errors: ["unauthorized", "bad_request", "service_unavailable"],
} as const;

export const attendanceApi = defineEndpoints({
  receiveLivekitWebhook: { ...webhook, path: "/api/livekit/webhook", summary: "Receive a LiveKit webhook" },
  receiveLivekitWebhookV1: {
    ...webhook,
    path: "/api/v1/livekit/webhook",
    summary: "Receive a LiveKit webhook (the old backend's path)",
  },
  listParticipants: {
    method: "GET",
    path: "/api/v1/meetings/{id}/participants",
    access: "signedIn",
    summary: "Who is in a meeting now",
    description: "For the meeting's owner, or a signed-in person who is in its room right now.",
    tags: ["Attendance"],
    params: meetingIdParamsSchema,
    response: { status: 200, description: "The people in the room.", schema: participantListSchema },
    errors: ["not_found"],
  },
  getAttendance: {
    method: "GET",
    path: "/api/v1/meetings/{id}/attendance",
    access: "signedIn",
    summary: "A meeting's attendance",
    description:
      "Every session of the meeting's room, with each attendee's first join, last leave, time in the call and " +
      "number of joins. With `Accept: text/csv` or `?format=csv`, a CSV file instead: one row per attendee per " +
      "session, after a header line. For the meeting's owner.",
    tags: ["Attendance"],
    params: meetingIdParamsSchema,
    query: attendanceQuerySchema,
    response: { status: 200, description: "The attendance (or its CSV).", schema: attendanceSchema },
    errors: ["not_found"],
  },
  streamMeetingPresence: {
    method: "GET",
    path: "/api/v1/meetings/{id}/presence",
    access: "anyone",
    summary: "Follow who is in a meeting",
    description:
      "Server-Sent Events for the meeting page: a `presence` event (a PresenceSummary: live status and the names " +
      "of who is in) at once and after every change, from any instance. Anyone with the link sees this much.",
    tags: ["Attendance"],
    params: meetingIdParamsSchema,
    response: {
      status: 200,
      description: "An event stream of PresenceSummary objects.",
      contentType: "text/event-stream",
      headers: presenceStreamHeaders,
    },
    errors: ["not_found", "gone"],
  },
  streamMyPresence: {
    method: "GET",
    path: "/api/v1/presence",
    access: "session",
    summary: "Follow your meetings' live status",
    description:
      "Server-Sent Events for the dashboard: a `presence` event per meeting of yours, at once and on change.",
    tags: ["Attendance"],
    response: {
      status: 200,
      description: "An event stream of PresenceSummary objects.",
      contentType: "text/event-stream",
      headers: presenceStreamHeaders,
    },
  },
});
