"use client";

import { Send } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { ApiRequestError, fetchApi } from "@/lib/api/fetch-api";
import { inviteInputSchema, type Invitation } from "@/lib/invitations/schemas";

/** Emails the meeting's link to a list of addresses (commas, spaces or lines between them). */
export function InviteForm({ meetingId }: { meetingId: string }) {
  const [errors, setErrors] = useState<{ to?: string; message?: string }>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === "string" ? value.trim() : "";
    };
    const to = field("to")
      .split(/[\s,;]+/)
      .filter(Boolean);
    const parsed = inviteInputSchema.safeParse({ to, message: field("message") || undefined });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const badAddress = typeof issue?.path[1] === "number" ? to[issue.path[1]] : undefined;
      return setErrors({
        [issue?.path[0] === "message" ? "message" : "to"]: badAddress
          ? `“${badAddress}” is not an email address.`
          : to.length === 0
            ? "Enter at least one email address."
            : issue?.message,
      });
    }
    setErrors({});
    setPending(true);
    try {
      const { invitations } = await fetchApi<{ invitations: Invitation[] }>(
        `/api/v1/meetings/${meetingId}/invitations`,
        {
          method: "POST",
          body: parsed.data,
        },
      );
      const queued = invitations.filter((invitation) => invitation.status !== "sent").length;
      toast.success(
        `Invited ${invitations.length} ${invitations.length === 1 ? "person" : "people"}` +
          (queued ? ` (${queued} still on the way)` : ""),
      );
      form.reset();
    } catch (caught) {
      toast.error(caught instanceof ApiRequestError ? caught.message : "The invitations could not be sent.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-4">
      <Field
        id="invite-to"
        label="Email addresses"
        error={errors.to}
        hint="Separate addresses with commas or new lines."
      >
        {(control) => <Textarea {...control} name="to" placeholder="ada@example.com, grace@example.com" />}
      </Field>
      <Field id="invite-message" label="Message (optional)" error={errors.message}>
        {(control) => <Textarea {...control} name="message" maxLength={2000} />}
      </Field>
      <div className="flex justify-end">
        <Button type="submit" pending={pending}>
          {!pending && <Send aria-hidden />} Send invitations
        </Button>
      </div>
    </form>
  );
}
