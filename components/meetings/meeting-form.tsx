"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import type * as z from "zod";
import type { ApiRequestError } from "@/lib/api-client/api-request-error";
import { useApiMutation } from "@/lib/api-client/use-api-mutation";
import { zodIssuesToDetails } from "@/lib/errors";
import { meetingsApi } from "@/lib/meetings/endpoints";
import {
  createMeetingInputSchema,
  updateMeetingInputSchema,
  type MeetingProvider,
  type MeetingResource,
} from "@/lib/meetings/schemas";
import { fromStartsAt, toStartsAt } from "@/lib/meetings/schedule-fields";

type FieldErrors = Partial<Record<string, string>>;

const durations = [15, 30, 45, 60, 90, 120, 180];

interface MeetingFormProps {
  /** The meeting to edit; without one the form creates a meeting. */
  meeting?: MeetingResource;
  providers: MeetingProvider[];
  timeZones: string[];
}

/**
 * Create or edit a meeting. Validates with the API's own zod schemas before
 * sending, and shows the API's field errors the same way, next to each field.
 */
export function MeetingForm({ meeting, providers, timeZones }: MeetingFormProps) {
  const router = useRouter();
  const initialSchedule = meeting?.startsAt ? fromStartsAt(meeting.startsAt, meeting.timeZone ?? "UTC") : null;
  const [scheduled, setScheduled] = useState(Boolean(meeting?.startsAt));
  // A new meeting is scheduled in the browser's zone, which only the browser knows (the server renders UTC).
  const browserZone = useSyncExternalStore(noSubscription, browserTimeZone, () => "UTC");
  const [chosenZone, setTimeZone] = useState<string | null>(meeting?.timeZone ?? null);
  const timeZone = chosenZone ?? (meeting ? "UTC" : browserZone);
  const [errors, setErrors] = useState<FieldErrors>({});
  const outcome = {
    report: "inline" as const,
    onSuccess(saved: MeetingResource) {
      toast.success(meeting ? "Meeting saved" : "Meeting created");
      router.push(`/meetings/${saved.id}`);
      router.refresh();
    },
    onError: (error: ApiRequestError) => setErrors(toFieldErrors(error.error.details)),
  };
  const create = useApiMutation(meetingsApi.createMeeting, outcome);
  const update = useApiMutation(meetingsApi.updateMeeting, outcome);
  const save = meeting ? update : create;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value.trim() : "";
    };
    const fieldErrors: FieldErrors = {};

    let startsAt: string | null = null;
    if (scheduled) {
      startsAt = toStartsAt(text("date"), text("time"), timeZone);
      if (!startsAt) fieldErrors.startsAt = "Pick a date and a time.";
    }
    const maxParticipants = text("maxParticipants");
    const input = {
      title: text("title") || undefined,
      description: text("description") || (meeting ? null : undefined),
      startsAt: scheduled ? (startsAt ?? undefined) : meeting ? null : undefined,
      durationMinutes: scheduled ? Number(text("durationMinutes")) : meeting ? null : undefined,
      timeZone: scheduled ? timeZone : meeting ? null : undefined,
      provider: (text("provider") || undefined) as MeetingProvider | undefined,
      options: { maxParticipants: maxParticipants ? Number(maxParticipants) : meeting ? null : undefined },
    };
    /** The input as the schema reads it, or null (with each problem shown by its field). */
    function check<S extends z.ZodType>(schema: S): z.output<S> | null {
      const parsed = schema.safeParse(input);
      if (!parsed.success) Object.assign(fieldErrors, toFieldErrors(zodIssuesToDetails(parsed.error.issues)));
      setErrors(fieldErrors);
      save.reset();
      return parsed.success && Object.keys(fieldErrors).length === 0 ? parsed.data : null;
    }
    if (meeting) {
      const body = check(updateMeetingInputSchema);
      if (body) void update.mutate({ params: { id: meeting.id }, body });
    } else {
      const body = check(createMeetingInputSchema);
      if (body) void create.mutate({ body });
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-5">
      {save.error && <Alert variant="error">{save.error.message}</Alert>}
      <Field id="title" label="Title" error={errors.title}>
        {(control) => (
          <Input
            {...control}
            name="title"
            defaultValue={meeting?.title}
            placeholder="Untitled meeting"
            maxLength={200}
          />
        )}
      </Field>
      <Field id="description" label="Description (optional)" error={errors.description}>
        {(control) => <Textarea {...control} name="description" defaultValue={meeting?.description ?? ""} />}
      </Field>

      <fieldset className="grid gap-3">
        <legend className="mb-2 text-sm font-medium">When</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="when" checked={!scheduled} onChange={() => setScheduled(false)} />
            Any time (start now)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="when" checked={scheduled} onChange={() => setScheduled(true)} />
            Scheduled
          </label>
        </div>
        {scheduled && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="date" label="Date" error={errors.startsAt}>
              {(control) => (
                <Input {...control} type="date" name="date" defaultValue={initialSchedule?.date} required />
              )}
            </Field>
            <Field id="time" label="Time">
              {(control) => (
                <Input {...control} type="time" name="time" defaultValue={initialSchedule?.time} required />
              )}
            </Field>
            <Field id="timeZone" label="Time zone" error={errors.timeZone}>
              {(control) => (
                <NativeSelect {...control} value={timeZone} onChange={(event) => setTimeZone(event.target.value)}>
                  {(timeZones.includes(timeZone) ? timeZones : [timeZone, ...timeZones]).map((zone) => (
                    <option key={zone} value={zone}>
                      {zone.replaceAll("_", " ")}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <Field id="durationMinutes" label="Duration" error={errors.durationMinutes}>
              {(control) => (
                <NativeSelect {...control} name="durationMinutes" defaultValue={meeting?.durationMinutes ?? 60}>
                  {durations.map((minutes) => (
                    <option key={minutes} value={minutes}>
                      {minutes < 60 ? `${minutes} min` : `${minutes / 60} h`}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
          </div>
        )}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        {providers.length > 1 && (
          <Field id="provider" label="Video" error={errors.provider}>
            {(control) => (
              <NativeSelect {...control} name="provider" defaultValue={meeting?.provider ?? providers[0]}>
                <option value="livekit">In Qari (LiveKit)</option>
                <option value="jitsi">Jitsi Meet</option>
              </NativeSelect>
            )}
          </Field>
        )}
        <Field id="maxParticipants" label="Max participants (optional)" error={errors["options.maxParticipants"]}>
          {(control) => (
            <Input
              {...control}
              type="number"
              name="maxParticipants"
              min={1}
              max={1000}
              defaultValue={meeting?.options.maxParticipants ?? ""}
            />
          )}
        </Field>
      </div>

      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={() => router.back()}>
          Cancel
        </Button>
        <Button type="submit" pending={save.pending}>
          {meeting ? "Save changes" : "Create meeting"}
        </Button>
      </div>
    </form>
  );
}

const noSubscription = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function toFieldErrors(details: { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const detail of details) errors[detail.path || "form"] ??= detail.message;
  return errors;
}
