import type { Access } from "@/lib/endpoints/endpoint";

export const securitySchemes = {
  apiKey: {
    type: "http",
    scheme: "bearer",
    description: "An API key from Settings → API keys, sent as `Authorization: Bearer qari_…`. It acts as its owner.",
  },
  session: {
    type: "apiKey",
    in: "cookie",
    name: "authjs.session-token",
    description: "The session cookie of a signed-in browser (`__Secure-authjs.session-token` over HTTPS).",
  },
} as const;

/** The OpenAPI security requirement of each access: `{}` means "no credentials needed". */
export const securityFor: Record<Access, Record<string, string[]>[] | undefined> = {
  public: undefined,
  anyone: [{}, { apiKey: [] }, { session: [] }],
  signedIn: [{ apiKey: [] }, { session: [] }],
  session: [{ session: [] }],
};
