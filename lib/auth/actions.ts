"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import * as z from "zod";
import { clientAddress, consumeMagicLinkQuota } from "@/lib/rate-limit/limits";
import { signIn, signOut } from ".";
import { safeCallbackUrl } from "./safe-callback-url";

export type MagicLinkState =
  { status: "idle" } | { status: "sent"; email: string } | { status: "error"; message: string; fieldError?: string };

const emailSchema = z.email("Enter an email address such as ada@example.com.").max(254);

/** The sign-in form's action: validates, rate limits, then has next-auth send the magic link. */
export async function requestMagicLink(_previous: MagicLinkState, form: FormData): Promise<MagicLinkState> {
  const email = form.get("email");
  const parsed = emailSchema.safeParse(typeof email === "string" ? email.trim() : "");
  if (!parsed.success) {
    return { status: "error", message: "Check the email address.", fieldError: parsed.error.issues[0]?.message };
  }
  const address = parsed.data.toLowerCase();
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
