// Worker-thread entry of a check on two threads when the CLI runs from its TypeScript sources (no bundle):
// registers tsx, as bin/translint.mjs does for the main thread, then loads the worker.
import { register } from "tsx/esm/api";

register();
await import("./check-worker.ts");
