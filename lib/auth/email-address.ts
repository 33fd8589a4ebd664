import * as z from "zod";

/**
 * One email address, trimmed and lower-cased: what the sign-in form, the
 * rate limiter and next-auth's provider all key on, so that none of them can
 * read an address differently from the others (next-auth alone would keep
 * `ada@x.com` of `ada@x.com,1`, while a limiter keyed on the raw text would
 * count each variant apart). Anything that is not exactly one address is refused.
 */
export const emailAddressSchema = z
  .string()
  .trim()
  .pipe(z.email("Enter one email address, such as ada@example.com.").max(254))
  .transform((address) => address.toLowerCase());

export type EmailAddressCheck = { ok: true; address: string } | { ok: false; message: string };

export function checkEmailAddress(raw: unknown): EmailAddressCheck {
  const parsed = emailAddressSchema.safeParse(raw);
  if (parsed.success) return { ok: true, address: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? "Enter one email address." };
}
