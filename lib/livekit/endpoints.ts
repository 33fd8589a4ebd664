import { defineEndpoints, noStore } from "@/lib/endpoints/endpoint";
import { joinInputSchema } from "@/lib/meetings/join-input";
import { meetingIdParamsSchema } from "@/lib/meetings/schemas";
import {
  createRoomInputSchema,
  joinTokenSchema,
  roomNameParamsSchema,
  roomOccupancySchema,
  roomSchema,
  roomTokenInputSchema,
  roomTokenSchema,
} from "./schemas";

export const livekitApi = defineEndpoints({
  createJoinToken: {
    method: "POST",
    path: "/api/v1/meetings/{id}/token",
    access: "anyone",
    summary: "Get a token to join a meeting",
    description:
      "Anyone with the link may join. Signed-in callers join as themselves (`host` for the meeting's owner, " +
      "with room admin), everyone else as a `guest` under a fresh random identity. The LiveKit token lasts ten " +
      "minutes; LiveKit renews it for connected participants. Jitsi meetings answer 409 (detail `jitsi_meeting`): " +
      "see `createJitsiJoin`. A server without LiveKit answers 503 with detail `livekit_unconfigured`.",
    tags: ["Joining"],
    params: meetingIdParamsSchema,
    body: joinInputSchema,
    response: {
      status: 200,
      description: "A LiveKit access token for the meeting's room.",
      schema: joinTokenSchema,
      headers: noStore,
    },
    errors: ["not_found", "conflict", "gone"],
  },
  getRoomOccupancy: {
    method: "GET",
    path: "/api/v1/meetings/{id}/occupancy",
    access: "anyone",
    summary: "How full a meeting's room is",
    description:
      "Anyone with the link may ask. LiveKit refuses a join to a full room without saying why (the browser " +
      "only sees its WebSocket fail), so the meeting page asks this after a failed join to tell a full room " +
      "from a broken connection. Asks LiveKit's room service; 503 when LiveKit does not answer.",
    tags: ["Joining"],
    params: meetingIdParamsSchema,
    response: {
      status: 200,
      description: "The room's participants and limit.",
      schema: roomOccupancySchema,
      headers: noStore,
    },
    errors: ["not_found", "conflict", "gone"],
  },
  createRoom: {
    method: "POST",
    path: "/api/v1/rooms",
    access: "signedIn",
    summary: "Create a room",
    description: "The old room backend's call: creates a LiveKit meeting owned by the caller.",
    tags: ["Rooms"],
    body: createRoomInputSchema,
    bodyOptional: true,
    response: { status: 201, description: "The room, with its link.", schema: roomSchema },
    errors: ["conflict"],
  },
  createRoomToken: {
    method: "POST",
    path: "/api/v1/rooms/{room_name}/token",
    access: "signedIn",
    summary: "Mint a token for one of your rooms",
    description: "The old room backend's call: a LiveKit token for any identity, in a room the caller owns.",
    tags: ["Rooms"],
    params: roomNameParamsSchema,
    body: roomTokenInputSchema,
    response: { status: 200, description: "A LiveKit access token.", schema: roomTokenSchema, headers: noStore },
    errors: ["not_found"],
  },
});
