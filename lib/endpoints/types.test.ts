import { describe, expectTypeOf, it } from "vitest";
import { type apiKeysApi } from "@/lib/api-keys/endpoints";
import { livekitApi } from "@/lib/livekit/endpoints";
import { type meetingsApi } from "@/lib/meetings/endpoints";
import type { BodyOf, CallArgs, ParamsOf, ReplyOf, ResultOf } from "./types";

// Checked by the compiler (next build, npm run typecheck): what a declaration
// lets a handler and a caller write, and what it refuses.

type JoinToken = typeof livekitApi.createJoinToken;

describe("types derived from a declaration", () => {
  it("give the handler validated input", () => {
    expectTypeOf<BodyOf<JoinToken>>().toEqualTypeOf<{ name: string }>();
    expectTypeOf<ParamsOf<JoinToken>>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<ReplyOf<typeof apiKeysApi.revokeApiKey>>().toEqualTypeOf<void>();
  });

  it("give the browser its result and ask for what the endpoint needs", () => {
    expectTypeOf<ResultOf<JoinToken>>().toHaveProperty("token").toEqualTypeOf<string>();
    expectTypeOf<CallArgs<typeof apiKeysApi.listApiKeys>>().toEqualTypeOf<[input?: unknown]>();
    // @ts-expect-error params are required to revoke a key
    const missing: CallArgs<typeof apiKeysApi.revokeApiKey> = [];
    // @ts-expect-error the body is checked against the declared schema
    const misspelt: CallArgs<JoinToken> = [{ params: { id: "x" }, body: { nome: "Ada" } }];
    const optional: CallArgs<typeof meetingsApi.createMeeting> = [{}];
    expectTypeOf([missing, misspelt, optional]).toBeArray();
  });

  it("carry the operation id as a literal", () => {
    expectTypeOf(livekitApi.createJoinToken.operationId).toEqualTypeOf<"createJoinToken">();
  });
});
