import * as z from "zod";
import { singleLineText } from "@/lib/zod/text";

export const createApiKeyInputSchema = z
  .strictObject({ name: singleLineText(100, 1, "Name the key, e.g. after the program that uses it.") })
  .meta({ id: "CreateApiKeyInput" });

export const apiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().meta({ description: "The key's first characters, to tell keys apart.", example: "qari_AbCd" }),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable().meta({ description: "Updated at most once a minute." }),
  })
  .meta({ id: "ApiKey" });

export const createdApiKeySchema = apiKeySchema
  .extend({ key: z.string().meta({ description: "The whole key. Shown this once: store it now." }) })
  .meta({ id: "CreatedApiKey" });

export const apiKeyListSchema = z.object({ data: z.array(apiKeySchema) }).meta({ id: "ApiKeyList" });

export type ApiKeyResource = z.infer<typeof apiKeySchema>;
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;
