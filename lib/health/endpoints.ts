import * as z from "zod";
import { defineEndpoints, noStore } from "@/lib/endpoints/endpoint";
import { livekitStatusSchema } from "@/lib/livekit/livekit-status";

export const healthSchema = z
  .object({
    status: z.enum(["ok", "error"]),
    database: z.object({ status: z.enum(["ok", "unreachable"]), latencyMs: z.number().optional() }),
    livekit: livekitStatusSchema,
  })
  .meta({ id: "Health" });

export const healthApi = defineEndpoints({
  health: {
    method: "GET",
    path: "/api/health",
    access: "public",
    summary: "Health check",
    tags: ["Service"],
    response: {
      status: 200,
      description: "The app and its database answer.",
      schema: healthSchema,
      headers: noStore,
    },
    otherResponses: { 503: { description: "The database cannot be reached.", schema: healthSchema } },
  },
});
