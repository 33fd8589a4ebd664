import { readJsonBody } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db";
import { sendEmailInputSchema, sendEmailResultSchema } from "@/lib/invitations/schemas";
import {
  reserveInvitationQuota,
  sendMeetingInvitations,
  uniqueRecipients,
} from "@/lib/invitations/send-meeting-invitations";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { toMeetingResource } from "@/lib/meetings/to-meeting-resource";

/** The old link generator's call: a new meeting, its link emailed to everyone in `to`. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  async POST({ req, principal }) {
    const { to, message, ...input } = await readJsonBody(req, sendEmailInputSchema);
    const recipients = uniqueRecipients([to].flat());
    await reserveInvitationQuota(principal.userId, recipients);
    const sender = await prisma.user.findUniqueOrThrow({
      where: { id: principal.userId },
      select: { name: true, email: true },
    });
    const meeting = await createMeeting(principal.userId, input);
    const invitations = await sendMeetingInvitations(meeting, recipients, {
      invitedBy: sender.name ?? sender.email,
      message: message ?? null,
    });
    return Response.json(sendEmailResultSchema.parse({ ...toMeetingResource(meeting), invitations }), { status: 201 });
  },
});
