"use client";

import { Send } from "lucide-react";
import { useRef, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useApiMutation } from "@/lib/api-client/use-api-mutation";
import { invitationsApi } from "@/lib/invitations/endpoints";
import { inviteInputSchema } from "@/lib/invitations/schemas";

/** Emails the meeting's link to a list of addresses (commas, spaces or lines between them). */
export function InviteForm({ meetingId }: { meetingId: string }) {
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<{ to?: string; message?: string }>({});
  const invite = useApiMutation(invitationsApi.inviteToMeeting, {
    onSuccess({ invitations }) {
      const queued = invitations.filter((invitation) => invitation.status !== "sent").length;
      toast.success(
        `Invited ${invitations.length} ${invitations.length === 1 ? "person" : "people"}` +
          (queued ? ` (${queued} still on the way)` : ""),
      );
      form.current?.reset();
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
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
    void invite.mutate({ params: { id: meetingId }, body: parsed.data });
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="grid gap-4">
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
        <Button type="submit" pending={invite.pending}>
          {!invite.pending && <Send aria-hidden />} Send invitations
        </Button>
      </div>
    </form>
  );
}
