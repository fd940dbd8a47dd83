// The frames isolate.ts and its reader (ingest-child.ts) exchange on their pipe (child-pool.ts,
// "Frames"), both ways: a task is its options as JSON and, when the parent read the file (standard
// input, or to hash it), the file's bytes as they are; an outcome is a plan made as bytes part by
// part (its JSON without the text, the JSON file, the JSON line, the text), or any other outcome as
// one JSON part. Nothing here loads the parsers: the parent imports it too.
import { fromJsonPart, jsonPart, type FrameParts } from "./child-pool.js";
import type { WorkerOutcome, WorkerTask } from "./ingest-worker.js";

/** A task as a frame's parts. */
export function taskFrame(task: WorkerTask): FrameParts {
  const { bytes, ...rest } = task;
  return bytes ? [jsonPart("task", rest), ["bytes", bytes]] : [jsonPart("task", rest)];
}

/** A task read back from its frame (its bytes not copied). */
export function taskOfFrame(parts: Array<[string, Buffer]>): WorkerTask {
  const task = fromJsonPart<WorkerTask>(parts.find(([name]) => name === "task")![1]);
  const bytes = parts.find(([name]) => name === "bytes")?.[1];
  return bytes ? { ...task, bytes } : task;
}

/** An outcome read back from its frame: a plan made as bytes, by its parts' names; else the one JSON part. */
export function outcomeOfFrame(parts: Array<[string, Buffer]>): WorkerOutcome {
  if (parts[0]?.[0] === "outcome") return fromJsonPart<WorkerOutcome>(parts[0][1]);
  let planJson: Uint8Array | undefined;
  let text: Uint8Array | undefined;
  const json: Uint8Array[] = [];
  const line: Uint8Array[] = [];
  for (const [name, bytes] of parts) {
    if (name === "planJson") planJson = bytes;
    else if (name === "text") text = bytes;
    else if (name === "json") json.push(bytes);
    else if (name === "line") line.push(bytes);
  }
  // an internal invariant: a reader's answer always carries its plan
  if (!planJson) throw new Error("the reader's answer has no plan");
  return { ok: true, planJson, json: json.length ? json : undefined, line: line.length ? line : undefined, text };
}
