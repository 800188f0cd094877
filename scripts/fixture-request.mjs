#!/usr/bin/env node
// Prints the JSON body of POST /v1/check for a fixture folder, for curl:
//   node scripts/fixture-request.mjs fixtures/es-en-wire | curl -s -H 'Content-Type: application/json' --data-binary @- http://127.0.0.1:8787/v1/check
import { readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir) {
  process.stderr.write("usage: node scripts/fixture-request.mjs <fixture folder> [--store]\n");
  process.exit(2);
}
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
const body = {
  source: { text: readFileSync(join(dir, "source.txt"), "utf8"), lang: expected.from },
  target: { text: readFileSync(join(dir, "target.txt"), "utf8"), lang: expected.to },
  format: expected.format ?? "text",
};
if (expected.options) body.options = expected.options;
if (process.argv.includes("--store")) body.store = true;
process.stdout.write(JSON.stringify(body));
