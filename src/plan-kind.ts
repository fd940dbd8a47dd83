// Whether a PlanDocument is a plan at all, from what the rules already found: a text with
// no plan header (no title "KẾ HOẠCH", no number, no issuer, no signer) and no plan
// structure (no target, no task) is not one: a README, a log, a letter. A fragment of a
// plan (numbered targets or tasks without its header) is one.
import type { PlanDocument } from "../schemas/plan.js";

export function notAPlanReason(plan: PlanDocument): string | null {
  const m = plan.meta;
  const header = Boolean(m.title || m.number || m.issuer || m.signer?.name);
  const structure = plan.targets.length > 0 || plan.tasks.length > 0;
  return header || structure ? null : "not a plan (no title, number, issuer or signer, and no targets or tasks)";
}
