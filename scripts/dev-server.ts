// Starts `wrangler dev` on a free 127.0.0.1 port, fully offline, with a fresh local persistence folder (D1
// migrations applied), and waits for /health. Used by the load test, the worker-cpu script and the browser test.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("../", import.meta.url).pathname;
const WRANGLER = join(ROOT, "node_modules", ".bin", "wrangler");
/** Environment for wrangler: no prompts, no metrics, no Request.cf download. */
export const OFFLINE_ENV = { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", NO_COLOR: "1" };

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A running `wrangler dev`. */
export interface DevServer {
  base: string;
  inspectorPort?: number;
  process: ChildProcess;
  /** Output so far (for error messages). */
  log(): string;
  stop(): Promise<void>;
}

/** Starts wrangler dev and resolves once /health answers (or rejects after `timeoutMs`). */
export async function startDevServer(
  opts: { inspector?: boolean; timeoutMs?: number; vars?: Record<string, string> } = {},
): Promise<DevServer> {
  const persist = mkdtempSync(join(tmpdir(), "translint-dev-"));
  execFileSync(WRANGLER, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], { cwd: ROOT, env: OFFLINE_ENV, stdio: "pipe" });
  const port = await freePort();
  const inspectorPort = opts.inspector ? await freePort() : undefined;
  const args = ["dev", "--local", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persist, "--log-level", "warn"];
  if (inspectorPort) args.push("--inspector-port", String(inspectorPort));
  for (const [name, value] of Object.entries(opts.vars ?? {})) args.push("--var", `${name}:${value}`);
  const child = spawn(WRANGLER, args, { cwd: ROOT, env: OFFLINE_ENV, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
      await exited;
    }
    rmSync(persist, { recursive: true, force: true });
  };
  process.once("exit", () => {
    try {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    } catch {
      /* gone */
    }
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  for (;;) {
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error(`wrangler dev did not answer ${base}/health:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, inspectorPort, process: child, log: () => output, stop };
}
