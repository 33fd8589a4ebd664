import * as z from "zod";
import { multiLineText, singleLineText } from "@/lib/zod/text";

/**
 * The meeting API's contract. Route handlers, dashboard forms and the OpenAPI
 * document all read these schemas; the types below are derived from them.
 * No server-only imports here: forms validate with them in the browser too.
 */

export const meetingProviderSchema = z
  .enum(["livekit", "jitsi"])
  .meta({ id: "MeetingProvider", description: "`livekit` rooms open inside Qari; `jitsi` rooms on JITSI_BASE_URL." });

const title = singleLineText(200, 1, "Give the meeting a title.");
const description = multiLineText(5000);
const startsAt = z.iso
  .datetime({ offset: true, error: "Use an ISO 8601 date-time with a time zone, e.g. 2026-12-01T09:30:00+01:00." })
  .meta({ example: "2026-12-01T09:30:00+01:00" });
const durationMinutes = z
  .int()
  .min(1)
  .max(24 * 60)
  .meta({ description: "Planned length in minutes." });
const timeZone = z
  .string()
  .refine(isTimeZone, "Use an IANA time zone such as Europe/Berlin.")
  .meta({ description: "IANA time zone the meeting was scheduled in.", example: "Europe/Berlin" });

export const maxParticipantsSchema = z
  .int()
  .min(1)
  .max(1000)
  .meta({ description: "Participants allowed in the room at once." });
export const emptyTimeoutSecondsSchema = z
  .int()
  .min(10)
  .max(24 * 60 * 60)
  .meta({ description: "Seconds an empty LiveKit room stays open before it closes." });

export const meetingOptionsInputSchema = z.strictObject({
  maxParticipants: maxParticipantsSchema.nullable().optional(),
  emptyTimeoutSeconds: emptyTimeoutSecondsSchema.nullable().optional(),
});

export const createMeetingInputSchema = z
  .strictObject({
    title: title.optional().meta({ description: 'Defaults to "Untitled meeting".' }),
    description: description.optional(),
    startsAt: startsAt.optional(),
    durationMinutes: durationMinutes.optional(),
    timeZone: timeZone.optional(),
    provider: meetingProviderSchema
      .optional()
      .meta({ description: "Defaults to DEFAULT_PROVIDER: livekit when LiveKit is configured, jitsi otherwise." }),
    options: meetingOptionsInputSchema.optional(),
  })
  .meta({ id: "CreateMeetingInput" });

export const updateMeetingInputSchema = z
  .strictObject({
    title: title.optional(),
    description: description.nullable().optional(),
    startsAt: startsAt.nullable().optional(),
    durationMinutes: durationMinutes.nullable().optional(),
    timeZone: timeZone.nullable().optional(),
    provider: meetingProviderSchema.optional(),
    options: meetingOptionsInputSchema.optional(),
  })
  .meta({ id: "UpdateMeetingInput", description: "Only the fields sent change; `null` clears a field." });

export const liveStatusSchema = z
  .object({
    status: z.enum(["live", "idle"]),
    participantCount: z.int().min(0).max(100_000),
    since: z.iso
      .datetime()
      .nullable()
      .meta({ description: "Live: when the session started. Idle: when the last one ended (null if never)." }),
  })
  .meta({ id: "LiveStatus", description: "Whether people are in the meeting's room now, from LiveKit's webhooks." });

export const meetingSchema = z
  .object({
    id: z.string().meta({ example: "cmi9x2k0f0000qari8s1d2f3g" }),
    code: z.string().meta({ description: "Short code people can type to join.", example: "abc-defg-hij" }),
    link: z.url().meta({ description: "Shareable Qari link.", example: "https://qari.example/m/abc-defg-hij" }),
    title: z.string(),
    description: z.string().nullable(),
    startsAt: z.iso.datetime().nullable(),
    durationMinutes: durationMinutes.nullable(),
    timeZone: z.string().nullable(),
    provider: meetingProviderSchema,
    roomName: z.string().meta({ description: "The LiveKit or Jitsi room the meeting takes place in." }),
    jitsiUrl: z.url().nullable().meta({ description: "Direct Jitsi Meet URL, for Jitsi meetings." }),
    options: z.object({
      maxParticipants: maxParticipantsSchema.nullable(),
      emptyTimeoutSeconds: emptyTimeoutSecondsSchema.nullable(),
    }),
    live: liveStatusSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Meeting" });

export const meetingListQuerySchema = z.strictObject({
  when: z
    .enum(["upcoming", "past", "undated"])
    .optional()
    .meta({ description: "Only scheduled meetings not yet over, those over, or those without a start time." }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).max(100).optional().meta({ description: "`nextCursor` of the previous page." }),
});

export const meetingListSchema = z
  .object({ data: z.array(meetingSchema), nextCursor: z.string().nullable() })
  .meta({ id: "MeetingList" });

export const meetingIdParamsSchema = z.object({
  id: z
    .string()
    .meta({ description: "The meeting's id or its code (any case, dashes optional).", example: "abc-defg-hij" }),
});

/** The old Jitsi link generator's call, kept for the programs that use it. */
export const generateLinkInputSchema = z
  .strictObject({ title: title.optional(), provider: meetingProviderSchema.optional() })
  .meta({ id: "GenerateLinkInput" });

export const generateLinkResultSchema = meetingSchema
  .pick({ id: true, code: true, link: true, provider: true, roomName: true, jitsiUrl: true, createdAt: true })
  .meta({ id: "GeneratedLink" });

export type MeetingProvider = z.infer<typeof meetingProviderSchema>;
export type CreateMeetingInput = z.infer<typeof createMeetingInputSchema>;
export type UpdateMeetingInput = z.infer<typeof updateMeetingInputSchema>;
export type MeetingResource = z.infer<typeof meetingSchema>;
export type LiveStatus = z.infer<typeof liveStatusSchema>;
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
