import { defineRule, type AlignedPair, type RuleContext } from "../../check/rule";
import { polarityOf, splitCount, type Polarity } from "../lib/negation";
import { mayNegate } from "../../fast/negation-gate";
import { headCounterpart, type HeadCounterpart, type SideSpan } from "./counterpart";

/** Alignment score from which a bead counts as confident (a loose bead rephrases too freely). */
const CONFIDENT = 0.9;
/** Longest bead side looked at, in words: a long sentence leaves a translator room to recast a negation (measured). */
const MAX_WORDS = 60;
/** Most sentences a bead side may hold: a sentence split in two keeps its negation (measured, docs/precision.md). */
const MAX_SEGMENTS = 2;

/** A bead worth comparing: up to MAX_SEGMENTS sentences a side (`sized`), none too long (`short`). */
const sized = (p: AlignedPair) =>
  p.source.length >= 1 && p.target.length >= 1 && p.source.length <= MAX_SEGMENTS && p.target.length <= MAX_SEGMENTS;
const short = (p: AlignedPair) =>
  p.source.every((s) => splitCount(s.text) <= MAX_WORDS) && p.target.every((s) => splitCount(s.text) <= MAX_WORDS);

/** Whether a bead side may hold a verbal negator (`mayNegate`): a bead neither side of which may is never flagged. */
const mayNegateSide = (doc: RuleContext["source"], segments: AlignedPair["source"]) =>
  mayNegate(doc.text, segments[0]!.start, segments[segments.length - 1]!.end, doc.lang);

/** The polarity of one side of a bead, its sentences' negators and negative words summed. */
function sidePolarity(doc: RuleContext["source"], segments: AlignedPair["source"]): Polarity {
  const out: Polarity = { negators: [], main: [], othersAt: [], restrictiveAt: [], limiting: [] };
  for (const s of segments) {
    const p = polarityOf(doc.text, s.start, s.end, doc.lang, doc.pair);
    out.negators.push(...p.negators);
    out.main.push(...p.main);
    out.othersAt.push(...p.othersAt);
    out.restrictiveAt.push(...p.restrictiveAt);
    out.limiting.push(...p.limiting);
  }
  return out;
}

/** How far (a share of the sentence) a restrictive word may lie from the negator's place to render it (measured). */
const NEAR = 0.4;
/** True when a side shows no negation: no negator, no negative word, no restrictive word near share `at` of it. */
const unnegated = (p: Polarity, at: number) =>
  !p.negators.length && !p.othersAt.length && !p.restrictiveAt.some((x) => Math.abs(x - at) <= NEAR);
/** Where span `n` lies in the bead side `segments`, as a share of its length. */
const shareAt = (n: { start: number }, segments: AlignedPair["source"]) =>
  (n.start - segments[0]!.start) / Math.max(1, segments[segments.length - 1]!.end - segments[0]!.start);
/** The negators a flag may point at: those of a main clause. */
const flagged = (p: Polarity) => p.main;

/**
 * A sentence pair where one side negates a verb (not, never, no, nunca) and the other has no negative word at all:
 * the translation says the opposite of the source ("no descartó" / "ruled out"). A bead that scores below CONFIDENT
 * needs the local signal of ./counterpart: the negated word's counterpart on the other side.
 */
