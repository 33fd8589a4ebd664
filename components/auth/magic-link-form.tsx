"use client";

import { MailCheck } from "lucide-react";
import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { requestMagicLink, type MagicLinkState } from "@/lib/auth/actions";

/** `devMailbox`: no email provider is configured, so point to where the link went instead. */
export function MagicLinkForm({ callbackUrl, devMailbox }: { callbackUrl: string; devMailbox: boolean }) {
  const [state, action, pending] = useActionState<MagicLinkState, FormData>(requestMagicLink, { status: "idle" });

  if (state.status === "sent") {
    return (
      <Alert>
        <MailCheck aria-hidden />
        <div className="grid gap-1">
          <p className="font-medium">Check your email</p>
          <p className="text-muted-foreground">
            We sent a sign-in link to <strong className="text-foreground">{state.email}</strong>. It works once, for 15
            minutes.
          </p>
          {devMailbox && (
            <p>
              No email provider is configured:{" "}
              <Link href="/dev/mailbox" className="text-primary underline underline-offset-4">
                open the development mailbox
              </Link>
              .
            </p>
          )}
        </div>
      </Alert>
    );
  }

  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.status === "error" && !state.fieldError && <Alert variant="error">{state.message}</Alert>}
      <Field id="email" label="Email" error={state.status === "error" ? state.fieldError : undefined}>
        {(control) => (
          <Input {...control} name="email" type="email" autoComplete="email" placeholder="ada@example.com" required />
        )}
      </Field>
      <Button type="submit" pending={pending}>
        Email me a sign-in link
      </Button>
    </form>
  );
}
