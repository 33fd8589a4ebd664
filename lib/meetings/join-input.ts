import * as z from "zod";
import { singleLineText } from "@/lib/zod/text";

/**
 * What joining a meeting asks of a participant, whichever provider holds it:
 * the LiveKit and Jitsi token calls, and both pre-join screens, read these.
 * No server imports: the browser checks the name with the same rule.
 */
export const displayNameSchema = singleLineText(64, 1, "Enter the name others will see.").meta({
  description: "The name others see: trimmed, 1 to 64 characters, no control characters.",
  example: "Ada Lovelace",
});

export const joinInputSchema = z.strictObject({ name: displayNameSchema }).meta({ id: "JoinTokenInput" });
