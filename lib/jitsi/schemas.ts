import * as z from "zod";

export const jitsiJoinSchema = z
  .object({
    domain: z.string().meta({ description: "What Jitsi's IFrame API takes as its domain.", example: "meet.jit.si" }),
    roomName: z.string(),
    roomUrl: z.url().meta({ description: "The room's address, to open it in Jitsi directly (with the JWT, if any)." }),
    scriptUrl: z.url().meta({ description: "Jitsi's IFrame API script." }),
    jwt: z.string().nullable().meta({ description: "Signed when JITSI_APP_ID and JITSI_APP_SECRET are set." }),
    expiresAt: z.iso.datetime().nullable(),
    configOverwrite: z.record(z.string(), z.unknown()).meta({ description: "JITSI_CONFIG_PARAMS as an object." }),
  })
  .meta({ id: "JitsiJoin" });

export type JitsiJoin = z.infer<typeof jitsiJoinSchema>;
