// npm run schema: writes schemas/plan.schema.json from the zod contract (schemas/plan.ts).
// The file is committed for users of other languages; test/schema.test.ts checks it is current.
import fs from "node:fs";
import { planJsonSchema } from "../schemas/json-schema.js";

const target = new URL("../../schemas/plan.schema.json", import.meta.url);
fs.writeFileSync(target, JSON.stringify(planJsonSchema(), null, 2) + "\n");
console.log(`wrote ${target.pathname}`);
