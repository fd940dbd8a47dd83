// A pool of child processes (child_process.fork), one task at a time each: what isolate.ts reads
// every input file in. A process, not a worker thread: a worker thread that runs out of V8 heap can
// end the whole process (V8's fatal "heap out of memory", SIGABRT), because Node stops a worker at
// its heap limit only after letting it allocate 16 MB more, and one larger allocation (a decoded
// text, a grown array) goes straight past that (nodejs/node#47224). A child that runs out of memory
// ends alone; this process only sees how it ended, and the next task starts a new child.
// (piscina, used before, runs worker threads only; this pool is small because it needs no more
// than one task per child and the child's pid, for its CPU time and memory in /proc.)
import { fork, type ChildProcess } from "node:child_process";
import type { Duplex, Readable } from "node:stream";

/** How a child that ended during a task ended. */
export class ChildEnded extends Error {
  constructor(
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    /** the head of what it wrote on stderr once V8's fatal report began, if it did */
    readonly fatal: string,
    /** set when the channel to the child broke (a message could not be sent): what broke it */
    readonly channel: string | null = null,
  ) {
    super(
      channel !== null
        ? `the channel to the process reading the file broke (${channel})`
        : `the process reading the file ended (${signal ?? `exit code ${exitCode}`})${fatal ? `: ${fatal.split("\n").find((l) => /FATAL|error/i.test(l)) ?? ""}` : ""}`,
    );
  }

  /**
   * V8 ran out of heap, or was asked for more than it can hold (its fatal report says so). Read
   * from the report only: another abort (a failed assertion in native code) is a crash, said as one.
   */
  get outOfMemory(): boolean {
    return /out of memory|heap limit|Allocation failed|invalid (array |table )?size/i.test(this.fatal);
  }
}

/** A frame's parts: named byte strings (child-pool's one format, both ways). */
export type FrameParts = Array<[string, Uint8Array]>;

/**
 * A reply frame whose first part is named STARTED: the child has the task (its CPU time counts from
 * here); PROGRESS: what it tells while it works (the part's bytes are JSON). Any other frame is the
 * task's answer, made into what `run` resolves with by the pool's `reply`.
 */
export const STARTED = "started";
export const PROGRESS = "progress";

const utf8 = new TextEncoder();
/** A part holding `value` as JSON. */
export const jsonPart = (name: string, value: unknown): [string, Uint8Array] => [name, utf8.encode(JSON.stringify(value))];
/** The value of a part made by jsonPart. */
export const fromJsonPart = <V>(bytes: Uint8Array): V => JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8")) as V;

export interface ChildRun<P> {
  /** told once the child has the task (its CPU time counts from here) */
  onStart?: (pid: number) => void;
  onProgress?: (p: P) => void;
  signal?: AbortSignal;
}

// Frames: a task and every reply go as frames of bytes on one pipe, both ways (the child's fd
// RESULT_FD, named on its command line), never by Node's "advanced" IPC serialization. What arrives
// on an IPC channel that way is held by V8's deserializer until a later garbage collection, so every
// message survived a young-generation collection in the receiving process, and V8 grows the young
// generation of a process whose objects survive: over a 10,000-file run this process's young
// generation grew to 16 MB semi-spaces, 37 MB more than at 1 MB (README, "Memory"). A frame is read
// as plain buffers, whose objects die young. The IPC channel (JSON, carrying nothing) stays only so
// that each side sees the other go (the child leaves when it closes). Layout: u32 length of what
// follows, u32 task id, u32 length of the head, the head (JSON: [[name, byte length], ...]), then
// the parts' bytes.
export const RESULT_FD = 4;
export const RESULT_FD_ARG = "--kehoach-result-fd=";

/** A frame's pieces, to be written one after the other (the parts are not copied). */
export function encodeFrame(id: number, parts: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array[] {
  const head = Buffer.from(JSON.stringify(parts.map(([name, bytes]) => [name, bytes.byteLength])), "utf8");
  const prefix = Buffer.alloc(12);
  const total = parts.reduce((n, [, b]) => n + b.byteLength, 8 + head.length);
  prefix.writeUInt32LE(total, 0);
  prefix.writeUInt32LE(id, 4);
  prefix.writeUInt32LE(head.length, 8);
  return [Buffer.concat([prefix, head]), ...parts.map(([, b]) => b)];
}

/** Cuts frames out of a byte stream, as they complete. */
export class FrameReader {
  private chunks: Buffer[] = [];
  private size = 0;

  constructor(private readonly onFrame: (id: number, parts: Array<[string, Buffer]>) => void) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    for (;;) {
      if (this.size < 4) return;
      const head = this.chunks[0]!.length >= 4 ? this.chunks[0]! : Buffer.concat(this.chunks);
      const total = head.readUInt32LE(0) + 4;
      if (this.size < total) return;
      const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.size);
      const frame = all.subarray(0, total);
      const rest = all.subarray(total);
      this.chunks = rest.length ? [rest] : [];
      this.size = rest.length;
      const headLen = frame.readUInt32LE(8);
      const names = JSON.parse(frame.toString("utf8", 12, 12 + headLen)) as Array<[string, number]>;
      let at = 12 + headLen;
      const parts = names.map(([name, n]): [string, Buffer] => [name, frame.subarray(at, (at += n))]);
      this.onFrame(frame.readUInt32LE(4), parts);
    }
  }
}

