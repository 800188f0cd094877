import { defineRule, type Finding } from "../check/rule";
import type { Category, Severity } from "../types";
import { describeChar, forEachInvisibleRun, invisibleKind, isEmojiPart, windows1252Meaning, type InvisibleKind } from "./lib/invisible";

/** Severity and MQM category per kind: reordering what readers see is an accuracy error; the rest breaks words. */
const JUDGEMENT: Record<InvisibleKind, { severity: Severity; category: Category }> = {
  bidi: { severity: "major", category: "accuracy/mistranslation" },
  zeroWidth: { severity: "minor", category: "linguistic/spelling" },
  softHyphen: { severity: "minor", category: "linguistic/spelling" },
  control: { severity: "minor", category: "linguistic/spelling" },
};

/** Invisible characters in the target the source does not have: bidi controls, zero-width characters, soft hyphens, controls. */
export default defineRule({
  meta: {
    id: "invisible-characters",
    description:
      "Invisible characters in the target that the source does not have: bidirectional controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C; major: they can make the page show 1500 where the text says 0051), zero-width characters (U+200B–200D, U+2060, U+FEFF) inside or next to words, soft hyphens, and other control or format characters (minor). Emoji joiners are fine. The fix deletes them, except a control that is a Windows-1252 character read with the wrong encoding (U+0093 for “): the fix writes that character; from three such controls in a text, one finding reports the wrong decoding as a whole, without a fix.",
    category: "accuracy/mistranslation",
    severity: "major",
    messages: {
      bidi: "Invisible bidirectional control {{chars}}, not in the source: it can reorder what readers see (digits, words) without changing the text.",
      zeroWidth: "Invisible zero-width character {{chars}}, not in the source: it breaks the word for search, spell-checking and copy.",
      softHyphen: "Soft hyphen {{chars}}, not in the source: it shows as a stray hyphen wherever the line happens to break.",
      control: "Invisible control character {{chars}}, not in the source.",
      wrongEncoding:
        "Invisible control character {{chars}} where Windows-1252 text has “{{meant}}”: the text was decoded with the wrong encoding; write “{{meant}}”.",
      wrongEncodingThroughout:
        "Invisible control characters where Windows-1252 text has the marks {{meant}} throughout this article ({{count}} places, the first marked here): the text was decoded with the wrong encoding; decode it again as Windows-1252.",
    },
    fixable: true,
    // The character is certainly there and absent from the source; only rare intended uses make it right.
    confidence: 0.9,
  },
  examples: {
    good: [
      { from: "es", to: "en", source: "El presupuesto fue de 1500 millones.", target: "The budget was 1,500 million." },
      {
        from: "es",
        to: "en",
        source: "La Organi\u00ADzación Mundial de la Salud lo confirmó.",
        target: "The World Health Organi\u00ADzation confirmed it.",
      },
      { from: "es", to: "en", source: "La misión despegó.", target: "The mission took off 👩\u200D🚀 on Monday." },
      {
        from: "en",
        to: "es",
        source: "The minister, \u200F\u0645\u062D\u0645\u062F\u200F, spoke.",
        target: "El ministro, \u200F\u0645\u062D\u0645\u062F\u200F, habló.",
      },
      { from: "es", to: "en", source: "Uno.\tDos.", target: "One.\tTwo.\r\nThree." },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "El presupuesto fue de 1500 millones.",
        target: "The budget was <marker>\u202E</marker>0051<marker>\u202C</marker> million.",
        suggestion: "",
      },
      {
        from: "es",
        to: "en",
        source: "El Gobierno aprobó el plan.",
        target: "The govern<marker>\u200B</marker>ment approved the plan.",
        suggestion: "",
      },
      {
        from: "en",
        to: "es",
        source: "The president spoke on Monday.",
        target: "El presi<marker>\u00AD</marker>dente habló el lunes.",
        suggestion: "",
      },
      {
        from: "es",
        to: "en",
        source: "La votación salió adelante.",
        target: "The vote<marker>\u0007</marker> passed <marker>\u2060</marker>unanimously.",
      },
      {
        // Quotation marks of Windows-1252 text decoded as Latin-1 become C1 controls: the fix restores them.
        from: "en",
        to: "de",
        source: "The sign read “Welcome”.",
        target: "Auf dem Schild stand <marker>\u0084</marker>Willkommen<marker>\u0093</marker>.",
        suggestion: "„",
      },
      {
        from: "es",
        to: "en",
        source: "Los vecinos protestaron.",
        target: "<marker>\u2067</marker>Residents protested.",
      },
      {
        // A wrong decoding throughout the text is one finding, at its first control, with no fix.
        from: "en",
        to: "de",
        source: "He called it “a start” and “a signal”.",
        target: "Er nannte es <marker>\u0084</marker>einen Anfang\u0093 und \u0084ein Signal\u0093.",
        suggestion: null,
      },
    ],
  },
  check(ctx) {
    const present = codePointsIn(ctx.source.text);
    const text = ctx.target.text;
    const findings: Finding[] = [];
    forEachInvisibleRun(text, (start, end) => findRun(findings, text, start, end, present));
    // The check caps every rule's issues per article (MAX_ISSUES_PER_RULE) and sums up the rest.
    for (const f of collapseWrongEncoding(findings)) ctx.report(f);
  },
});

