// What the CLI touches outside itself; tests pass their own.
import { readdirSync, readFileSync, statSync } from "node:fs";
import type { CheckRequest, Report } from "../types";

/** The CLI's access to files, output and the terminal. */
export interface Io {
  readFile(path: string): string;
  out(text: string): void;
  /** True for a directory, false for anything else; throws when the path does not exist. */
  isDirectory?(path: string): boolean;
  /** Entry names of a directory. */
  list?(path: string): string[];
  /** Colour the text output (a terminal without NO_COLOR). */
  color?: boolean;
  /** Checks one request (default `check()`; the process entry passes the two-thread check of src/cli/two-threads.ts). */
  check?(req: CheckRequest): Report;
}

/** A usage or input error: printed on stderr, exit code 2. */
export class UsageError extends Error {}

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, blocked: 1, usage: 2 } as const;

/** The real file system, for whatever an Io leaves out. */
export const nodeFs = {
  isDirectory: (p: string) => statSync(p).isDirectory(),
  list: (p: string) => readdirSync(p).sort(),
  readFile: (p: string) => readFileSync(p === "-" ? 0 : p, "utf8"),
};

/** Whether to colour: only on a terminal, never with NO_COLOR set (https://no-color.org), always with FORCE_COLOR. */
export function wantsColor(env: Record<string, string | undefined>, isTty: boolean): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== "0") return true;
  return isTty && env.TERM !== "dumb";
}
