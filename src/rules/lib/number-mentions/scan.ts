// The state a scan for number mentions shares between its readers.
import type { Lang } from "../../../types";
import type { NumberMention } from "./mention";
import type { Token } from "./tokenize";
import type { CompiledWords } from "./word-table";

/** One text being scanned: its tokens, its language's words, and the mentions found so far. */
export interface MentionScan {
  text: string;
  tokens: Token[];
  w: CompiledWords;
  lang: Lang;
  out: NumberMention[];
}
