import { ApiError } from "@/lib/errors";
import type { Principal } from "@/lib/auth/principal";

/** Keys are managed by a person, signed in: a key that could mint or revoke keys would outlive its own revocation. */
export function assertSignedInBySession(principal: Principal): void {
  if (principal.via !== "session") {
    throw new ApiError("forbidden", "API keys are managed from a signed-in session, not with an API key.");
  }
}
