// Starts `wrangler dev` on a free 127.0.0.1 port, fully offline, with a fresh local persistence folder, and
// waits for /health. By default the D1 migrations are applied first, as `npm run dev` does; with
// `migrate: false` it is a plain `wrangler dev` and the Worker creates its schema on first use. Used by the
// load test, the worker-cpu script, the browser test and test/dev/fresh-start.test.ts. With `direct: true` it also
// gives the address of the Worker's own runtime behind wrangler's dev proxy (see `workerBase`).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("../", import.meta.url).pathname;
const WRANGLER = join(ROOT, "node_modules", ".bin", "wrangler");
/**
 * Environment for wrangler: no prompts, no metrics, no Request.cf download, no banner (whose update check
 * asks the npm registry for wrangler's latest version).
 */
export const OFFLINE_ENV = {
  ...process.env,
  CI: "true",
  WRANGLER_SEND_METRICS: "false",
  WRANGLER_HIDE_BANNER: "true",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  NO_COLOR: "1",
};

/** Applies the D1 migrations to a local persistence folder with wrangler (what `npm run db:migrate` does). */
export function applyMigrations(persist: string): string {
  return execFileSync(WRANGLER, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], {
    cwd: ROOT,
    env: OFFLINE_ENV,
    stdio: "pipe",
  }).toString();
}

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
  /**
   * With `direct: true`: the address of the workerd runtime that runs the Worker, behind wrangler's ProxyWorker
   * (`base`). Requests sent here reach the Worker without the dev proxy's extra pooled connection hop.
   */
  workerBase?: string;
  inspectorPort?: number;
  process: ChildProcess;
  /** Output so far (for error messages). */
  log(): string;
  stop(): Promise<void>;
}

/** Options of startDevServer. */
export interface DevServerOptions {
  inspector?: boolean;
  timeoutMs?: number;
  /** Apply the D1 migrations with wrangler first, as `npm run dev` does (default true). */
  migrate?: boolean;
  /** Use (and keep) this persistence folder instead of a fresh temporary one. */
  persistTo?: string;
  /** Variables for the Worker (`wrangler dev --var NAME:VALUE`). */
  vars?: Record<string, string>;
  /**
   * Also find the Worker runtime's own address (`workerBase`). wrangler prints it only at debug log level (the
   * ProxyController's `reloadComplete` event), so this runs wrangler with `--log-level debug`.
   */
  direct?: boolean;
}

/** The runtime address in the last `reloadComplete` event of wrangler's debug output, if any. */
export function userWorkerBase(output: string): string | undefined {
  const found = [
    ...output.matchAll(
      /"type":"reloadComplete","proxyData":\{"userWorkerUrl":\{"protocol":"(https?:)","hostname":"([^"]+)","port":"(\d+)"/g,
    ),
  ];
  const last = found[found.length - 1];
  return last ? `${last[1]}//${last[2]}:${last[3]}` : undefined;
}

/** Starts wrangler dev and resolves once /health answers (or rejects after `timeoutMs`). */
export async function startDevServer(opts: DevServerOptions = {}): Promise<DevServer> {
  const persist = opts.persistTo ?? mkdtempSync(join(tmpdir(), "translint-dev-"));
  if (opts.migrate ?? true) applyMigrations(persist);
  const port = await freePort();
  // wrangler always opens an inspector (9229 by default): a free port, so two dev servers on one machine can run.
  const devtoolsPort = await freePort();
  const inspectorPort = opts.inspector ? devtoolsPort : undefined;
  const args = [
    "dev",
    "--local",
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--persist-to",
    persist,
    "--log-level",
    opts.direct ? "debug" : "warn",
  ];
  args.push("--inspector-port", String(devtoolsPort));
  for (const [name, value] of Object.entries(opts.vars ?? {})) args.push("--var", `${name}:${value}`);
  const child = spawn(WRANGLER, args, { cwd: ROOT, env: OFFLINE_ENV, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  // Debug output (direct) grows with every request: keep the last 4 MB (the runtime address is read at start).
  const append = (d: Buffer) => (output = output.length > 8_000_000 ? output.slice(-4_000_000) + d : output + d);
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
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
    if (!opts.persistTo) rmSync(persist, { recursive: true, force: true });
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
  const workerBase = opts.direct ? userWorkerBase(output) : undefined;
  if (opts.direct && !workerBase) {
    await stop();
    throw new Error(`wrangler dev's debug output names no userWorkerUrl (has wrangler changed?):\n${output.slice(-3000)}`);
  }
  return { base, workerBase, inspectorPort, process: child, log: () => output, stop };
}
