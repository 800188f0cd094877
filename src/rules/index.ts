import type { Rule } from "../check/rule";
import omission from "./omission";
import addition from "./addition";
import duplicate from "./duplicate";
import untranslated from "./untranslated/untranslated";
import untranslatedPhrase from "./untranslated/untranslated-phrase";
import acronym from "./acronym/acronym";
import acronymMissing from "./acronym-missing";
import glossary from "./glossary";
import nameMismatch from "./name-mismatch/name-mismatch";
import nameMissing from "./name-missing/name-missing";
import unpairedBrackets from "./unpaired-brackets";
import unpairedQuotes from "./unpaired-quotes";
import invertedMarks from "./inverted-marks";
import sentenceStartCase from "./sentence-start-case";
import punctuationSpacing from "./punctuation-spacing/punctuation-spacing";
import doubledPunctuation from "./doubled-punctuation";
import repeatedWord from "./repeated-word";
import unintelligible from "./unintelligible";
import pronounGender from "./pronoun-gender/pronoun-gender";
import numberMismatch from "./number-mismatch/number-mismatch";
import negation from "./negation/negation";
import numberFormat from "./number-format";
import dateMismatch from "./date-mismatch";
import quoteStyle from "./quote-style";
import terminalPunctuation from "./terminal-punctuation";
import dashStyle from "./dash-style";
import invisibleCharacters from "./invisible-characters";
import tagMismatch from "./tag-mismatch";

/** Every registered rule, in report order of evaluation. Add one import line per rule file. */
export const RULES: readonly Rule[] = [
  omission,
  addition,
  duplicate,
  untranslated,
  untranslatedPhrase,
  acronym,
  acronymMissing,
  glossary,
  nameMismatch,
  nameMissing,
  unpairedBrackets,
  unpairedQuotes,
  invertedMarks,
  sentenceStartCase,
  punctuationSpacing,
  doubledPunctuation,
  repeatedWord,
  unintelligible,
  pronounGender,
  numberMismatch,
  negation,
  numberFormat,
  dateMismatch,
  quoteStyle,
  terminalPunctuation,
  dashStyle,
  invisibleCharacters,
  tagMismatch,
];

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
