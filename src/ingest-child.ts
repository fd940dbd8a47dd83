// The child process isolate.ts reads each input file in (child-pool.ts): it takes one task at a
// time from its parent, says when it starts (its CPU time counts from then) and when OCR starts,
// and answers with the outcome (ingest-worker.ts). It leaves when its parent closes the channel.
import type { ChildReply, ChildRequest } from "./child-pool.js";
import { outcomeOf, type WorkerOutcome, type WorkerProgress, type WorkerTask } from "./ingest-worker.js";

type Reply = ChildReply<WorkerOutcome, WorkerProgress>;
const send = (m: Reply): void => void process.send?.(m);

process.on("message", (m: ChildRequest<WorkerTask>) => {
  send({ id: m.id, started: true });
  void outcomeOf(m.task, (progress) => send({ id: m.id, progress })).then((out) => send({ id: m.id, out }));
});
process.on("disconnect", () => process.exit(0));
