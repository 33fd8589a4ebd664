"use client";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** The name a participant joins under, shared by the LiveKit and Jitsi pre-join screens. */
export function DisplayNameField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (name: string) => void;
}) {
  return (
    <Field id="display-name" label="Your name" error={error} hint="Others in the meeting see this name.">
      {(control) => (
        <Input
          {...control}
          value={value}
          autoComplete="name"
          maxLength={64}
          onChange={(event) => onChange(event.target.value)}
          required
        />
      )}
    </Field>
  );
}