export default defineRule({
  meta: {
    id: "negation",
    description:
      "An aligned pair (a sentence, or one split in two) where one side negates the verb of its main clause and the other has no negation, no negative word and no restrictive word (only, sólo) near the same place: the translation may say the opposite. A loosely aligned pair counts only when the negated word itself has its counterpart on the other side (confirmó / did not confirm, descartó / ruled out: by anchors or the rule's own verb table).",
    category: "accuracy/mistranslation",
    severity: "minor",
    messages: {
      lost: "The source negates (“{{negator}}”), but the translation has no negation: it may say the opposite.",
      added: "The translation negates (“{{negator}}”), but the source has no negation: it may say the opposite.",
    },
    // Most of its flags on clean professional text are a negation recast as an antonym (docs/precision.md).
    confidence: 0.3,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "El ministro no descartó una candidatura. No vino nadie a la reunión.",
        target: "The minister did not rule out a bid. Nobody came to the meeting.",
      },
      {
        // Fixed phrases with a negator that negate nothing, and a negation rendered by another negative word.
        from: "es",
        to: "en",
        source: "Sin embargo, el plan no sólo reduce costes. El acuerdo no se firmó.",
        target: "However, the plan not only cuts costs. The agreement failed to be signed.",
      },
      {
        // Litotes: "not unlike" affirms.
        from: "en",
        to: "es",
        source: "The result was not unlike last year's.",
        target: "El resultado fue parecido al del año pasado.",
      },
      {
        // "no X sino Y" asserts Y; a double negative affirms.
        from: "es",
        to: "en",
        source: "El plan no fue un error sino una decisión. La reforma no quedó sin consecuencias.",
        target: "The plan was a deliberate decision. The reform had consequences.",
      },
      {
        // French litotes and fixed phrases: "ne pas cesser de" (keep on), "ne pas hésiter à", "pas rares".
        from: "es",
        to: "fr",
        source: "La empresa sigue añadiendo funciones. Los directivos lo anuncian abiertamente. Las averías son frecuentes.",
        target:
          "L'entreprise n'a pas cessé d'ajouter des fonctions. Les dirigeants n'hésitent pas à l'annoncer. Les pannes ne sont pas rares.",
      },
      {
        // A negation in other words: a negative phrase ("far from", "dejó de") or a negative adverb ("keineswegs").
        from: "es",
        to: "en",
        source: "El acuerdo no está cerrado. La fábrica dejó de producir coches.",
        target: "The deal is far from closed. The factory no longer makes cars.",
      },
      {
        from: "fr",
        to: "de",
        source: "Ce modèle n'est plus une exception. La ministre n'ignore pas ces efforts.",
        target: "Dieses Modell ist keineswegs mehr eine Ausnahme. Die Ministerin kennt diese Anstrengungen.",
      },
      {
        // "not deprive" and "no exentos" affirm; "stay the same" says "not change".
        from: "es",
        to: "en",
        source: "El juez le dejó en libertad. Los ministros no quedan exentos. Las tarifas no cambiarán.",
        target: "The judge did not deprive him of his freedom. The ministers are included. Fares will stay the same.",
      },
      {
        // "advise against" says "advise not to".
        from: "en",
        to: "es",
        source: "The agency advised against flights to the area in May.",
        target: "La agencia aconsejó no volar a la zona en mayo.",
      },
      {
        // A negator inside a fixed phrase ("not just") still renders the other side's; "powerless" says "cannot".
        from: "es",
        to: "en",
        source: "El problema no es sólo político. Los vecinos no pueden hacer nada.",
        target: "The problem is not just political. The neighbours are powerless.",
      },
      {
        // A loosely aligned sentence (a long source rendered in a few words) whose negated verb has no counterpart:
        // a recast, not a flip.
        from: "es",
        to: "en",
        source:
          "El Gobierno aprobó el plan de 2024 en Madrid. Según explicaron fuentes de la dirección al término de una larga reunión, los resultados confirmaron la sospecha. La ministra habló con 12 periodistas en Sevilla.",
        target:
          "The Government approved the 2024 plan in Madrid. The results did not surprise us. The minister spoke to 12 journalists in Seville.",
      },
      {
        // A negation rendered by a word of the opposite sense ("no ganó" / "lost"): not the negated verb's counterpart.
        from: "es",
        to: "en",
        source: "El equipo no ganó la final de 2024.",
        target: "The team lost the 2024 final.",
      },
      {
        // A negator hyphened to the next word is part of a compound, not a negated verb.
        from: "es",
        to: "en",
        source: "El movimiento defiende una resistencia no-violenta.",
        target: "The movement defends a peaceful resistance.",
      },
      {
        // German litotes ("nicht auszuschließen", "nicht weit") affirm; "sains et saufs" says "unharmed", and
        // "n'a pas pu s'empêcher de" affirms (the reflexive "s'" is no clause break there).
        from: "de",
        to: "en",
        source: "Ein neuer Streik ist nicht auszuschließen. Das Hotel liegt nicht weit vom Bahnhof.",
        target: "A new strike is possible. The hotel is near the station.",
      },
      {
        // "fehlt es nicht" (there is no lack) affirms.
        from: "de",
        to: "en",
        source: "Tatsächlich fehlt es nicht einmal an Freiwilligen in der Stadt.",
        target: "There are even plenty of volunteers in the city.",
      },
      {
        from: "es",
        to: "fr",
        source: "Los rehenes no sufrieron daños. El alcalde se rió de la pregunta.",
        target: "Les otages sont sains et saufs. Le maire n'a pas pu s'empêcher de rire de la question.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "El ministro no descartó una candidatura a la presidencia.",
        target: "<marker>The minister ruled out a bid for the presidency.</marker>",
      },
      {
        from: "en",
        to: "es",
        source: "The company will close the plant in March.",
        target: "La empresa <marker>no</marker> cerrará la planta en marzo.",
      },
      {
        // A restrictive word far from the negator's place does not render it.
        from: "en",
        to: "es",
        source: "Only the mayor spoke, and the company will close the plant in March.",
        target: "Solo habló el alcalde, y la empresa <marker>no</marker> cerrará la planta en marzo.",
      },
      {
        // A limiting word near the negator's place ("que", French "ne … que") but away from the negated word's
        // counterpart ("confirm" / "confirmera") renders nothing of it: here it only introduces the reported clause.
        from: "fr",
        to: "en",
        source: "Le ministre a dit que le gouvernement confirmera le plan.",
        target: "The minister said the government will <marker>not</marker> confirm the plan.",
      },
      {
        // The same loose sentence, its negated verb found in the source ("confirm" / "confirmaron"): a flip.
        from: "es",
        to: "en",
        source:
          "El Gobierno aprobó el plan de 2024 en Madrid. Según explicaron fuentes de la dirección al término de una larga reunión, los resultados confirmaron la sospecha. La ministra habló con 12 periodistas en Sevilla.",
        target:
          "The Government approved the 2024 plan in Madrid. The results did <marker>not</marker> confirm it. The minister spoke to 12 journalists in Seville.",
      },
      {
        // The negated verb is no cognate of its counterpart: the rule's verb table pairs them (firmó / sign).
        from: "es",
        to: "en",
        source:
          "El Gobierno aprobó el plan de 2024 en Madrid. Según explicaron fuentes de la dirección al término de una larga reunión, el equipo firmó el acuerdo. La ministra habló con 12 periodistas en Sevilla.",
        target:
          "The Government approved the 2024 plan in Madrid. The team did <marker>not</marker> sign it. The minister spoke to 12 journalists in Seville.",
      },
      {
        // The other side's negative word is the negated verb's own counterpart (lost / perdido): it renders the verb,
        // not its negation.
        from: "es",
        to: "en",
        source: "El banco ha perdido 5.000 millones de euros en 2024.",
        target: "The bank has <marker>not</marker> lost 5 billion euros in 2024.",
      },
      {
        // A word negating by its sense far from the negator and from the negated verb's counterpart (ilegales)
        // renders nothing of it.
        from: "es",
        to: "en",
        source: "La empresa cerrará la planta en marzo tras años de vertidos ilegales.",
        target: "The company will <marker>not</marker> close the plant in March after years of illegal dumping.",
      },
      {
        // "That" opening a sentence is a pronoun, not a subordinator: its clause is the main one.
        from: "es",
        to: "en",
        source: "Eso reducirá el consumo en 2025.",
        target: "That will <marker>not</marker> reduce consumption in 2025.",
      },
      {
        from: "es",
        to: "en",
        source: "Nunca ha ganado una final.",
        target: "<marker>He has always won a final.</marker>",
      },
      {
        // A sentence in brackets: the bracket before its first word opens the sentence, not an aside in it.
        from: "es",
        to: "en",
        source: "(Sin embargo, el banco no subió los tipos este año.)",
        target: "<marker>(However, the bank raised rates this year.)</marker>",
      },
      {
        // An auxiliary contracted onto the word before ("that's not"); a clause after "pointed out that" is reported.
        from: "en",
        to: "es",
        source: "That's not a plan the bank favours.",
        target: "<marker>Es un plan que el banco prefiere.</marker>",
      },
      {
        from: "en",
        to: "es",
        source: "The mayor pointed out that the works were not finished in 2024.",
        target: "<marker>El alcalde señaló que las obras se terminaron en 2024.</marker>",
      },
    ],
  },
  check(ctx) {
    if (ctx.source.lang === ctx.target.lang) return;
    for (const p of ctx.pairs) {
      if (!sized(p)) continue;
      // (The gate, one expression per side, before the word counts: most beads fail it.)
      const sourceMay = mayNegateSide(ctx.source, p.source);
      const targetMay = mayNegateSide(ctx.target, p.target);
      if (!(sourceMay || targetMay) || !short(p)) continue;
      // A side the gate passes over has no negator, so none to flag: its polarity is read only when the other side's
      // negator is weighed against it.
      let src = sourceMay ? sidePolarity(ctx.source, p.source) : undefined;
      let tgt = targetMay ? sidePolarity(ctx.target, p.target) : undefined;
      const t = { start: p.target[0]!.start, end: p.target[p.target.length - 1]!.end };
      if (src && flagged(src).length && rendersNone(ctx, p, src, (tgt ??= sidePolarity(ctx.target, p.target)), "source")) {
        const n = flagged(src)[0]!;
        ctx.report({ messageId: "lost", data: { negator: ctx.source.text.slice(n.start, n.end) }, source: n, target: t });
      } else if (tgt && flagged(tgt).length && rendersNone(ctx, p, tgt, (src ??= sidePolarity(ctx.source, p.source)), "target")) {
        const n = flagged(tgt)[0]!;
        ctx.report({ messageId: "added", data: { negator: ctx.target.text.slice(n.start, n.end) }, target: n });
      }
    }
  },
});

