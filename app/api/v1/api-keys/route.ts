import { readJsonBody } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { assertSignedInBySession } from "@/lib/api-keys/assert-signed-in-by-session";
import { createApiKey, listApiKeys } from "@/lib/api-keys/manage-api-keys";
import { createApiKeyInputSchema } from "@/lib/api-keys/schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  async GET({ principal }) {
    assertSignedInBySession(principal);
    return Response.json({ data: await listApiKeys(principal.userId) });
  },

  async POST({ req, principal }) {
    assertSignedInBySession(principal);
    const { name } = await readJsonBody(req, createApiKeyInputSchema);
    return Response.json(await createApiKey(principal.userId, name), {
      status: 201,
      headers: { "Cache-Control": "no-store" },
    });
  },
});
