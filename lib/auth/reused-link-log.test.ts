import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { request } from "@/testing/http";
import { requestSignInLink } from "@/testing/sign-in-link";
import { startServer, type TestServer } from "@/testing/start-server";

// A server of this file's own, so that its log holds only what this test did.
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());

async function emailedLink(email: string): Promise<string> {
  await requestSignInLink(email, { baseUrl: server.url });
  const message = await prisma.emailMessage.findFirstOrThrow({ where: { to: email } });
  const link = new URL(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(message.text)![0]);
  return link.pathname + link.search;
}

describe("a sign-in link used twice", () => {
  it("is one line in the log, not an error with a stack trace", async () => {
    const link = await emailedLink(`${randomUUID()}@example.test`);
    expect((await request(link, { baseUrl: server.url })).status).toBe(302);
    const before = server.output().length;
    const again = await request(link, { baseUrl: server.url });
    expect(again.headers.get("location")).toMatch(/error=Verification/);
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the log lines arrive

    const logged = server.output().slice(before);
    expect(logged).not.toMatch(/\[auth\]\[error\]|prisma:error|\n\s+at /);
    expect(logged.trim().split("\n")).toEqual([expect.stringMatching(/sign-in link .*(used|expired)/i)]);
  });
});