/** The span a bead side covers in its document, with the side's memo (for anchor keys). */
function spanOf(ctx: RuleContext, p: AlignedPair, side: "source" | "target"): SideSpan {
  const segs = p[side];
  return { side: ctx.memo[side], start: segs[0]!.start, end: segs[segs.length - 1]!.end };
}

/** How far (a share of the sentence) a restrictive word may lie from the negated word's counterpart to render it. */
const HEAD_NEAR = 0.15;

/**
 * True when side B of bead p shows nothing that renders side A's main negator: no negation at all near its place.
 * A bead that scores below CONFIDENT needs a local match too: the negated word's counterpart found in B. With that
 * counterpart, a limiting word near the negator's place (only, sólo) renders it only when it is near the counterpart,
 * and a negative word of B that is the counterpart itself ("has not lost" / "ha perdido") renders the verb, not the
 * negation.
 */
function rendersNone(ctx: RuleContext, p: AlignedPair, a: Polarity, b: Polarity, aSide: "source" | "target"): boolean {
  const n = flagged(a)[0]!;
  const place = shareAt(n, p[aSide]);
  const strict = unnegated(b, place);
  if (strict && p.bead.score >= CONFIDENT) return true;
  if (b.negators.length || !b.restrictiveAt.every((x, k) => b.limiting[k] || Math.abs(x - place) > NEAR)) return false;
  const bs = spanOf(ctx, p, aSide === "source" ? "target" : "source");
  const head = headCounterpart(spanOf(ctx, p, aSide), bs, n);
  if (!head || b.othersAt.some((o) => !saysElse(o, bs, place, head))) return false;
  return !b.restrictiveAt.some((x) => Math.abs(x - place) <= NEAR) || !b.restrictiveAt.some((x) => Math.abs(x - head.share) <= HEAD_NEAR);
}

/**
 * How far (a share of the sentence) a word negating by its sense (failed, perdió) may lie from the negator's place, or
 * from the negated word's counterpart, to render the negation: farther, it says something else (measured).
 */
const OTHER_NEAR = NEAR;
const OTHER_HEAD_NEAR = HEAD_NEAR;
/**
 * True when negative word `o` of side `b` says something else than the negation at share `place` of the other side:
 * it is the negated word's own counterpart ("has not lost" / "ha perdido": it renders the verb), or it negates by its
 * sense alone far from both that place and the counterpart ("no cerrará … vertidos ilegales").
 */
function saysElse(o: Polarity["othersAt"][number], b: SideSpan, place: number, head: HeadCounterpart): boolean {
  // The counterpart itself, not a word glued to it (the "n'" of "n'ignore").
  if (head.chunks.some((c) => c.start === o.start && o.end === c.end)) return true;
  const x = (o.start - b.start) / Math.max(1, b.end - b.start);
  return !!o.lexical && Math.abs(x - place) > OTHER_NEAR && Math.abs(x - head.share) > OTHER_HEAD_NEAR;
}
