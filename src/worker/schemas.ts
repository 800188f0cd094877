import { z } from "@hono/zod-openapi";
import { MAX_TAG_LENGTH } from "../lang/locale";
import { BILINGUAL_FORMATS, FORMATS, SEVERITIES, SUPPORTED_LANGS, type InputFormat } from "../types";
import { DEFAULT_MAX_CHARS_PER_SIDE, DEFAULT_MAX_SENTENCES_PER_SIDE, formatCount } from "./limits";

// The single source of the API's shapes: these schemas validate requests and generate /openapi.json
// and /schemas/report.json. Request objects are strict (an unknown or misspelt field is a 400).

/** A language tag: a supported language, optionally with a region (resolved by src/lang/locale.ts). */
export const LangSchema = z
  .string()
  .max(MAX_TAG_LENGTH)
  .openapi("Lang", {
    description:
      `BCP-47 language tag of a supported language (${SUPPORTED_LANGS.join(", ")}), optionally with a region: es, es-MX, ` +
      "es-419, es-ES, en-GB, en-US (any case; _ accepted for -). The region selects CLDR number conventions; a bare " +
      "language accepts the conventions of all its regions. Anything else is a 400 unsupported_language or invalid_language_tag.",
    example: "es-MX",
  });

/** A supported language (the base of a tag). */
export const LanguageSchema = z.enum(SUPPORTED_LANGS).openapi("Language", { description: "ISO 639-1 code of a supported language." });

/** A confidence between 0 and 1. */
const ConfidenceSchema = z.number().min(0).max(1);

/** An MQM severity. */
export const SeveritySchema = z.enum(SEVERITIES).openapi("Severity", { description: "MQM severity, least to most serious." });

/** One side of a check request. */
export const TextInputSchema = z
  .strictObject({
    text: z
      .string()
      .min(1)
      .openapi({
        description:
          `The article text (or markup for html/markdown). Not empty; by default at most ${formatCount(DEFAULT_MAX_CHARS_PER_SIDE)} ` +
          `UTF-16 code units (MAX_CHARS_PER_SIDE) and ${formatCount(DEFAULT_MAX_SENTENCES_PER_SIDE)} sentences ` +
          "(MAX_SENTENCES_PER_SIDE) per side, else 413.",
      }),
    lang: LangSchema,
  })
  .openapi("TextInput");

/** A glossary entry: the target must translate `source` as `target`. */
export const GlossaryEntrySchema = z
  .strictObject({ source: z.string().min(1).max(200), target: z.string().min(1).max(200) })
  .openapi("GlossaryEntry");

/** Options of a check. */
export const CheckOptionsSchema = z
  .strictObject({
    rules: z
      .record(z.string(), z.enum(["off", ...SEVERITIES]))
      .optional()
      .openapi({ description: "Per-rule setting by rule id (see GET /v1/rules): off, or a severity override." }),
    failOn: z
      .union([
        SeveritySchema,
        z.strictObject({
          severity: SeveritySchema,
          minConfidence: ConfidenceSchema.optional().openapi({ description: "Only issues at or above this confidence block (default 0)." }),
        }),
      ])
      .optional()
      .openapi({
        description:
          'Lowest severity that makes the verdict block (default major), or {"severity": "major", "minConfidence": 0.8}: ' +
          "block only on issues at or above both; lesser issues make the verdict review.",
      }),
    minConfidence: ConfidenceSchema.optional().openapi({
      description: "Leave out every issue whose confidence is below this (0–1); they do not count in the summary or the fixes.",
    }),
    glossary: z.array(GlossaryEntrySchema).max(1000).optional(),
    style: z
      .strictObject({
        quotes: z.string().length(2).optional().openapi({
          description: "Preferred primary quotation marks of the target: opening and closing mark, e.g. “” or «».",
        }),
      })
      .optional(),
  })
  .openapi("CheckOptions");

/** The body of POST /v1/check. */
export const CheckRequestSchema = z
  .strictObject({
    source: TextInputSchema,
    target: TextInputSchema,
    format: z.enum(FORMATS).optional().openapi({ description: "Format of both texts (default text)." }),
    options: CheckOptionsSchema.optional(),
    store: z.boolean().optional().openapi({
      description: "Save the request and its report (when the deployment has storage) and answer its id and url beside the report.",
    }),
  })
  .openapi("CheckRequest", {
    example: {
      source: { text: "El presidente llegó el lunes. Se reunió con los ministros.", lang: "es-MX" },
      target: { text: "The president arrived on Monday.", lang: "en" },
      format: "text",
      options: { failOn: "major" },
    },
  });

/** The body of POST /v1/check for a bilingual file (XLIFF or TMX): the file holds both sides, already paired. */
export const BilingualCheckRequestSchema = z
  .strictObject({
    format: z.enum(BILINGUAL_FORMATS).openapi({
      description: "xliff (XLIFF 1.2 or 2.x) or tmx (TMX 1.4): the file pairs its segments, so they are not aligned again.",
    }),
    file: z
      .string()
      .min(1)
      .openapi({
        description:
          "The whole XLIFF or TMX file as a string. Every span of the report (source and target) is an offset into it. " +
          `At most ${formatCount(DEFAULT_MAX_CHARS_PER_SIDE)} UTF-16 code units (MAX_CHARS_PER_SIDE), else 413.`,
      }),
    source: z.strictObject({ lang: LangSchema }).optional().openapi({
      description: "Source language; default: the file's (XLIFF srcLang/source-language, TMX header srclang).",
    }),
    target: z.strictObject({ lang: LangSchema }).optional().openapi({
      description: "Target language; default: the file's (XLIFF trgLang/target-language, the TMX's other tuv language).",
    }),
    options: CheckOptionsSchema.optional(),
    store: z.boolean().optional().openapi({ description: "As for a text check; the stored request keeps the file on both sides." }),
  })
  .openapi("BilingualCheckRequest", {
    example: {
      format: "xliff",
      file:
        '<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="es" trgLang="en"><file id="f"><unit id="1">' +
        "<segment><source>Llegó el lunes con 34 ministros.</source><target>He arrived on Monday with 2 ministers.</target></segment>" +
        "</unit></file></xliff>",
    },
  });

