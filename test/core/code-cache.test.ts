// The CLI bundle runs from its V8 code cache (bin/translint.mjs, scripts/build-cli.mjs): used when it is the
// build's own, ignored when its stamp names another build, rejected by V8 when its bytes are damaged, and the
// report is the same in all three cases. Runs a copy of bin/ and dist/ (empty src/ and rules/: never stale).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { check } from "../../src/checker";

const ROOT = new URL("../../", import.meta.url).pathname;
const built = existsSync(join(ROOT, "dist/translint.cjs")) && existsSync(join(ROOT, "dist/translint.cache"));
const copy = mkdtempSync(join(tmpdir(), "translint-cache-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const FIXTURE = join(ROOT, "fixtures/es-en-wire");

/** `translint check` on the wire fixture from the copy: its stdout and what the loader says of the cache. */
function run(): { out: string; cache: string } {
  const args = ["check", "--source", join(FIXTURE, "source.txt"), "--target", join(FIXTURE, "target.txt"), "--from", "es", "--to", "en"];
  const res = spawnSync(process.execPath, [join(copy, "bin/translint.mjs"), ...args], {
    encoding: "utf8",
    env: { ...process.env, TRANSLINT_CODE_CACHE_REPORT: "1" },
  });
  return { out: res.stdout, cache: /code cache (\w+)/.exec(res.stderr)?.[1] ?? res.stderr };
}

describe.skipIf(!built)("the CLI's code cache", { timeout: 60_000 }, () => {
  it("is used when it is the build's, else ignored or rejected, and the report is check()'s every time", () => {
    for (const dir of ["bin", "src", "rules", "dist"]) mkdirSync(join(copy, dir));
    cpSync(join(ROOT, "bin/translint.mjs"), join(copy, "bin/translint.mjs"));
    for (const f of ["translint.cjs", "translint.cache"])
      cpSync(join(ROOT, "dist", f), join(copy, "dist", f), { preserveTimestamps: true });
    const req = {
      source: { text: readFileSync(join(FIXTURE, "source.txt"), "utf8"), lang: "es" as const },
      target: { text: readFileSync(join(FIXTURE, "target.txt"), "utf8"), lang: "en" as const },
    };
    const expected = `${JSON.stringify(check(req), null, 2)}\n`;
    expect(run()).toEqual({ out: expected, cache: "used" });

    const cacheFile = join(copy, "dist/translint.cache");
    const cache = readFileSync(cacheFile);
    const stampEnd = cache.indexOf(10) + 1; // after the stamp line
    const damaged = Buffer.from(cache);
    for (let i = stampEnd + 64; i < damaged.length; i += 997) damaged[i] ^= 0xff;
    writeFileSync(cacheFile, damaged);
    expect(run()).toEqual({ out: expected, cache: "rejected" });

    writeFileSync(cacheFile, Buffer.concat([Buffer.from("// translint bundle 0\n"), cache.subarray(stampEnd)]));
    expect(run()).toEqual({ out: expected, cache: "none" });
  });
});
