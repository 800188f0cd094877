// The word-order part of the language interface (src/lang/language.ts): the shape of rules/<code>/word-order.json.

/** Word-order cues of garbled output (rules/<code>/word-order.json); read by src/rules/lib/word-order.ts. */
export interface WordOrderData {
  /** Words that open a noun phrase: out of order before another of them, a preposition, or a sentence's end. */
  determiners: string[];
  /** Out of order before another preposition (and at a sentence's end unless `finalPreposition`). */
  prepositions: string[];
  /** Prepositions a determiner may stand before ("la de Madrid"). */
  determinerBefore: string[];
  /**
   * Present where prepositions stack and pair up ("moved on to", "jeered at by", "in or at"): a preposition before
   * another or before one of these words is a weak break, which counts toward a paragraph's breaks but is never its
   * only one.
   */
  stackedPrepositions?: string[];
  /** A preposition may end a sentence ("what it is about."). */
  finalPreposition: boolean;
  /** Determiners that also stand alone as a pronoun or numeral ("cada una.", "a la una."): in order at a sentence's end or after another determiner. */
  alone?: string[];
  /** Words that never follow a determiner (conjunctions, subject pronouns, finite verbs that are no noun). */
  notAfterDeterminer?: string[];
  /** Words that never follow a determiner that is no clitic pronoun (one not in `beforeVerb`): auxiliaries ("el ha"). */
  notAfterArticle?: string[];
  /** Words that never follow a preposition (conjunctions, subject pronouns, auxiliaries: "of and", "in were"). */
  notAfterPreposition?: string[];
  /** Words that never end a sentence besides determiners (conjunctions, "of": "prices rose and."). */
  notFinal?: string[];
  /** Conjunctions joining words or clauses: out of order right before another ("and but"). */
  conjunctions?: string[];
  /** Words a verb follows (clitic pronouns: "se", "le"): out of order before a determiner, a preposition, a conjunction or a sentence's end. */
  beforeVerb?: string[];
  /**
   * Articles chosen by the sound of the next word (English "a" / "an"): `vowel` stands only before a word opening
   * with one of `vowels`, `consonant` never does; a word opening with one of `eitherStarts` ("h", "u", "one"), in
   * capitals ("an MRI") or with a digit may take either.
   */
  soundArticles?: { vowel: string; consonant: string; vowels: string; eitherStarts: string[] };
  /** Two words the language always writes as one (Spanish "de el" → "del"): apart, the second in lower case, out of order. */
  contracted?: [string, string][];
  /**
   * Plural determiners ("unos", "sus") and the endings of the word after one (plural "-s"; "-n" of a verb after a
   * clitic): before a word in lower case with neither, no number word, preposition or one of `before`, out of order.
   * `alsoClitics` ("los", "las") count only at a sentence's start or after a preposition, where no clitic stands.
   */
  plural?: { determiners: string[]; alsoClitics: string[]; endings: string[]; before: string[] };
  /**
   * Singular determiners ("el", "una") and the plural endings of the word after one ("-s"): before a word in lower
   * case with such an ending but none of `singularEndings` ("país", "crisis", "lunes") and no number word,
   * preposition or one of `before`, out of order ("el infecciones").
   */
  singular?: { determiners: string[]; endings: string[]; singularEndings: string[]; before: string[] };
  /**
   * Present where a word in lower case written twice in a row with only a space between is out of order ("they
   * they", "que que"); `except` lists the words the language may write twice ("had had", "that that"). Repeats
   * set off by a comma ("sí, sí", "very, very") and names ("Renfe Renfe", a headline run into its lead) never count.
   */
  doubled?: { except: string[] };
}
