import * as z from "zod";
import { defineEndpoints, noStore } from "@/lib/endpoints/endpoint";
import { apiKeyListSchema, createApiKeyInputSchema, createdApiKeySchema } from "./schemas";

const apiKeyIdParamsSchema = z.object({ id: z.string().meta({ description: "The key's id." }) });

/**
 * API keys are managed by a person, signed in (`session`): a key that could
 * mint or revoke keys would outlive its own revocation.
 */
export const apiKeysApi = defineEndpoints({
  listApiKeys: {
    method: "GET",
    path: "/api/v1/api-keys",
    access: "session",
    summary: "List your API keys",
    tags: ["API keys"],
    response: {
      status: 200,
      description: "Live keys, newest first (never the keys themselves).",
      schema: apiKeyListSchema,
    },
  },
  createApiKey: {
    method: "POST",
    path: "/api/v1/api-keys",
    access: "session",
    summary: "Create an API key",
    tags: ["API keys"],
    body: createApiKeyInputSchema,
    response: {
      status: 201,
      description: "The key, shown this once.",
      schema: createdApiKeySchema,
      headers: noStore,
    },
    errors: ["conflict"],
  },
  revokeApiKey: {
    method: "DELETE",
    path: "/api/v1/api-keys/{id}",
    access: "session",
    summary: "Revoke an API key",
    tags: ["API keys"],
    params: apiKeyIdParamsSchema,
    response: { status: 204, description: "Revoked: the key is refused from now on." },
    errors: ["not_found"],
  },
});
