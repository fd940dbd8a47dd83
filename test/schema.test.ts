import { describe, expect, it } from "vitest";
import fs from "node:fs";
import { planJsonSchema } from "../schemas/json-schema.js";
import { PlanDocument } from "../schemas/plan.js";

describe("schemas", () => {
  it("the committed JSON Schema is what zod generates now (run npm run schema)", () => {
    const committed = JSON.parse(fs.readFileSync("schemas/plan.schema.json", "utf8"));
    expect(committed).toEqual(planJsonSchema());
  });
  it("refuses a document that breaks the contract", () => {
    const r = PlanDocument.safeParse({ schemaVersion: 2 });
    expect(r.success).toBe(false);
  });
});
