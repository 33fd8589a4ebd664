import * as z from "zod";
import { detailCodes, errorStatus, type ErrorCode, type ErrorResponse } from "@/lib/errors";

const qariDetailCodes = Object.entries(detailCodes)
  .map(([code, meaning]) => `\`${code}\`: ${meaning}`)
  .join(" ");

export const errorDetailSchema = z.object({
  path: z
    .string()
    .meta({ description: "Dotted path of the offending field, e.g. `options.maxParticipants`.", example: "title" }),
  message: z.string().meta({ description: "For people; it may change. Act on `code` instead." }),
  code: z.string().meta({
    description: `A zod issue code, e.g. \`too_big\` or \`invalid_type\`, or one of Qari's: ${qariDetailCodes}`,
  }),
});

// Documents the type the server sends (ErrorResponse): `satisfies` fails to compile if the two part.
export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      details: z.array(errorDetailSchema),
    }),
  })
  .meta({
    id: "Error",
    description: "The one shape of every error the API returns.",
  }) satisfies z.ZodType<ErrorResponse>;
