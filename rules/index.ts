import type { DocModel } from "../src/model.js";
import type { PlanDocument } from "../schemas/plan.js";
export function runRules(_doc: DocModel): Omit<PlanDocument, "schemaVersion" | "source"> {
  return { meta: { title: null, subtitle: null, issuer: null, body: null, province: null, number: null, issuedAt: null, place: null, year: null, period: null, signer: null, bases: [], recipients: [] }, themes: [], targets: [], tasks: [], deadlines: [], footnotes: [], models: [], warnings: [] };
}
