import "server-only";
import type * as z from "zod";
import { ApiError } from "@/lib/errors";
import { prisma } from "@/lib/db";
import { mintJoinToken, requireLivekit } from "./mint-join-token";
import { roomNameSchema, type roomTokenInputSchema } from "./schemas";

/**
 * The old room backend's "mint a token": for a LiveKit room the caller owns,
 * any identity they choose. Someone else's room is "not found", like a room
 * that does not exist: its existence is nobody else's business.
 */
export async function issueRoomToken(roomName: string, ownerId: string, input: z.output<typeof roomTokenInputSchema>) {
  const livekit = requireLivekit();
  const notFound = new ApiError("not_found", `No room of yours is named "${roomName.slice(0, 128)}".`);
  if (!roomNameSchema.safeParse(roomName).success) throw notFound;
  const meeting = await prisma.meeting.findUnique({ where: { roomName } });
  if (!meeting || meeting.deletedAt || meeting.ownerId !== ownerId || meeting.provider !== "livekit") throw notFound;
  const token = await mintJoinToken(
    {
      roomName,
      identity: input.identity,
      name: input.name,
      role: input.role ?? "guest",
      maxParticipants: meeting.maxParticipants,
      emptyTimeoutSeconds: meeting.emptyTimeoutSeconds,
      ttlSeconds: input.ttl,
    },
    livekit,
  );
  return { ...token, room: roomName };
}
