import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeyManager } from "@/components/api-keys/api-key-manager";
import { requireUser } from "@/lib/auth/require-user";
import { listApiKeys } from "@/lib/api-keys/manage-api-keys";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const user = await requireUser("/settings/api-keys");
  const keys = await listApiKeys(user.id);
  return (
    <div className="mx-auto grid w-full max-w-3xl gap-6 px-4 py-10">
      <div className="grid gap-2">
        <h1 className="text-2xl font-semibold">API keys</h1>
        <p className="text-muted-foreground">
          Programs use a key to call the{" "}
          <Link href="/docs" className="text-primary underline underline-offset-4">
            Qari API
          </Link>{" "}
          as you. Revoke a key the moment it is no longer needed or may have leaked.
        </p>
      </div>
      <ApiKeyManager keys={keys} />
    </div>
  );
}
