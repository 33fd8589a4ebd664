import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db";
import { request } from "@/testing/http";
import { requestSignInLink } from "@/testing/sign-in-link";

/** Asks for a magic link as the sign-in form does, from `clientAddress`. */
const requestMagicLink = (email: string, clientAddress = "198.51.100.7") =>
  requestSignInLink(email, { callbackUrl: "/meetings", headers: { "x-forwarded-for": clientAddress } });

describe("magic-link sign-in", () => {
  it("emails a link that signs the user in with a database session", async () => {
    const email = `${randomUUID()}@example.test`;
    const requested = await requestMagicLink(email);
    expect(requested.status).toBe(302);
    expect(requested.headers.get("location")).toMatch(/\/api\/auth\/verify-request\?/);
    const verify = await request(new URL(requested.headers.get("location")!).pathname + "?provider=email&type=email");
    expect(verify.headers.get("location")).toContain("/sign-in/check-email");

    const message = await prisma.emailMessage.findFirstOrThrow({ where: { to: email } });
    expect(message.subject).toBe("Your Qari sign-in link");
    const link = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(message.text)?.[0];
    expect(link).toBeDefined();

    const callback = await request(new URL(link!).pathname + new URL(link!).search);
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toMatch(/\/meetings$/);
    const session = callback.headers.getSetCookie().find((line) => line.startsWith("authjs.session-token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/HttpOnly/i);

    const cookie = session!.split(";")[0]!;
    expect((await request("/api/v1/meetings", { headers: { cookie } })).status).toBe(200);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1);

    // The link works once.
    const again = await request(new URL(link!).pathname + new URL(link!).search);
    expect(again.headers.get("location")).toMatch(/error=Verification/);
  });

  it("builds the emailed link from APP_URL, whatever host the request names", async () => {
    const email = `${randomUUID()}@example.test`;
    const requested = await requestSignInLink(email, {
      headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
    });
    expect(requested.status).toBe(302);
    const message = await prisma.emailMessage.findFirstOrThrow({ where: { to: email } });
    expect(message.text).toContain(`${inject("baseUrl")}/api/auth/callback/email?`);
    expect(message.text).not.toContain("evil.example");
  });

  it("limits requests per address, answering 429 with Retry-After", async () => {
    const email = `${randomUUID()}@example.test`;
    for (let i = 0; i < 5; i++) {
      expect((await requestMagicLink(email, `192.0.2.${i}`)).status).toBe(302);
    }
    const refused = await requestMagicLink(email.toUpperCase(), "192.0.2.99");
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await prisma.emailMessage.count({ where: { to: email } })).toBe(5);
  });

  it("limits requests per client address", async () => {
    const client = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const batch = randomUUID();
    for (let i = 0; i < 20; i++) {
      expect((await requestMagicLink(`${batch}-${i}@example.test`, client)).status).toBe(302);
    }
    const refused = await requestMagicLink(`${batch}-last@example.test`, client);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();
  });

  it("refuses anything but one address, so variants cannot slip past the per-address limit", async () => {
    const email = `${randomUUID()}@example.test`;
    for (const variant of [`${email},1`, `${email}, other@example.test`, `${email};x`, `<${email}>`, "", "   "]) {
      const refused = await requestMagicLink(variant, "192.0.2.200");
      expect(refused.status, variant).toBe(422);
      expect(refused.body.error.details).toEqual([expect.objectContaining({ path: "email" })]);
    }
    // Spaces and capitals read as the same address, and count towards the same limit.
    expect((await requestMagicLink(`  ${email.toUpperCase()} `, "192.0.2.201")).status).toBe(302);
    expect(await prisma.emailMessage.count({ where: { to: email } })).toBe(1);
  });
});
