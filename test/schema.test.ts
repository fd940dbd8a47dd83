import { describe, expect, it } from "vitest";
import fs from "node:fs";
import { z } from "zod";
import { planJsonSchema } from "../schemas/json-schema.js";
import { PlanDocument } from "../schemas/plan.js";

type JsonSchema = { [k: string]: unknown };

/** Paths of the fields (object properties, at any depth) that have no description. */
function undescribed(schema: JsonSchema, at = "$"): string[] {
  const out: string[] = [];
  const described = (s: JsonSchema): boolean =>
    (typeof s.description === "string" && s.description.trim().length > 0) ||
    (Array.isArray(s.anyOf) && (s.anyOf as JsonSchema[]).some((x) => x.type !== "null" && described(x)));
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [k, v] of Object.entries(props)) {
    if (!described(v)) out.push(`${at}.${k}`);
    out.push(...undescribed(v, `${at}.${k}`));
  }
  if (schema.items && typeof schema.items === "object") out.push(...undescribed(schema.items as JsonSchema, `${at}[]`));
  if (schema.additionalProperties && typeof schema.additionalProperties === "object") out.push(...undescribed(schema.additionalProperties as JsonSchema, `${at}{}`));
  for (const key of ["anyOf", "oneOf", "allOf"]) if (Array.isArray(schema[key])) for (const x of schema[key] as JsonSchema[]) out.push(...undescribed(x, at));
  for (const [k, v] of Object.entries((schema.$defs ?? {}) as Record<string, JsonSchema>)) out.push(...undescribed(v, `$defs.${k}`));
  return out;
}

describe("schemas", () => {
  it("the committed JSON Schema is what zod generates now (run npm run schema)", () => {
    const committed = JSON.parse(fs.readFileSync("schemas/plan.schema.json", "utf8"));
    expect(committed).toEqual(planJsonSchema());
  });
  it("refuses a document that breaks the contract", () => {
    const r = PlanDocument.safeParse({ schemaVersion: 2 });
    expect(r.success).toBe(false);
  });
  it("describes every field, at every depth, in the zod schema and so in the committed JSON Schema", () => {
    expect(undescribed(planJsonSchema())).toEqual([]);
    const committed = JSON.parse(fs.readFileSync("schemas/plan.schema.json", "utf8")) as JsonSchema;
    expect(undescribed(committed)).toEqual([]);
    expect(String((committed.properties as Record<string, JsonSchema>).meta!.description)).toMatch(/title, issuer, number/);
    // the check finds a field without a description, nested or nullable
    const bare = z.toJSONSchema(z.object({ a: z.string().describe("a"), b: z.object({ c: z.number().nullable() }).describe("b"), d: z.array(z.object({ e: z.string() })).describe("d") })) as JsonSchema;
    expect(undescribed(bare)).toEqual(["$.b.c", "$.d[].e"]);
  });
});
