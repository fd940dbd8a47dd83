// STUB — replaced by the SQLite store (issue 5). Keeps the CLI compiling meanwhile.
import type { PlanDocument } from "../../schemas/plan.js";

export interface SaveResult {
  status: "inserted" | "replaced" | "unchanged";
  id: number;
}
export interface Store {
  savePlan(plan: PlanDocument): SaveResult;
  close(): void;
}
export function openStore(_file: string): Store {
  return { savePlan: () => ({ status: "unchanged", id: 0 }), close: () => {} };
}
