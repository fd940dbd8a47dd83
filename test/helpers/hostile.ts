// Hostile inputs, built on demand (never committed): each with the reason the CLI
// must give. Shared by test/hostile-files.test.ts and scripts that profile them.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

export interface HostileCase {
  name: string;
  /** writes the file at `file` */
  build: (file: string) => void;
  /** an existing path used as it is (a device), instead of building one */
  path?: string;
  reason: RegExp;
  args?: string[];
}

export const HOSTILE: HostileCase[] = [
  { name: "fifo.txt", build: (f) => execFileSync("mkfifo", [f]), reason: /named pipe \(FIFO\)/ },
  { name: "/dev/zero", build: () => undefined, path: "/dev/zero", reason: /device, not a regular file/ },
  { name: "a-folder.txt", build: (f) => fs.mkdirSync(f), reason: /is a directory/ },
  {
    // sparse: 101 MB that take no disk
    name: "huge.txt",
    build: (f) => {
      fs.writeFileSync(f, "");
      fs.truncateSync(f, 101 * 1048576);
    },
    reason: /too large: 101 MB \(limit 100 MB/,
  },
  { name: "small-limit.txt", build: (f) => fs.writeFileSync(f, "KẾ HOẠCH\n".repeat(300_000)), reason: /too large: .* \(limit 1 MB/, args: ["--max-size", "1"] },
  { name: "blank.txt", build: (f) => fs.writeFileSync(f, "  \n\t\n \r\n   \n"), reason: /empty: only white space/ },
  {
    name: "late-nul.txt",
    build: (f) => fs.writeFileSync(f, Buffer.concat([Buffer.from("KẾ HOẠCH\n".repeat(20_000)), Buffer.from([0]), Buffer.from("tiếp\n")])),
    reason: /binary content \(NUL bytes\)/,
  },
];