/** A validated check request body (a text pair, or a bilingual file read into both sides). */
export type CheckBody = Omit<z.infer<typeof CheckRequestSchema>, "format"> & { format?: InputFormat };

/** A span of the submitted text. */
export const TextSpanSchema = z
  .strictObject({
    start: z.number().int().min(0).openapi({ description: "UTF-16 offset into the submitted string." }),
    end: z.number().int().min(0).openapi({ description: "UTF-16 offset, exclusive." }),
    text: z.string().openapi({ description: "Always equal to submitted.slice(start, end)." }),
  })
  .openapi("TextSpan");

/** A sentence of one side. */
export const ReportSegmentSchema = z.strictObject({ ...TextSpanSchema.shape, paragraph: z.number().int().min(0) }).openapi("Segment");

/** An alignment bead. */
export const BeadSchema = z
  .strictObject({
    source: z.array(z.number().int().min(0)).openapi({ description: "Indices into segments.source." }),
    target: z.array(z.number().int().min(0)).openapi({ description: "Indices into segments.target." }),
    score: z.number().min(0).max(1),
  })
  .openapi("Bead");

const CategorySchema = z
  .string()
  .regex(/^[a-z]+\/[a-z-]+$/)
  .openapi({ description: "MQM dimension/subtype, e.g. accuracy/omission, linguistic/punctuation." });

/** One finding. */
export const IssueSchema = z
  .strictObject({
    id: z.string().openapi({ description: "Stable id: depends on the rule and span texts, not on offsets." }),
    ruleId: z.string(),
    category: CategorySchema,
    severity: SeveritySchema,
    message: z.string(),
    source: TextSpanSchema.optional(),
    target: TextSpanSchema.optional(),
    suggestion: z.strictObject({ text: z.string() }).optional(),
    confidence: ConfidenceSchema.optional().openapi({
      description:
        'How sure the rule is (0–1, 2 decimals), from its evidence: e.g. an explicit "la presidenta" beside the name is ' +
        "stronger than a surname's usual gender. On every issue; absent only in reports stored before it existed.",
    }),
  })
  .openapi("Issue");

/** The report, version 1. */
export const ReportSchema = z
  .strictObject({
    version: z.literal(1),
    languages: z
      .strictObject({
        source: LangSchema,
        target: LangSchema,
        sourceLanguage: LanguageSchema.optional(),
        targetLanguage: LanguageSchema.optional(),
      })
      .openapi({
        description:
          "source and target: the canonical tags as sent (es-MX, en); sourceLanguage and targetLanguage: the supported " +
          "languages they resolve to. Reports stored before regional tags have only source and target (bare languages then).",
      }),
    summary: z.strictObject({
      verdict: z.enum(["pass", "review", "block"]),
      issues: z.number().int().min(0),
      bySeverity: z.strictObject({
        critical: z.number().int().min(0),
        major: z.number().int().min(0),
        minor: z.number().int().min(0),
      }),
      byCategory: z.record(CategorySchema, z.number().int().min(0)),
    }),
    segments: z.strictObject({ source: z.array(ReportSegmentSchema), target: z.array(ReportSegmentSchema) }),
    alignment: z.array(BeadSchema),
    issues: z.array(IssueSchema).openapi({ description: "Sorted by position." }),
    fixed: z.string().optional().openapi({ description: "The target with every non-overlapping mechanical fix applied." }),
    patch: z.string().optional().openapi({ description: "Unified diff from the target to fixed." }),
  })
  .openapi("Report", { description: "translint report, version 1. Same input, byte-identical JSON." });

/** The answer of POST /v1/check: the report, plus id and url when it was stored. */
export const CheckResponseSchema = z
  .strictObject({
    ...ReportSchema.shape,
    id: z.string().optional().openapi({ description: "Id of the stored report (only with store: true)." }),
    url: z.string().optional().openapi({ description: "Review page of the stored report (only with store: true)." }),
  })
  .openapi("CheckResponse");

/** The error body of every 4xx/5xx answer. */
export const ErrorSchema = z
  .strictObject({
    error: z.strictObject({
      code: z.string().openapi({ example: "unsupported_language" }),
      message: z.string().openapi({
        example:
          '"source.lang": "fr" is not a supported language; use one of es, en (a region may follow: es-ES, es-MX, es-419, es-US, en-US, en-GB).',
      }),
    }),
  })
  .openapi("Error");

/** One rule as GET /v1/rules lists it. */
export const RuleInfoSchema = z
  .strictObject({
    id: z.string(),
    description: z.string(),
    category: CategorySchema,
    severity: SeveritySchema.openapi({ description: "Default severity." }),
    fixable: z.boolean(),
    confidence: ConfidenceSchema.openapi({ description: "Confidence of a finding that does not grade its own evidence." }),
    messages: z.record(z.string(), z.string()),
    examples: z.strictObject({
      good: z.array(z.record(z.string(), z.unknown())),
      bad: z.array(z.record(z.string(), z.unknown())),
    }),
  })
  .openapi("Rule");

/** The answer of GET /health. */
export const HealthSchema = z.strictObject({ ok: z.literal(true), version: z.string() }).openapi("Health");
