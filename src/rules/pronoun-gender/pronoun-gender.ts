// pronoun-gender: the rule (meta, examples, check). Its folder, by what each file answers:
//   types, words (word edges, case, normalisation), names (name mentions, surname keys, given names),
//   cues (each language's gender-cues.json compiled), titles, evidence (a mention's gender evidence),
//   people-index (surname key -> gender, eager or lazy), pronouns, swaps (other-gender forms),
//   agreement-marks (what a Spanish sentence marks), sentence-evidence (every person a sentence marks, from
//   rules/pronoun-evidence.json), source-beads (aligned source and window);
//   person by person, both directions: counterparts (a noun and its other-language counterpart, rules/role-counterparts.json),
//   binding (the gender an English noun shows: own form, title's name, the pronoun it binds, a copula),
//   counterpart-checks (nouns and bound pronouns against their counterparts), prepositional ("sobre él" / "over her"),
//   aligned-pronouns (an explicit pronoun or subject noun and the pronoun at its place on the other side: "dice él" / "she says");
//   into English: english-pronouns, referents, pronoun-grammar, source-window-gender, own-sentence;
//   into Spanish: spanish-side, own-sentence (checkGenderWords), phrase-agreement ("la actriz americano");
//   good-examples (+ good-examples-thing-gender), bad-examples (+ bad-examples-more).
import { good } from "./good-examples";
import { bad } from "./bad-examples";
import { moreBad } from "./bad-examples-more";
import { referentBad } from "./bad-examples-referents";
import { spanishBad } from "./bad-examples-spanish";
import { badIntoEnglish, goodIntoEnglish } from "./examples-into-english";
import { badIntoEnglishMore, goodIntoEnglishMore } from "./examples-into-english-more";
import { defineRule } from "../../check/rule";
import { languageOf } from "../../lang/registry";
import { findEvidence } from "./evidence";
import { indexPeople } from "./people-index";
import { checkGenderWords, keepingSpans } from "./own-sentence";
import { checkEnglishPronouns } from "./english-pronouns";
import { checkCounterpartNouns } from "./counterpart-checks";
import { agreementFix, checkPrepositionalPronouns } from "./prepositional";
import { checkSpanishPronouns, checkSpanishTitles } from "./spanish-side";
import { checkPhraseAgreement } from "./phrase-agreement";

/** A third-person pronoun (he/she/his/her …) whose gender contradicts what the source says about its referent. */
export default defineRule({
  meta: {
    id: "pronoun-gender",
    description:
      "A pronoun in the translation has the wrong gender for the person it refers to, as the source shows it (or a Spanish title of the wrong gender).",
    category: "accuracy/mistranslation",
    severity: "minor",
    messages: {
      pronoun: "“{{pronoun}}” refers to {{name}}, but the source shows a {{gender}}: “{{evidence}}”.",
      title: "“{{title}}” gives {{name}} the wrong gender: the source shows a {{gender}} (“{{evidence}}”).",
      sourceOnly: "“{{pronoun}}” has the wrong gender: the source speaks only of a {{gender}} here (“{{evidence}}”).",
      aligned: "“{{pronoun}}” has the wrong gender: it renders “{{evidence}}” of the source, a {{gender}}.",
      counterpart: "“{{word}}” has the wrong gender: the source shows this person as a {{gender}} (“{{evidence}}”).",
    },
    confidence: 0.7,
  },
  examples: {
    good: [...good, ...goodIntoEnglish, ...goodIntoEnglishMore],
    bad: [...bad, ...referentBad, ...moreBad, ...spanishBad, ...badIntoEnglish, ...badIntoEnglishMore],
  },
  check(ctx) {
    // A translation has two languages (the Worker refuses one-language requests; the library stays quiet on them).
    if (ctx.source.lang === ctx.target.lang) return;
    // Into a language whose pronouns mark the person (English): the pronouns against the people they refer to.
    // Into a language whose titles agree (Spanish): titles, participles and explicit pronouns against the source.
    const system = languageOf(ctx.target.lang).gender.system;
    if (system === "pronouns") checkEnglishPronouns(ctx);
    else if (system === "agreement") {
      const kept = keepingSpans(ctx);
      checkSpanishTitles(kept.ctx);
      checkSpanishPronouns(kept.ctx);
      const people = indexPeople(findEvidence(ctx.source, true));
      checkGenderWords(kept.ctx, people, kept.spans);
      checkCounterpartNouns(kept.ctx, people, kept.spans);
      checkPhraseAgreement(kept.ctx, people, kept.spans);
      const spans = kept.spans;
      checkPrepositionalPronouns(
        kept.ctx,
        (start, end) => spans.some((r) => r.start < end && start < r.end),
        (p) => agreementFix(ctx.target.lang, p.word),
      );
    }
  },
});