/** A wrong decoding is one decision for the whole text: from this many of its controls, one finding says so. */
const THROUGHOUT_MIN = 3;

/**
 * The findings with the controls of a wrong decoding, when there are THROUGHOUT_MIN or more, replaced by one finding
 * at the first, with their count and the characters meant and no fix (as punctuation-spacing reports a habit): the
 * remedy is to decode the text again, and a reviewer reads one issue, not one per quotation mark.
 */
function collapseWrongEncoding(findings: Finding[]): Finding[] {
  const wrong = findings.filter((f) => f.messageId === "wrongEncoding");
  if (wrong.length < THROUGHOUT_MIN) return findings;
  const meant = [...new Set(wrong.map((f) => f.data!.meant))].join(" ");
  const first = wrong[0];
  const whole: Finding = {
    messageId: "wrongEncodingThroughout",
    data: { meant, count: wrong.length },
    target: first.target,
    ...JUDGEMENT.control,
  };
  return findings.flatMap((f) => (f === first ? [whole] : f.messageId === "wrongEncoding" ? [] : [f]));
}

/** Every invisible code point of a text. */
function codePointsIn(text: string): Set<number> {
  const out = new Set<number>();
  forEachInvisibleRun(text, (start, end) => {
    for (const ch of text.slice(start, end)) out.add(ch.codePointAt(0)!);
  });
  return out;
}

/** Adds a finding for each stretch of one kind, in one run, of characters the source does not have. */
function findRun(out: Finding[], text: string, from: number, to: number, present: Set<number>): void {
  let start = -1;
  let kind: InvisibleKind | undefined;
  let chars: string[] = [];
  const flush = (end: number) => {
    if (kind && start >= 0) {
      const { severity, category } = JUDGEMENT[kind];
      out.push({ messageId: kind, data: { chars: chars.join(", ") }, target: { start, end }, suggestion: "", severity, category });
    }
    start = -1;
    kind = undefined;
    chars = [];
  };
  for (let i = from; i < to; ) {
    const cp = text.codePointAt(i)!;
    const meant = present.has(cp) ? undefined : windows1252Meaning(cp);
    if (meant) {
      // Each such control has its own replacement: one finding per character.
      flush(i);
      out.push({
        messageId: "wrongEncoding",
        data: { chars: describeChar(cp), meant },
        target: { start: i, end: i + 1 },
        suggestion: meant,
        ...JUDGEMENT.control,
      });
      i++;
      continue;
    }
    const wanted = !present.has(cp) && !isEmojiPart(text, i);
    const k = invisibleKind(cp);
    if (!wanted || k !== kind) flush(i);
    if (wanted) {
      if (start < 0) start = i;
      kind = k;
      const name = describeChar(cp);
      if (!chars.includes(name)) chars.push(name);
    }
    i += cp > 0xffff ? 2 : 1;
  }
  flush(to);
}