// V8's report when it runs out of heap starts with the last collections, then "FATAL ERROR"; an
// allocation larger than V8 allows ("invalid size") is reported as "Fatal JavaScript ..."
const FATAL_REPORT = /<--- Last few GCs --->|FATAL ERROR:|# Fatal (error|JavaScript)/;

interface Child {
  proc: ChildProcess;
  busy: boolean;
  /** the task's handler for a frame on the result pipe */
  onFrame: ((id: number, parts: Array<[string, Buffer]>) => void) | null;
  /** set once V8's fatal report begins: not forwarded to the user, its head kept for the error */
  fatal: string | null;
}

/** Calls `then` once every pipe still open has closed (what is in it read to its end), a second at most. */
function afterPipes(pipes: Array<Readable | null>, then: () => void): void {
  const open = pipes.filter((p): p is Readable => !!p && !p.readableEnded && !p.destroyed);
  if (!open.length) return then();
  const timer = setTimeout(then, 1000);
  let left = open.length;
  for (const p of open) p.once("close", () => --left || (clearTimeout(timer), then()));
}

/** The pipe to the child and back (fd RESULT_FD). */
const resultPipe = (proc: ChildProcess): Duplex | null => (proc.stdio[RESULT_FD] as Duplex | null | undefined) ?? null;

