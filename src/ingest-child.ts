// The child process isolate.ts reads each input file in (child-pool.ts): it takes one task at a
// time from its parent, says when it starts (its CPU time counts from then) and when OCR starts,
// and answers with the outcome (ingest-worker.ts). It leaves when its parent closes the channel.
import type { ChildReply, ChildRequest } from "./child-pool.js";
import { outcomeOf, type WorkerOutcome, type WorkerProgress, type WorkerTask } from "./ingest-worker.js";

type Reply = ChildReply<WorkerOutcome, WorkerProgress>;
const send = (m: Reply): void => void process.send?.(m);

// A test hook (test/hostile-child.test.ts): the reader ending in the middle of a file, as a crash
// in native code, the kernel's out-of-memory killer, a library's process.exit or a broken channel
// end it. Only with KEHOACH_TEST_END_READER=HOW:NAME set, and only for the file named NAME: no file
// alone can do it.
const endReader = /^(SIG[A-Z]+|exit|disconnect):(.+)$/.exec(process.env.KEHOACH_TEST_END_READER ?? "");
function endIfAsked(file: string): void {
  if (!endReader || file.split(/[\\/]/).pop() !== endReader[2]) return;
  const how = endReader[1]!;
  if (how === "exit") process.exit(3);
  else if (how === "disconnect") process.disconnect();
  else process.kill(process.pid, how as NodeJS.Signals);
}

process.on("message", (m: ChildRequest<WorkerTask>) => {
  send({ id: m.id, started: true });
  if (endReader) endIfAsked(m.task.file);
  void outcomeOf(m.task, (progress) => send({ id: m.id, progress })).then((out) => send({ id: m.id, out }));
});
process.on("disconnect", () => process.exit(0));
