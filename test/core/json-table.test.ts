// The CLI bundle's JSON tables (scripts/json-table.mjs): a value parsed when first read is the value JSON.parse gives,
// in the same place among the table's keys, and the whole table equals the file's once read.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tableModule } from "../../scripts/json-table.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;

/** Runs a table module's code and answers its default export. */
function load(code: string): unknown {
  return new Function(code.replace(/^export default (.*);$/m, "return $1;"))();
}

describe("the CLI bundle's JSON tables", () => {
  it("answers each table of rules/ as JSON.parse does, keys in the same order, lazy values included", () => {
    const files = readdirSync(join(ROOT, "rules"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json"));
    let lazy = 0;
    for (const f of files) {
      const text = readFileSync(join(ROOT, "rules", f), "utf8");
      const code = tableModule(JSON.parse(text));
      if (code.includes("get: ()")) lazy++;
      const table = load(code) as Record<string, unknown>;
      const plain = JSON.parse(text);
      if (plain && typeof plain === "object") expect(Object.keys(table)).toEqual(Object.keys(plain));
      expect(table).toEqual(plain);
      expect(JSON.stringify(table)).toBe(JSON.stringify(plain));
    }
    expect(lazy).toBeGreaterThan(0);
  });

  it("parses a large value once, when first read, and keeps it as a plain writable property", () => {
    const source = { "2": [2], b: { deep: [1, 2, 3] }, a: "x".repeat(20), c: [true, null, 1.5], "1": "one" };
    const code = tableModule(source, 10);
    const table = load(code) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(table, "a")?.get).toBeTypeOf("function");
    expect(Object.keys(table)).toEqual(Object.keys(JSON.parse(JSON.stringify(source))));
    const first = table.a;
    expect(first).toBe(source.a);
    expect(Object.getOwnPropertyDescriptor(table, "a")).toEqual({ value: first, enumerable: true, configurable: true, writable: true });
    expect(table.b).toBe(table.b);
    expect(table).toEqual(source);
    expect(tableModule([1, 2], 1)).toBe('export default JSON.parse("[1,2]");');
  });
});