export class ChildPool<T, R, P> {
  private readonly idle: Child[] = [];
  private readonly all = new Set<Child>();
  private readonly waiting: Array<() => void> = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly file: string,
    private readonly opts: {
      max: number;
      execArgv?: string[];
      /** the children's environment (default: this process's) */
      env?: NodeJS.ProcessEnv;
      /** a task as the parts of a frame (see RESULT_FD) */
      task: (task: T) => FrameParts;
      /** a reply's frame made into what `run` resolves with */
      reply: (parts: Array<[string, Buffer]>) => R;
    },
  ) {}

  /** Runs `task` in a child; rejects with ChildEnded when the child ends first, or with the signal's reason when aborted (the child is then killed). */
  async run(task: T, run: ChildRun<P> = {}): Promise<R> {
    const child = await this.take(run.signal);
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      const { proc } = child;
      let settled = false;
      const done = (err: unknown, out?: R) => {
        if (settled) return;
        settled = true;
        child.onFrame = null;
        proc.off("exit", onExit);
        proc.off("disconnect", onDisconnect);
        run.signal?.removeEventListener("abort", onAbort);
        if (err) reject(err);
        else resolve(out as R);
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        this.all.delete(child);
        this.wake();
        // what it wrote last (V8's fatal report, which tells "memory" from another crash) may
        // still be in the pipe when it has exited: read to its end first (a second at most)
        const stderr = proc.stderr!;
        clearTimeout(grace);
        // ours leaves with exit code 0 when its channel closes; a signal or another code is how it ended
        const lost = endedByPool || (channelClosed && code === 0) ? "closed while the reader was still running" : null;
        // and a frame it wrote just before it ended, on the result pipe, is still read first
        afterPipes([stderr, resultPipe(proc)], () => done(new ChildEnded(code, signal, child.fatal ?? "", lost)));
      };
      // the channel closes when the child ends, just before its exit is told; one that closes while
      // the child lives on (a library disconnected it) leaves a child that can neither answer nor
      // be given another task: it is ended after a moment, and the file named with the channel
      let channelClosed = false;
      let endedByPool = false;
      let grace: ReturnType<typeof setTimeout> | undefined;
      const onDisconnect = () => {
        channelClosed = true;
        grace = setTimeout(() => {
          endedByPool = true;
          this.kill(child);
        }, 1000);
      };
      const onAbort = () => {
        this.kill(child);
        done(run.signal!.reason ?? new Error("aborted"));
      };
      child.onFrame = this.frameHandler(child, id, run, done);
      proc.on("exit", onExit);
      proc.on("disconnect", onDisconnect);
      if (run.signal?.aborted) return onAbort();
      run.signal?.addEventListener("abort", onAbort, { once: true });
      const pipe = resultPipe(proc);
      const broke = (e: Error) => {
        // the pipe broke: the child cannot be told or heard from, so it is ended
        proc.off("exit", onExit);
        proc.off("disconnect", onDisconnect);
        this.kill(child);
        done(new ChildEnded(null, null, "", e.message));
      };
      if (!pipe || pipe.destroyed) return broke(new Error("the pipe to the reader is closed"));
      for (const piece of encodeFrame(id, this.opts.task(task))) pipe.write(piece, (e) => e && broke(e));
    });
  }

  /** What a frame for task `id` does: its start, its progress, or its reply (the child is given back; its failure when it cannot be read). */
  private frameHandler(child: Child, id: number, run: ChildRun<P>, done: (err: unknown, out?: R) => void): Child["onFrame"] {
    return (fid, parts) => {
      if (fid !== id) return;
      const kind = parts[0]?.[0];
      let out: R;
      try {
        if (kind === STARTED) return run.onStart?.(child.proc.pid!);
        if (kind === PROGRESS) return run.onProgress?.(fromJsonPart<P>(parts[0]![1]));
        out = this.opts.reply(parts);
      } catch (e) {
        return done(e);
      }
      this.give(child);
      done(null, out);
    };
  }

  /** An idle child, a new one while there are fewer than `max`, or the next one given back. */
  private async take(signal?: AbortSignal): Promise<Child> {
    for (;;) {
      // a fixed text: said in Vietnamese by fixedErrors of src/i18n/vi.ts
      if (this.closed) throw new Error("the run was stopped before this file was read");
      signal?.throwIfAborted();
      const c = this.idle.pop();
      if (c) {
        c.busy = true;
        this.hold(c, true);
        return c;
      }
      if (this.all.size < this.opts.max) return this.spawn();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private spawn(): Child {
    const proc = fork(this.file, [`${RESULT_FD_ARG}${RESULT_FD}`], {
      execArgv: this.opts.execArgv ?? [],
      env: this.opts.env ?? process.env,
      serialization: "json",
      stdio: ["ignore", "inherit", "pipe", "ipc", "pipe"],
    });
    const child: Child = { proc, busy: true, fatal: null, onFrame: null };
    const reader = new FrameReader((id, parts) => child.onFrame?.(id, parts));
    resultPipe(proc)?.on("data", (b: Buffer) => reader.push(b));
    resultPipe(proc)?.on("error", () => undefined); // a broken pipe: the task's write says it, the child's exit follows
    // the child's messages go to this process's stderr as they come, but not V8's fatal report
    // (a page of GC figures and a native stack): the file is named with "memory" instead
    proc.stderr!.setEncoding("utf8");
    proc.stderr!.on("data", (s: string) => {
      if (child.fatal === null && FATAL_REPORT.test(s)) child.fatal = "";
      if (child.fatal !== null) child.fatal = (child.fatal + s).slice(0, 4000); // its head: the reason, before the native stack
      else process.stderr.write(s);
    });
    proc.on("exit", () => {
      this.all.delete(child);
      const i = this.idle.indexOf(child);
      if (i >= 0) this.idle.splice(i, 1);
      this.wake();
    });
    proc.on("error", () => undefined); // a failed send or kill: its exit follows
    this.all.add(child);
    return child;
  }

  /** A child done with its task waits for the next one, not holding this process open meanwhile. */
  private give(child: Child): void {
    child.busy = false;
    if (this.closed || !this.all.has(child)) return this.kill(child);
    this.hold(child, false);
    this.idle.push(child);
    this.wake();
  }

  /** Whether the child (its process, channel and stderr) keeps this process running. */
  private hold(child: Child, on: boolean): void {
    const { proc } = child;
    for (const h of [proc, proc.channel, proc.stderr, resultPipe(proc)] as Array<{ ref?: () => void; unref?: () => void } | null | undefined>) {
      if (on) h?.ref?.();
      else h?.unref?.();
    }
  }

  private wake(): void {
    this.waiting.shift()?.();
  }

  private kill(child: Child): void {
    if (child.proc.exitCode === null && child.proc.signalCode === null) child.proc.kill("SIGKILL");
  }

  /** Ends every child (a task running fails with ChildEnded) and waits until they have exited. */
  async close(): Promise<void> {
    this.closed = true;
    const exits = [...this.all].map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.proc.exitCode !== null || c.proc.signalCode !== null) return resolve();
          c.proc.once("exit", () => resolve());
          this.hold(c, true); // this process waits for it
          // an idle child leaves when its channel closes; a busy one is stopped
          if (c.busy) this.kill(c);
          else c.proc.disconnect();
        }),
    );
    for (const w of this.waiting.splice(0)) w();
    await Promise.all(exits);
  }
}
