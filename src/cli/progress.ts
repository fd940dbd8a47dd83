// How a batch (`kehoach ingest DIR…`) shows where it is, on stderr:
// - on a terminal: a progress bar (cli-progress) with counts, files per second and the file
//   the run waits for; messages are written above the bar;
// - otherwise: one plain line per file done ("kehoach: 3/81 a/plan.pdf: stored (new)");
// - with --log-format json or a log level above warn: nothing (the log says what it says).
import { createRequire } from "node:module";
import type { MultiBar, SingleBar } from "cli-progress";
import { t } from "../i18n/index.js";
import { log, logFormat, setPlainSink } from "../log.js";

export interface Progress {
  /** the file the run now waits for */
  current(file: string): void;
  /** one more file done; `what` is its outcome in words for the plain line (null: its error line says it) */
  done(file: string, what: string | null): void;
  stop(): void;
}

const NONE: Progress = { current() {}, done() {}, stop() {} };

export function makeProgress(total: number, opts: { batch: boolean; stream?: NodeJS.WriteStream } = { batch: false }): Progress {
  const stream = opts.stream ?? process.stderr;
  if (!opts.batch || logFormat() !== "plain" || !log().isLevelEnabled("warn")) return NONE;
  const t0 = performance.now();
  let n = 0;
  const rate = () => (n / Math.max(0.001, (performance.now() - t0) / 1000)).toFixed(1);
  if (!stream.isTTY) {
    return {
      current() {},
      done(file, what) {
        n++;
        if (what) stream.write(`kehoach: ${n}/${total} ${file}: ${what}\n`);
      },
      stop() {},
    };
  }
  const { MultiBar: Multi } = createRequire(import.meta.url)("cli-progress") as typeof import("cli-progress");
  const multi: MultiBar = new Multi({
    stream,
    format: t().progressBar,
    hideCursor: true,
    clearOnComplete: true,
    stopOnComplete: false,
    barsize: 24,
    fps: 5,
  });
  const width = () => Math.max(10, (stream.columns ?? 80) - 60);
  const short = (f: string) => (f.length > width() ? "…" + f.slice(f.length - width() + 1) : f);
  const bar: SingleBar = multi.create(total, 0, { rate: "0.0", file: "" });
  setPlainSink((line) => multi.log(line));
  return {
    current(file) {
      bar.update(n, { rate: rate(), file: short(file) });
    },
    done(file) {
      n++;
      bar.update(n, { rate: rate(), file: short(file) });
    },
    stop() {
      multi.stop();
      setPlainSink(null);
    },
  };
}
