import { publicApiRoute } from "@/lib/api/route";
import { env } from "@/lib/env";
import { createOpenApiDocument } from "@/lib/openapi/document";

let document: ReturnType<typeof createOpenApiDocument> | undefined;

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = publicApiRoute({
  GET() {
    document ??= createOpenApiDocument(env.APP_URL);
    return Response.json(document, { headers: { "Access-Control-Allow-Origin": "*" } });
  },
});
