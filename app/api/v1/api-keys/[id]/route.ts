import { apiRoute } from "@/lib/api/route";
import { assertSignedInBySession } from "@/lib/api-keys/assert-signed-in-by-session";
import { revokeApiKey } from "@/lib/api-keys/manage-api-keys";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute<{ id: string }>({
  async DELETE({ params, principal }) {
    assertSignedInBySession(principal);
    await revokeApiKey(principal.userId, params.id);
    return new Response(null, { status: 204 });
  },
});
