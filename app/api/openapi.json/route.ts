import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { env } from "@/lib/env";
import { createOpenApiDocument } from "@/lib/openapi/document";
import { openApiApi } from "@/lib/openapi/endpoints";

let document: ReturnType<typeof createOpenApiDocument> | undefined;

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(openApiApi.getOpenApiDocument, () => (document ??= createOpenApiDocument(env.APP_URL))),
);
