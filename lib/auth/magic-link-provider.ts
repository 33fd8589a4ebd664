import type { EmailConfig } from "next-auth/providers";
import { createElement } from "react";
import { sendEmail } from "@/lib/email/send-email";
import { MagicLinkEmail } from "@/lib/email/templates/magic-link-email";
import { checkEmailAddress } from "./email-address";

export const MAGIC_LINK_MAX_AGE_MINUTES = 15;

/** Email sign-in through Qari's own email layer (outbox, retries, any transport). */
export const magicLinkProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: MAGIC_LINK_MAX_AGE_MINUTES * 60,
  // The same reading of the address as the rate limiter's: callers check it first, this is the backstop.
  normalizeIdentifier(identifier) {
    const email = checkEmailAddress(identifier);
    if (!email.ok) throw new Error(email.message);
    return email.address;
  },
  async sendVerificationRequest({ identifier, url }) {
    await sendEmail({
      to: [identifier],
      subject: "Your Qari sign-in link",
      body: createElement(MagicLinkEmail, {
        url,
        host: new URL(url).host,
        expiresInMinutes: MAGIC_LINK_MAX_AGE_MINUTES,
      }),
    });
  },
  options: {},
};
