import { defineEndpoints, noStore } from "@/lib/endpoints/endpoint";
import { joinInputSchema } from "@/lib/meetings/join-input";
import { meetingIdParamsSchema } from "@/lib/meetings/schemas";
import { jitsiJoinSchema } from "./schemas";

export const jitsiApi = defineEndpoints({
  createJitsiJoin: {
    method: "POST",
    path: "/api/v1/meetings/{id}/token/jitsi",
    access: "anyone",
    summary: "Get what is needed to join a Jitsi meeting",
    description:
      "The IFrame API's domain and room, the room's URL, and a Jitsi JWT when the server has JITSI_APP_ID and " +
      "JITSI_APP_SECRET (moderator for the meeting's owner).",
    tags: ["Joining"],
    params: meetingIdParamsSchema,
    body: joinInputSchema,
    response: {
      status: 200,
      description: "How to open the Jitsi room.",
      schema: jitsiJoinSchema,
      headers: noStore,
    },
    errors: ["not_found", "conflict", "gone"],
  },
});
