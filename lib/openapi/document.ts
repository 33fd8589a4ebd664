import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import { allEndpoints } from "./all-endpoints";
import { toOperation } from "./operation";
import { securitySchemes } from "./security";

/**
 * The OpenAPI 3.1 document of the REST API, generated from the endpoint
 * declarations the route handlers run on, so the two cannot drift apart.
 */
export function createOpenApiDocument(serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of allEndpoints) {
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method.toLowerCase()]: toOperation(endpoint) };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Qari API",
      version: "1.0.0",
      description:
        "Create meetings with shareable links and codes. Authenticate with an API key " +
        "(`Authorization: Bearer qari_…`) or a signed-in session. Every error has the shape " +
        "`{ error: { code, message, details } }`, with zod field paths in `details`, and codes a program " +
        "can act on in `details[].code` (the messages are for people).",
    },
    servers: [{ url: serverUrl }],
    components: { securitySchemes },
    tags: [
      { name: "Meetings", description: "Meetings with a link and a code." },
      { name: "Links", description: "The Jitsi link generator's calls." },
      { name: "Joining", description: "Tokens to join meetings, for anyone with the link." },
      { name: "Rooms", description: "The old room backend's calls." },
      { name: "API keys", description: "Keys for programs; managed from a signed-in session." },
      { name: "Service", description: "Operational endpoints." },
    ],
    paths,
  });
}
