// The gender analyzer's vocabulary: a gender, a name mention, a piece of evidence, what is known of a surname, a pronoun.
/** Grammatical gender of a person. */
export type Gender = "m" | "f";

/** A run of capitalised words that may name someone ("Dina Boluarte"), with the title word stripped before it. */
export interface NameMention {
  start: number;
  end: number;
  /** Normalised tokens (lowercase, no accents). */
  tokens: string[];
  /** The stripped leading word, lowercased ("mr", "president"), or "". */
  lead: string;
  /** Offset of the stripped leading word (equal to `start` when there is none). */
  leadStart: number;
}

/** One piece of evidence of a person's gender. */
export interface Evidence {
  gender: Gender;
  /** 3 = title/honorific/determiner, 2 = agreement or pronoun, 1 = given name. */
  strength: number;
  /** The text that shows it ("la presidenta Dina Boluarte"). */
  text: string;
  /** Span of the gendered word(s) themselves ("la presidenta", "elegida"), for Spanish titles and agreement. */
  cue?: { start: number; end: number };
}

/** What is known about the people behind a surname key. */
export interface KeyInfo {
  gender: Gender | "ambiguous";
  evidence: Evidence;
  /** Normalised first names seen with this surname ("luis" of "Luis García Montero"). */
  firstNames: string[];
}

/** A third-person pronoun and the gender it marks. */
export interface PronounMention {
  start: number;
  end: number;
  gender: Gender;
  word: string;
}

/** Looks a person up by surname key (a Map from indexPeople or a PeopleIndex). */
export interface PeopleLookup {
  get(key: string): KeyInfo | undefined;
}
