// Every language pack, by code. To add a language: its data in rules/<code>/, its module here (docs/languages.md).
import type { Lang } from "../../types";
import type { Language } from "../language";
import { en } from "./en";
import { es } from "./es";
import { de } from "./de";
import { fr } from "./fr";
import { it } from "./it";
import { pt } from "./pt";

/** The packs of the supported languages (SUPPORTED_LANGS in src/types.ts lists the same codes). */
export const PACKS: Readonly<Record<Lang, Language>> = { es, en, fr, de, pt, it };
