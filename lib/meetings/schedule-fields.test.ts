import { describe, expect, it } from "vitest";
import { fromStartsAt, toStartsAt } from "./schedule-fields";

describe("schedule fields", () => {
  it("turn a wall-clock time in a zone into the instant, across daylight saving", () => {
    expect(toStartsAt("2030-01-15", "09:30", "Europe/Berlin")).toBe("2030-01-15T08:30:00.000Z");
    expect(toStartsAt("2030-07-15", "09:30", "Europe/Berlin")).toBe("2030-07-15T07:30:00.000Z");
    expect(toStartsAt("2030-07-15", "09:30", "America/New_York")).toBe("2030-07-15T13:30:00.000Z");
  });

  it("round-trip through the form's date and time", () => {
    const startsAt = "2030-03-31T01:15:00.000Z";
    for (const zone of ["UTC", "Europe/Berlin", "Asia/Kolkata", "Pacific/Auckland"]) {
      const { date, time } = fromStartsAt(startsAt, zone);
      expect(toStartsAt(date, time, zone), zone).toBe(startsAt);
    }
  });

  it("refuse what is not a date and a time", () => {
    expect(toStartsAt("", "09:30", "UTC")).toBeNull();
    expect(toStartsAt("2030-01-15", "9.30", "UTC")).toBeNull();
    expect(toStartsAt("2030-01-15", "09:30", "Mars/Olympus")).toBeNull();
  });
});
