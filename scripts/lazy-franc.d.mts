import type { Plugin } from "esbuild";

/** franc-min's index.js with its trigram tables built on the first francAll call (scripts/lazy-franc.mjs). */
export function lazyFrancModule(source: string): string;
/** The esbuild plugin of scripts/build-cli.mjs: franc-min's index.js through lazyFrancModule. */
export const lazyFranc: Plugin;
