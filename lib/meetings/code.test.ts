import { describe, expect, it } from "vitest";
import { formatMeetingCode, generateMeetingCode, meetingCodeFromInput, normalizeMeetingCode } from "./code";

describe("meeting codes", () => {
  it("are ten lowercase letters, shown as abc-defg-hij", () => {
    const code = generateMeetingCode();
    expect(code).toMatch(/^[a-z]{10}$/);
    expect(formatMeetingCode(code)).toMatch(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(formatMeetingCode("abcdefghij")).toBe("abc-defg-hij");
  });

  it("use every letter about equally often", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 5000; i++)
      for (const letter of generateMeetingCode()) counts.set(letter, (counts.get(letter) ?? 0) + 1);
    expect(counts.size).toBe(26);
    const expected = 50_000 / 26;
    for (const count of counts.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.15);
  });

  it("match without regard to case, dashes or spaces", () => {
    expect(normalizeMeetingCode("ABC-defg-HIJ")).toBe("abcdefghij");
    expect(normalizeMeetingCode("abcdefghij")).toBe("abcdefghij");
    expect(normalizeMeetingCode(" abc defg hij ")).toBe("abcdefghij");
    expect(normalizeMeetingCode("abc-defg-hi")).toBeNull();
    expect(normalizeMeetingCode("abc-defg-hi1")).toBeNull();
    expect(normalizeMeetingCode("")).toBeNull();
  });

  it("are found in pasted links as well as typed codes", () => {
    expect(meetingCodeFromInput("https://qari.example/m/abc-defg-hij")).toBe("abcdefghij");
    expect(meetingCodeFromInput("http://localhost:3000/m/ABCDEFGHIJ/?utm=x")).toBe("abcdefghij");
    expect(meetingCodeFromInput("qari.example/m/abc-defg-hij#top")).toBe("abcdefghij");
    expect(meetingCodeFromInput("  abc-defg-hij ")).toBe("abcdefghij");
    expect(meetingCodeFromInput("https://qari.example/docs")).toBeNull();
  });
});
