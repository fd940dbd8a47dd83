import { z } from "zod";
import { PlanDocument } from "./plan.js";

/** The JSON Schema (draft 2020-12) of the output contract, generated from the zod schema. */
export function planJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://kehoach.invalid/schemas/plan.schema.json",
    title: "kehoach PlanDocument (schema version 1)",
    ...z.toJSONSchema(PlanDocument, { target: "draft-2020-12" }),
  };
}
