"use client";

import { KeyRound, Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useApiMutation } from "@/lib/api-client/use-api-mutation";
import { apiKeysApi } from "@/lib/api-keys/endpoints";
import { createApiKeyInputSchema, type ApiKeyResource, type CreatedApiKey } from "@/lib/api-keys/schemas";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** Create (shown once, with copy), list with last use, and revoke API keys. */
export function ApiKeyManager({ keys }: { keys: ApiKeyResource[] }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const create = useApiMutation(apiKeysApi.createApiKey, {
    onSuccess(key) {
      setCreated(key);
      form.current?.reset();
      router.refresh();
    },
  });
  const revoke = useApiMutation(apiKeysApi.revokeApiKey, {
    onSuccess(_, input) {
      const name = keys.find((key) => key.id === input.params.id)?.name;
      toast.success(`“${name}” revoked`);
      router.refresh();
    },
  });
  const creating = create.pending;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createApiKeyInputSchema.safeParse({ name: new FormData(event.currentTarget).get("name") });
    if (!parsed.success) return setNameError(parsed.error.issues[0]?.message);
    setNameError(undefined);
    void create.mutate({ body: parsed.data });
  }

  return (
    <div className="grid gap-6">
      <form ref={form} onSubmit={submit} noValidate className="flex flex-wrap items-end gap-2">
        <Field id="key-name" label="New key’s name" error={nameError} className="min-w-60 flex-1">
          {(control) => <Input {...control} name="name" placeholder="CI pipeline" maxLength={100} />}
        </Field>
        <Button type="submit" pending={creating}>
          {!creating && <Plus aria-hidden />} Create key
        </Button>
      </form>

      {keys.length === 0 ? (
        <p className="text-muted-foreground rounded-lg border border-dashed p-6 text-center text-sm">
          No API keys yet. Create one for each program that calls Qari’s API.
        </p>
      ) : (
        <ul className="bg-card divide-y rounded-lg border" aria-label="API keys">
          {keys.map((key) => (
            <li key={key.id} className="flex flex-wrap items-center gap-4 p-4">
              <KeyRound aria-hidden className="text-muted-foreground size-4" />
              <div className="grid min-w-0 flex-1 gap-0.5">
                <span className="font-medium">{key.name}</span>
                <span className="text-muted-foreground text-sm">
                  <span className="font-mono">{key.prefix}…</span> · created {dateTime.format(new Date(key.createdAt))}{" "}
                  · {key.lastUsedAt ? `last used ${dateTime.format(new Date(key.lastUsedAt))}` : "never used"}
                </span>
              </div>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => void revoke.mutate({ params: { id: key.id } })}
                pending={revoke.pendingInput?.params.id === key.id}
                aria-label={`Revoke ${key.name}`}
              >
                {revoke.pendingInput?.params.id !== key.id && <Trash2 aria-hidden />} Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}

      <Dialog open={created !== null} onOpenChange={(open) => !open && setCreated(null)}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Your new API key</DialogTitle>
            <DialogDescription>
              Copy it now: it is shown only this once. Qari keeps only a hash of it.
            </DialogDescription>
          </DialogHeader>
          {created && (
            <div className="grid gap-3">
              <div className="flex gap-2">
                <Input readOnly value={created.key} aria-label="API key" className="font-mono" />
                <CopyButton value={created.key} what="Key">
                  Copy
                </CopyButton>
              </div>
              <Alert>Send it as the header “Authorization: Bearer {created.prefix}…”.</Alert>
            </div>
          )}
          <DialogFooter>
            <DialogClose asChild>
              <Button>Done</Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
