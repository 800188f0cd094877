import type { Category } from "../../types";

/** Readable names of the MQM categories, shown beside their codes. */
export const CATEGORY_NAMES: Readonly<Record<Category, string>> = {
  "accuracy/mistranslation": "Mistranslation",
  "accuracy/omission": "Omission",
  "accuracy/addition": "Addition",
  "accuracy/untranslated": "Untranslated",
  "terminology/wrong-term": "Wrong term",
  "terminology/inconsistent": "Inconsistent term",
  "linguistic/punctuation": "Punctuation",
  "linguistic/grammar": "Grammar",
  "linguistic/spelling": "Spelling",
  "locale/number-format": "Number format",
  "locale/date-format": "Date format",
  "locale/quote-style": "Quote style",
  "design/markup": "Markup",
};

/** Rule names that read better than the id with its hyphens turned into spaces. */
const RULE_NAMES: Readonly<Record<string, string>> = {
  omission: "Dropped sentence",
  addition: "Added sentence",
  duplicate: "Repeated sentence",
  untranslated: "Untranslated sentence",
  acronym: "Acronym form",
  glossary: "Glossary term",
  "name-mismatch": "Misspelled name",
  "inverted-marks": "Inverted ¿ ¡ marks",
  "sentence-start-case": "Broken sentence",
  "punctuation-spacing": "Spacing around punctuation",
  "number-mismatch": "Changed number",
  "date-mismatch": "Changed date",
};

/** The readable name of a category (the code itself for one this page does not know). */
export function categoryName(category: string): string {
  return (CATEGORY_NAMES as Record<string, string>)[category] ?? category;
}

/** The readable name of a rule: a curated name, else its id as words ("quote-style" → "Quote style"). */
export function ruleName(id: string): string {
  const words = id.replace(/-/g, " ");
  return RULE_NAMES[id] ?? words.charAt(0).toUpperCase() + words.slice(1);
}
