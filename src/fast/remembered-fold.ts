// foldWord's fast path (src/align/anchors.ts): ASCII decided by a unit loop instead of a regex call, and a word
// outside ASCII folded once and remembered (String.prototype.normalize is slow, and an article's accented words
// come back in every rule that folds them).

/** True when every UTF-16 unit of `word` is ASCII: `/^[\x00-\x7f]*$/.test(word)` without a regex call. */
export function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/** Past this many words the memo is emptied (a bound on memory, not a cache policy: answers never change). */
const LIMIT = 50_000;

/** `fold` with its answers remembered per word (`fold` must be a pure function of the word). */
export function rememberedFold(fold: (word: string) => string): (word: string) => string {
  const memo = new Map<string, string>();
  return (word) => {
    let folded = memo.get(word);
    if (folded === undefined) {
      if (memo.size >= LIMIT) memo.clear();
      folded = fold(word);
      memo.set(word, folded);
    }
    return folded;
  };
}
