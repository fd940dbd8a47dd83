import { describe, expect, it } from "vitest";
import { alt, regex } from "../../rules/vocab/pattern.js";

describe("regex(): the one place a pattern is compiled from a string", () => {
  it("compiles what it is given, with its flags", () => {
    const re = regex(`^${alt(["nhiệm vụ, giải pháp"])}$`, "iu");
    expect(re.flags).toBe("iu");
    expect(re.test("Nhiệm vụ  giải pháp")).toBe(true);
  });

  it("refuses an unbounded repetition of a group that holds one (exponential backtracking)", () => {
    expect(() => regex("(?:\\s+a)+")).toThrow(/repetition inside a repeated group/);
    expect(() => regex("(a*b)*")).toThrow();
    expect(() => regex("(?:x(?:y+))*z")).toThrow();
    expect(() => regex("(?<w>\\p{L}+\\s)+", "u")).toThrow();
    expect(() => regex("(?:a+){2,}")).toThrow();
  });

  it("accepts bounded repetitions, repetitions outside groups, and look-alikes in classes or escapes", () => {
    expect(() => regex("(?:\\s{1,3}a){0,3}")).not.toThrow();
    expect(() => regex("(?:a+|b)c+")).not.toThrow();
    expect(() => regex("(?:a+b){1,4}")).not.toThrow();
    expect(() => regex("[(+]+[)*]*")).not.toThrow();
    expect(() => regex("\\(a+\\)+")).not.toThrow();
  });
});
