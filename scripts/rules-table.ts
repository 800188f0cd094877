// Prints (or with --write, updates in README.md) the table of rules generated from the registry.
import { readFileSync, writeFileSync } from "node:fs";
import { rulesTable, RULES_TABLE_END, RULES_TABLE_START } from "./rules-table-lib";

const readme = new URL("../README.md", import.meta.url).pathname;
const table = rulesTable();
if (process.argv.includes("--write")) {
  const text = readFileSync(readme, "utf8");
  const a = text.indexOf(RULES_TABLE_START);
  const b = text.indexOf(RULES_TABLE_END);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${RULES_TABLE_START} … ${RULES_TABLE_END} markers`);
  writeFileSync(readme, `${text.slice(0, a + RULES_TABLE_START.length)}\n${table}${text.slice(b)}`);
} else process.stdout.write(table);
