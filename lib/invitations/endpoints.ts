import { defineEndpoints } from "@/lib/endpoints/endpoint";
import { meetingIdParamsSchema } from "@/lib/meetings/schemas";
import { invitationListSchema, inviteInputSchema, sendEmailInputSchema, sendEmailResultSchema } from "./schemas";

export const invitationsApi = defineEndpoints({
  inviteToMeeting: {
    method: "POST",
    path: "/api/v1/meetings/{id}/invitations",
    access: "signedIn",
    summary: "Email a meeting's link to people",
    description: "Each invitation goes through the outbox: `queued` ones are retried with backoff.",
    tags: ["Meetings"],
    params: meetingIdParamsSchema,
    body: inviteInputSchema,
    response: { status: 201, description: "Each invitation's status.", schema: invitationListSchema },
    errors: ["not_found", "rate_limited"],
  },
  sendEmail: {
    method: "POST",
    path: "/api/v1/send-email",
    access: "signedIn",
    summary: "Generate a meeting link and email it",
    description:
      "The Jitsi link generator's call, kept compatible: creates a meeting and emails its link to each address. " +
      "Messages go through an outbox: `queued` ones are retried with backoff until the provider takes them.",
    tags: ["Links"],
    body: sendEmailInputSchema,
    response: {
      status: 201,
      description: "The new meeting's links and each invitation's status.",
      schema: sendEmailResultSchema,
    },
    errors: ["rate_limited"],
  },
});
