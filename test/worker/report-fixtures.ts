// Test inputs for the report store: a tiny test-only rule that flags chosen target words, so the stored
// reports have known issues whatever the real rules report.
import { check } from "../../src/checker";
import { defineRule } from "../../src/check/rule";
import type { CheckRequest, Report } from "../../src/types";

const FLAGGED = /\b(?:Monday|210|jugadores)\b/g;

/** Flags the target words "Monday" and "210" (major) and "jugadores" (minor, untranslated). */
export const flagWords = defineRule({
  meta: {
    id: "test-flag",
    description: "Test rule: flags chosen target words.",
    category: "accuracy/mistranslation",
    severity: "major",
    messages: { flagged: "Flagged word {{word}}." },
    confidence: 0.8,
  },
  examples: { good: [], bad: [] },
  check(ctx) {
    for (const m of ctx.target.text.matchAll(FLAGGED)) {
      const minor = m[0] === "jugadores";
      ctx.report({
        messageId: "flagged",
        data: { word: m[0] },
        target: { start: m.index, end: m.index + m[0].length },
        suggestion: minor ? "players" : undefined,
        severity: minor ? "minor" : undefined,
        category: minor ? "accuracy/untranslated" : undefined,
      });
    }
  },
});

/** A request in the shape of a news article pair. */
export function articleRequest(target: string, source = SOURCE): CheckRequest {
  return { source: { text: source, lang: "es" }, target: { text: target, lang: "en" }, format: "text" };
}

/** The source article of the fixtures. */
export const SOURCE = "El club presentó el martes a 120 jugadores jóvenes. El entrenador habló con la prensa después del acto.";

/** A translation with three flagged words: Monday, 210 (major) and jugadores (minor). */
export const TARGET = "The club presented 210 young jugadores on Monday. The coach spoke to the press after the event.";

/** Checks a request with the test rule only. */
export function checkWithTestRule(request: CheckRequest): Report {
  return check(request, [flagWords]);
}
