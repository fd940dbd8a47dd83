// Logs go through pino to stderr (fd 2); data goes to stdout or files.
import { pino, type Logger } from "pino";

let current: Logger = pino({ level: process.env.KEHOACH_LOG_LEVEL ?? "warn", base: undefined }, pino.destination(2));

export function setLogLevel(level: string): void {
  current = pino({ level, base: undefined }, pino.destination(2));
}

export function log(): Logger {
  return current;
}
