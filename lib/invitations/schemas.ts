import * as z from "zod";
import { generateLinkInputSchema, generateLinkResultSchema } from "@/lib/meetings/schemas";
import { multiLineText } from "@/lib/zod/text";

const email = z.email("Enter an email address such as ada@example.com.").max(254);

export const MAX_RECIPIENTS = 50;

/** Who to invite to an existing meeting, and an optional note. */
export const inviteInputSchema = z
  .strictObject({
    to: z
      .union([email, z.array(email).min(1).max(MAX_RECIPIENTS)])
      .meta({ description: `One address, or a list of up to ${MAX_RECIPIENTS}.`, example: "ada@example.com" }),
    message: multiLineText(2000).optional().meta({ description: "A note added to the invitation." }),
  })
  .meta({ id: "InviteInput" });

/** The old link generator's "generate a link and email it" call: a new meeting and its invitations in one. */
export const sendEmailInputSchema = generateLinkInputSchema
  .extend(inviteInputSchema.shape)
  .meta({ id: "SendEmailInput" });

export const invitationSchema = z
  .object({
    to: z.string(),
    status: z
      .enum(["queued", "sent", "failed"])
      .meta({ description: "`queued`: the provider did not take it yet; Qari retries with backoff." }),
  })
  .meta({ id: "Invitation" });

export const invitationListSchema = z.object({ invitations: z.array(invitationSchema) }).meta({ id: "Invitations" });

export const sendEmailResultSchema = generateLinkResultSchema
  .extend({ invitations: z.array(invitationSchema) })
  .meta({ id: "SentInvitations" });

export type SendEmailInput = z.infer<typeof sendEmailInputSchema>;
export type InviteInput = z.infer<typeof inviteInputSchema>;
export type Invitation = z.infer<typeof invitationSchema>;
