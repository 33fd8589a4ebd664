import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { apiKeysApi } from "@/lib/api-keys/endpoints";
import { revokeApiKey } from "@/lib/api-keys/manage-api-keys";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(apiKeysApi.revokeApiKey, ({ params, principal }) => revokeApiKey(principal.userId, params.id)),
);
