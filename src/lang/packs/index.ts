// Every language pack, by code. To add a language: its data in rules/<code>/, its module here (docs/languages.md).
import type { Lang } from "../../types";
import type { Language } from "../language";
import { en } from "./en";
import { es } from "./es";
import { de } from "./de";
import { fr } from "./fr";
import { it } from "./it";
import { pt } from "./pt";
import { lazyRecord } from "../../fast/lazy-record";

/**
 * The packs of the supported languages (SUPPORTED_LANGS in src/types.ts lists the same codes), each built on first
 * read: a check needs two of them.
 */
export const PACKS: Readonly<Record<Lang, Language>> = lazyRecord<Lang, Language>({ es, en, fr, de, pt, it });
