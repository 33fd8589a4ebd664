"use client";

import { ArrowRight } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { formatMeetingCode, meetingCodeFromInput } from "@/lib/meetings/code";

/** Accepts a code (any case, dashes optional) or a whole meeting link. */
export function JoinWithCodeForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = new FormData(event.currentTarget).get("code");
    const code = typeof input === "string" ? meetingCodeFromInput(input) : null;
    if (!code) {
      setError("Enter a code like abc-defg-hij, or paste the meeting link.");
      return;
    }
    setError(null);
    startTransition(() => router.push(`/m/${formatMeetingCode(code)}`));
  }

  return (
    <form onSubmit={submit} noValidate className="mt-4 grid gap-2">
      <label htmlFor="join-code" className="text-sm font-medium">
        Join with a code
      </label>
      <div className="flex gap-2">
        <Input
          id="join-code"
          name="code"
          placeholder="abc-defg-hij or link"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "join-code-error" : undefined}
          onChange={() => setError(null)}
        />
        <Button type="submit" variant="secondary" pending={pending}>
          Join {!pending && <ArrowRight aria-hidden />}
        </Button>
      </div>
      {error && (
        <p id="join-code-error" className="text-destructive text-sm">
          {error}
        </p>
      )}
    </form>
  );
}
