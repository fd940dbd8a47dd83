// The child process isolate.ts reads each input file in (child-pool.ts): it takes one task at a
// time from its parent, says when it starts (its CPU time counts from then) and when OCR starts,
// and answers with the outcome (ingest-worker.ts). It leaves when its parent closes the channel.
// Tasks and answers are frames of bytes on the pipe the pool gives it (child-pool.ts, "Frames"): a
// task is its options as JSON and the file's bytes when the parent read them; a plan made for the
// command line comes back as its JSON and what the caller writes, as bytes; any other outcome as JSON.
import net from "node:net";
import { PROGRESS, RESULT_FD_ARG, STARTED, FrameReader, encodeFrame, jsonPart, type FrameParts } from "./child-pool.js";
import { outcomeOf, type MadeBytes, type WorkerOutcome, type WorkerTask } from "./ingest-worker.js";
import { taskOfFrame } from "./isolate-frames.js";

// the pipe, both ways (its fd on this process's command line)
const fdArg = process.argv.find((a) => a.startsWith(RESULT_FD_ARG));
// an internal invariant: this file is started only by child-pool.ts, with the pipe on its command line
if (!fdArg) throw new Error("ingest-child runs as a reader of child-pool.ts, with its pipe");
const pipe = new net.Socket({ fd: Number(fdArg.slice(RESULT_FD_ARG.length)), readable: true, writable: true });
pipe.on("error", () => undefined); // the parent went away: the IPC channel closing ends this process
const reply = (id: number, parts: FrameParts): void => {
  for (const piece of encodeFrame(id, parts)) pipe.write(piece);
};

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

/** An outcome as a frame's parts: a plan made as bytes part by part, anything else as one JSON part. */
const outcomeParts = (out: WorkerOutcome): FrameParts => (out.ok && "planJson" in out ? framePartsOf(out) : [jsonPart("outcome", out)]);

function onTask(id: number, task: WorkerTask): void {
  reply(id, [[STARTED, new Uint8Array(0)]]);
  if (endReader) endIfAsked(task.file);
  void outcomeOf(task, (progress) => reply(id, [jsonPart(PROGRESS, progress)])).then((out) => reply(id, outcomeParts(out)));
}

const tasks = new FrameReader((id, parts) => onTask(id, taskOfFrame(parts)));
pipe.on("data", (b: Buffer) => tasks.push(b));
process.on("disconnect", () => process.exit(0));
