import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { apiKeysApi } from "@/lib/api-keys/endpoints";
import { createApiKey, listApiKeys } from "@/lib/api-keys/manage-api-keys";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(apiKeysApi.listApiKeys, async ({ principal }) => ({ data: await listApiKeys(principal.userId) })),
  handle(apiKeysApi.createApiKey, ({ principal, body }) => createApiKey(principal.userId, body.name)),
);
