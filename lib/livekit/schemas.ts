import * as z from "zod";
import { displayNameSchema } from "@/lib/meetings/join-input";
import { emptyTimeoutSecondsSchema, maxParticipantsSchema } from "@/lib/meetings/schemas";
import { singleLineText } from "@/lib/zod/text";

/**
 * The LiveKit contract: the token and room endpoints and the OpenAPI
 * document read these schemas. No server imports: the browser reads them too.
 */

export const participantRoleSchema = z
  .enum(["host", "guest"])
  .meta({ id: "ParticipantRole", description: "`host` (the meeting's owner) may also administer the room." });

export const joinTokenSchema = z
  .object({
    serverUrl: z.string().meta({ description: "The LiveKit server to connect to.", example: "wss://livekit.example" }),
    token: z.string().meta({ description: "A LiveKit access token (JWT) for this meeting's room." }),
    identity: z.string().meta({ description: "The participant identity: the user id, or a random id for guests." }),
    role: participantRoleSchema,
    expiresAt: z.iso.datetime().meta({ description: "When the token stops admitting new connections." }),
  })
  .meta({ id: "JoinToken" });

export const roomOccupancySchema = z
  .object({
    participants: z
      .int()
      .min(0)
      .max(100_000)
      .meta({ description: "People in the meeting's LiveKit room now, as LiveKit lists them." }),
    maxParticipants: maxParticipantsSchema
      .nullable()
      .meta({ description: "The meeting's limit; null when it has none." }),
    full: z.boolean().meta({ description: "Whether LiveKit would turn the next person away." }),
  })
  .meta({ id: "RoomOccupancy" });

/** LiveKit room names the old room API accepts: they also appear in URLs and logs. */
const roomNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const roomName = { description: "The LiveKit room's name.", example: "standup-42" };

export const roomNameSchema = z
  .string()
  .regex(roomNamePattern, "Use 1 to 128 letters, digits, dots, dashes or underscores.")
  .meta(roomName);

export const createRoomInputSchema = z
  .strictObject({
    name: roomNameSchema.optional().meta({ description: "Defaults to a name derived from the meeting code." }),
    maxParticipants: maxParticipantsSchema.optional(),
    emptyTimeout: emptyTimeoutSecondsSchema
      .optional()
      .meta({ description: "Seconds an empty room stays open before it closes." }),
  })
  .meta({ id: "CreateRoomInput" });

export const roomSchema = z
  .object({
    name: z.string(),
    code: z.string().meta({ example: "abc-defg-hij" }),
    link: z.url(),
    maxParticipants: maxParticipantsSchema.nullable(),
    emptyTimeout: emptyTimeoutSecondsSchema.nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Room" });

/** Ten minutes: enough to connect; LiveKit refreshes the token of connected participants itself. */
export const JOIN_TOKEN_TTL_SECONDS = 10 * 60;

export const ROOM_TOKEN_TTL = { min: 60, max: 24 * 60 * 60 } as const;

export const roomTokenInputSchema = z
  .strictObject({
    identity: singleLineText(128).meta({
      description: "The participant identity, unique within the room.",
      example: "user-42",
    }),
    name: displayNameSchema.optional(),
    ttl: z
      .int()
      .min(ROOM_TOKEN_TTL.min)
      .max(ROOM_TOKEN_TTL.max)
      .optional()
      .meta({ description: `Token lifetime in seconds; defaults to ${JOIN_TOKEN_TTL_SECONDS}.` }),
    role: participantRoleSchema.optional().meta({ description: "Defaults to `guest`." }),
  })
  .meta({ id: "RoomTokenInput" });

export const roomTokenSchema = joinTokenSchema.extend({ room: z.string() }).meta({ id: "RoomToken" });

/** Any string, the pattern documented only: issueRoomToken answers a name no room can have with its own 404. */
export const roomNameParamsSchema = z.object({
  room_name: z.string().meta({ ...roomName, pattern: roomNamePattern.source }),
});

export type ParticipantRole = z.infer<typeof participantRoleSchema>;
export type JoinToken = z.infer<typeof joinTokenSchema>;
export type RoomOccupancy = z.infer<typeof roomOccupancySchema>;
export type RoomResource = z.infer<typeof roomSchema>;
