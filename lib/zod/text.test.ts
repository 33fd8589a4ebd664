import { describe, expect, it } from "vitest";
import { findInvalidText } from "./text";

describe("findInvalidText", () => {
  it("passes any valid Unicode, surrogate pairs and control characters included", () => {
    expect(findInvalidText({ title: "Café 😀 会議", tags: ["a\tb", "\u2028"], n: 1, ok: null })).toEqual([]);
  });

  it("points at a NUL or a lone surrogate, in values, array items and keys", () => {
    expect(findInvalidText({ title: "a\u0000b", ok: "b" })).toEqual([["title"]]);
    expect(findInvalidText({ options: { list: ["ok", "\ud800"] } })).toEqual([["options", "list", 1]]);
    expect(findInvalidText({ ["\udc00"]: 1 })).toEqual([["\udc00"]]);
    expect(findInvalidText("x\udbff")).toEqual([[]]);
    // A low surrogate first, then a high one: neither is half of a pair.
    expect(findInvalidText({ reversed: "\udc00\ud800", also: "\u0000" })).toEqual([["reversed"], ["also"]]);
  });
});
