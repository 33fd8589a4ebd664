"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { clientAddress, consumeMagicLinkQuota } from "@/lib/rate-limit/limits";
import { signIn, signOut } from ".";
import { checkEmailAddress } from "./email-address";
import { safeCallbackUrl } from "./safe-callback-url";

export type MagicLinkState =
  { status: "idle" } | { status: "sent"; email: string } | { status: "error"; message: string; fieldError?: string };

/** The sign-in form's action: validates, rate limits, then has next-auth send the magic link. */
export async function requestMagicLink(_previous: MagicLinkState, form: FormData): Promise<MagicLinkState> {
  const email = checkEmailAddress(form.get("email") ?? "");
  if (!email.ok) return { status: "error", message: "Check the email address.", fieldError: email.message };
  const { address } = email;
  const limit = await consumeMagicLinkQuota(address, clientAddress(await headers()));
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return {
      status: "error",
      message: `Too many sign-in links were requested. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    };
  }
  try {
    await signIn("email", { email: address, redirect: false, redirectTo: safeCallbackUrl(form.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) {
      return { status: "error", message: "The sign-in link could not be sent. Try again in a moment." };
    }
    throw error;
  }
  return { status: "sent", email: address };
}

/** GitHub or Google: next-auth redirects to the provider. */
export async function signInWithProvider(provider: string, callbackUrl: string): Promise<void> {
  await signIn(provider, { redirectTo: safeCallbackUrl(callbackUrl) });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
