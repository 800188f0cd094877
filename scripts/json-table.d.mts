/** The module scripts/build-cli.mjs bundles for a JSON table (scripts/json-table.mjs). */
export function tableModule(table: unknown, lazyFrom?: number): string;
