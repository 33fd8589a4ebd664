import * as z from "zod";

/** Whether the LiveKit server Qari hands out answers, as the health check reports it. */
export const livekitStatusSchema = z
  .object({
    status: z.enum(["ok", "unreachable", "unconfigured"]),
    url: z.string().optional().meta({ description: "The LiveKit server browsers connect to, when one is set." }),
  })
  .meta({ id: "LivekitStatus" });

export type LivekitStatus = z.infer<typeof livekitStatusSchema>;
