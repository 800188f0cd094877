// The state a scan for number mentions shares between its readers.
import type { Lang } from "../../../types";
import type { PairScope } from "../../../lang/pair";
import type { NumberMention } from "./mention";
import type { Token } from "./tokenize";
import type { CompiledWords } from "./word-table";

/** One text being scanned: its tokens, its language's words, and the mentions found so far. */
export interface MentionScan {
  text: string;
  tokens: Token[];
  w: CompiledWords;
  lang: Lang;
  /** The languages of the check (unit words of either may follow a number). */
  scope: PairScope;
  out: NumberMention[];
}
