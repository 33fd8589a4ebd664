import * as z from "zod";
import { singleLineText } from "@/lib/zod/text";

/**
 * The join-token contract: the token endpoints, the pre-join form and the
 * OpenAPI document read these schemas. No server imports: the browser
 * validates the display name with the same rule.
 */

export const participantRoleSchema = z
  .enum(["host", "guest"])
  .meta({ id: "ParticipantRole", description: "`host` (the meeting's owner) may also administer the room." });

export const displayNameSchema = singleLineText(64, 1, "Enter the name others will see.").meta({
  description: "The name others see: trimmed, 1 to 64 characters, no control characters.",
  example: "Ada Lovelace",
});

export const joinTokenInputSchema = z.strictObject({ name: displayNameSchema }).meta({ id: "JoinTokenInput" });

export const joinTokenSchema = z
  .object({
    serverUrl: z.string().meta({ description: "The LiveKit server to connect to.", example: "wss://livekit.example" }),
    token: z.string().meta({ description: "A LiveKit access token (JWT) for this meeting's room." }),
    identity: z.string().meta({ description: "The participant identity: the user id, or a random id for guests." }),
    role: participantRoleSchema,
    expiresAt: z.iso.datetime().meta({ description: "When the token stops admitting new connections." }),
  })
  .meta({ id: "JoinToken" });

/** LiveKit room names the old room API accepts: they also appear in URLs and logs. */
export const roomNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, "Use 1 to 128 letters, digits, dots, dashes or underscores.")
  .meta({ description: "The LiveKit room's name.", example: "standup-42" });

export const createRoomInputSchema = z
  .strictObject({
    name: roomNameSchema.optional().meta({ description: "Defaults to a name derived from the meeting code." }),
    maxParticipants: z.int().min(1).max(1000).optional(),
    emptyTimeout: z
      .int()
      .min(10)
      .max(24 * 60 * 60)
      .optional()
      .meta({ description: "Seconds an empty room stays open before it closes." }),
  })
  .meta({ id: "CreateRoomInput" });

export const roomSchema = z
  .object({
    name: z.string(),
    code: z.string().meta({ example: "abc-defg-hij" }),
    link: z.url(),
    maxParticipants: z.int().nullable(),
    emptyTimeout: z.int().nullable(),
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

export const roomNameParamsSchema = z.object({ room_name: roomNameSchema });

export type ParticipantRole = z.infer<typeof participantRoleSchema>;
export type JoinToken = z.infer<typeof joinTokenSchema>;
export type RoomResource = z.infer<typeof roomSchema>;
