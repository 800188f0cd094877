import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * The corpus folder: TRANSLINT_CORPUS, else ../shared/corpus beside the repo, else beside its worktree folder
 * (worktrees live one level deeper, in /work/wt/<name>).
 */
export function corpusDir(): string {
  const root = new URL("../", import.meta.url).pathname;
  const candidates = [process.env.TRANSLINT_CORPUS, join(root, "../shared/corpus"), join(root, "../../shared/corpus")];
  const found = candidates.find((d) => d && existsSync(join(d, "newstest-es-en.dev.jsonl")));
  if (!found) throw new Error("../shared/corpus not found (set TRANSLINT_CORPUS)");
  return found;
}
