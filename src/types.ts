/** Languages translint checks; each has its data in `rules/`. */
export const SUPPORTED_LANGS = ["es", "en", "fr", "de", "pt", "it"] as const;
/** A supported language code (ISO 639-1). */
export type Lang = (typeof SUPPORTED_LANGS)[number];

/** Input formats: the offsets of every span always point into the raw submitted string. */
export const FORMATS = ["text", "html", "markdown"] as const;
/** One of the input formats. */
export type Format = (typeof FORMATS)[number];

/** Bilingual file formats: one file holds both languages, already paired (see src/input/bilingual). */
export const BILINGUAL_FORMATS = ["xliff", "tmx"] as const;
/** One of the bilingual file formats. */
export type BilingualFormat = (typeof BILINGUAL_FORMATS)[number];
/** Any input format. */
export type InputFormat = Format | BilingualFormat;

/** True for the formats where one file holds both sides. */
export function isBilingual(format: string | undefined): format is BilingualFormat {
  return format === "xliff" || format === "tmx";
}

/** MQM severities, least to most serious. */
export const SEVERITIES = ["minor", "major", "critical"] as const;
/** An MQM severity. */
export type Severity = (typeof SEVERITIES)[number];

/** MQM categories used by the rules (dimension/subtype). */
export type Category =
  | "accuracy/mistranslation"
  | "accuracy/omission"
  | "accuracy/addition"
  | "accuracy/untranslated"
  | "terminology/wrong-term"
  | "terminology/inconsistent"
  | "linguistic/punctuation"
  | "linguistic/grammar"
  | "linguistic/spelling"
  | "locale/number-format"
  | "locale/date-format"
  | "locale/quote-style"
  | "design/markup";

/** Which of the two texts a span lies in. */
export type Side = "source" | "target";

/** A span of the raw submitted text: UTF-16 offsets, end exclusive, `text === raw.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A sentence (or headline) of one side, as reported: raw offsets plus its paragraph index. */
export interface ReportSegment extends TextSpan {
  paragraph: number;
}

/** One alignment bead: indices into the report's source and target segments. */
export interface Bead {
  source: number[];
  target: number[];
  score: number;
}

/** One finding in the report. */
export interface Issue {
  id: string;
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  source?: TextSpan;
  target?: TextSpan;
  suggestion?: { text: string };
  /** How sure the rule is, 0–1 (2 decimals), from its evidence; absent only in reports stored before it existed. */
  confidence?: number;
}

/** Per-rule setting in a request: off or a severity override. */
export type RuleSetting = "off" | Severity;

/** One glossary entry: a source term and the translation the target must use. */
export interface GlossaryEntry {
  source: string;
  target: string;
}

/** House style options for locale rules. */
export interface StyleOptions {
  /** Preferred primary quotation marks for the target, e.g. "“”" or "«»". */
  quotes?: string;
}

/** When the verdict is block: an issue at or above `severity` (and, if given, at or above `minConfidence`). */
export interface FailOnThreshold {
  severity: Severity;
  minConfidence?: number;
}

/** Options of a check request. */
export interface CheckOptions {
  rules?: Record<string, RuleSetting>;
  /** A severity (the old form) or a severity with a minimum confidence. */
  failOn?: Severity | FailOnThreshold;
  /** Issues with a lower confidence are left out of the report. */
  minConfidence?: number;
  glossary?: GlossaryEntry[];
  style?: StyleOptions;
}

/** A BCP-47 language tag naming a supported language, optionally with a region ("es", "es-MX", "en-GB"). */
export type LocaleTag = string;

/** One side of a check request. */
export interface TextInput {
  text: string;
  /** Resolved by src/lang/locale.ts; an unsupported or malformed tag makes check() throw a LocaleError. */
  lang: LocaleTag;
}

/**
 * A validated check request, as the core takes it. For a bilingual format (xliff, tmx) both sides' `text` is the
 * whole file: the source side reads its source (or source-language) segments, the target side its targets.
 */
export interface CheckRequest {
  source: TextInput;
  target: TextInput;
  format?: InputFormat;
  options?: CheckOptions;
}

/** Verdict of a report: block at or above failOn, review for lesser issues, pass for none. */
export type Verdict = "pass" | "review" | "block";

/** The report, version 1. */
export interface Report {
  version: 1;
  /**
   * The canonical tags as given ("es-MX", "en") and the languages they resolve to; a report stored before regions
   * existed has only `source` and `target`, which were always bare languages.
   */
  languages: { source: LocaleTag; target: LocaleTag; sourceLanguage?: Lang; targetLanguage?: Lang };
  summary: {
    verdict: Verdict;
    issues: number;
    bySeverity: Record<Severity, number>;
    byCategory: Record<string, number>;
  };
  segments: { source: ReportSegment[]; target: ReportSegment[] };
  alignment: Bead[];
  issues: Issue[];
  /** The target with every non-overlapping mechanical fix applied. */
  fixed?: string;
  /** Unified diff from the target to `fixed` ("--- target" / "+++ fixed", no timestamps); "" when nothing changes. */
  patch?: string;
}
