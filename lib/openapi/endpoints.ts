import * as z from "zod";
import { defineEndpoints } from "@/lib/endpoints/endpoint";

export const openApiApi = defineEndpoints({
  getOpenApiDocument: {
    method: "GET",
    path: "/api/openapi.json",
    access: "public",
    summary: "This API's OpenAPI 3.1 document",
    tags: ["Service"],
    response: {
      status: 200,
      description: "The document, generated from the same declarations the handlers run on.",
      schema: z.unknown(),
      // Any site may read it: API explorers and code generators fetch it from elsewhere.
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  },
});
