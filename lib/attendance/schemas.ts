import * as z from "zod";
import { liveStatusSchema } from "@/lib/meetings/schemas";

/** Counts and durations as PostgreSQL's int stores them: real bounds for the document and for clients. */
const count = z.int().min(0).max(2_147_483_647);

/** The attendance feature's contract: what the API answers and the pages read. Browser-safe. */

export const webhookReceiptSchema = z
  .object({
    status: z
      .enum(["recorded", "duplicate"])
      .meta({ description: "`duplicate` when this event id was received before (a retry): nothing changed." }),
  })
  .meta({ id: "WebhookReceipt" });

/** What LiveKit posts; documented only: the handler verifies the exact bytes before reading them. */
export const livekitWebhookBodySchema = z
  .object({
    id: z.string(),
    event: z.string().meta({ example: "participant_joined" }),
    createdAt: z.union([z.string(), z.number()]).meta({ description: "Unix seconds." }),
    room: z.object({ sid: z.string(), name: z.string() }).partial().optional(),
    participant: z.object({ sid: z.string(), identity: z.string(), name: z.string() }).partial().optional(),
    track: z.object({ sid: z.string(), source: z.string() }).partial().optional(),
  })
  .meta({ id: "LivekitWebhookEvent", description: "A LiveKit webhook event (protobuf JSON)." });

export const participantSchema = z
  .object({
    identity: z.string(),
    name: z.string(),
    userId: z.string().nullable().meta({ description: "The Qari user, when they joined signed in; null for guests." }),
    joinedAt: z.iso.datetime(),
  })
  .meta({ id: "Participant" });

export const participantListSchema = z
  .object({ participants: z.array(participantSchema) })
  .meta({ id: "ParticipantList", description: "Who is in the meeting's room now, earliest arrival first." });

export const attendeeSchema = z
  .object({
    identity: z.string(),
    name: z.string(),
    userId: z.string().nullable(),
    firstJoinedAt: z.iso.datetime(),
    lastLeftAt: z.iso.datetime().nullable().meta({ description: "Null while they are still in the room." }),
    durationSeconds: count.meta({ description: "Time in the call, overlapping stays (two tabs) counted once." }),
    joins: count,
  })
  .meta({ id: "Attendee" });

export const sessionAttendanceSchema = z
  .object({
    id: z.string(),
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime().nullable().meta({ description: "Null while the room is open." }),
    peakParticipants: count,
    attendees: z.array(attendeeSchema),
  })
  .meta({ id: "MeetingSessionAttendance" });

export const attendanceSchema = z
  .object({ sessions: z.array(sessionAttendanceSchema) })
  .meta({ id: "Attendance", description: "Every session of the meeting's room, newest first." });

export const attendanceQuerySchema = z.strictObject({
  format: z.enum(["json", "csv"]).optional().meta({ description: "`csv` is the same as `Accept: text/csv`." }),
});

/** What the meeting page and the dashboard show, pushed by the presence streams. */
export const presenceSummarySchema = z
  .object({
    meetingId: z.string(),
    live: liveStatusSchema,
    names: z.array(z.string()).meta({ description: "Display names of who is in, earliest arrival first." }),
    lastSession: z
      .object({ startedAt: z.iso.datetime(), endedAt: z.iso.datetime() })
      .nullable()
      .meta({ description: "The latest session that has ended, if any." }),
  })
  .meta({ id: "PresenceSummary" });

export type Participant = z.infer<typeof participantSchema>;
export type Attendance = z.infer<typeof attendanceSchema>;
export type SessionAttendance = z.infer<typeof sessionAttendanceSchema>;
export type Attendee = z.infer<typeof attendeeSchema>;
export type PresenceSummary = z.infer<typeof presenceSummarySchema>;
