// The child process isolate.ts reads each input file in (child-pool.ts): it takes one task at a
// time from its parent, says when it starts (its CPU time counts from then) and when OCR starts,
// and answers with the outcome (ingest-worker.ts). It leaves when its parent closes the channel.
// A plan made for the command line (the plan's JSON, and what the caller writes, as bytes) goes back
// as one frame on the result pipe the pool gives it (child-pool.ts, "frames"), not on the IPC channel.
import net from "node:net";
import { RESULT_FD_ARG, encodeFrame, type ChildReply, type ChildRequest } from "./child-pool.js";
import { outcomeOf, type MadeBytes, type WorkerOutcome, type WorkerProgress, type WorkerTask } from "./ingest-worker.js";

type Reply = ChildReply<WorkerOutcome, WorkerProgress>;
const send = (m: Reply): void => void process.send?.(m);

// the result pipe, when the pool gave one (its fd on this process's command line)
const fdArg = process.argv.find((a) => a.startsWith(RESULT_FD_ARG));
const results = fdArg ? new net.Socket({ fd: Number(fdArg.slice(RESULT_FD_ARG.length)), readable: false, writable: true }) : null;
results?.on("error", () => undefined); // the parent went away: the IPC channel closing ends this process

/** The parts of a plan made as bytes, named, in the order the frame carries them. */
function framePartsOf(out: MadeBytes): Array<[string, Uint8Array]> {
  const parts: Array<[string, Uint8Array]> = [["planJson", out.planJson]];
  for (const p of out.json ?? []) parts.push(["json", p]);
  for (const p of out.line ?? []) parts.push(["line", p]);
  if (out.text) parts.push(["text", out.text]);
  return parts;
}

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
  void outcomeOf(m.task, (progress) => send({ id: m.id, progress })).then((out) => {
    if (results && out.ok && "planJson" in out) for (const piece of encodeFrame(m.id, framePartsOf(out))) results.write(piece);
    else send({ id: m.id, out });
  });
});
process.on("disconnect", () => process.exit(0));
