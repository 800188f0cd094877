// The module scripts/build-cli.mjs bundles for a large JSON table of rules/ (its json-parse plugin).

/** A table's value of this many characters or more is parsed when first read (see tableModule). */
const LAZY_FROM = 50_000;

/**
 * The module of a JSON table: JSON.parse of its text. A top-level value of LAZY_FROM characters or more (the
 * languages of rules/common-words.json, ~100 KB each) is parsed when a thread first reads it, then kept as a plain
 * property: a check reads two of its six languages, and the check's worker thread none. 6,003-pair document, 5
 * interleaved traced runs of the CLI: CPU when the bundle has run, main thread 128 -> 115 ms, worker 122 -> 104 ms.
 * The same keys in the same order, enumerable, with the same values once read (test/core/json-table.test.ts).
 */
export function tableModule(table, lazyFrom = LAZY_FROM) {
  const parse = (json) => `JSON.parse(${JSON.stringify(json)})`;
  const lazy = table && typeof table === "object" && !Array.isArray(table) ? Object.entries(table) : [];
  if (!lazy.some(([, v]) => JSON.stringify(v).length >= lazyFrom)) return `export default ${parse(JSON.stringify(table))};`;
  const props = lazy.map(([k, v]) => {
    const json = JSON.stringify(v);
    if (json.length < lazyFrom) return `plain(${JSON.stringify(k)}, ${parse(json)});`;
    return `Object.defineProperty(table, ${JSON.stringify(k)}, { enumerable: true, configurable: true, get: () => plain(${JSON.stringify(k)}, ${parse(json)}) });`;
  });
  return [
    "const table = {};",
    "const plain = (k, v) => (Object.defineProperty(table, k, { value: v, enumerable: true, configurable: true, writable: true }), v);",
    ...props,
    "export default table;",
  ].join("\n");
}
