// pronoun-gender into a pronoun language (English): each pronoun against the people it may refer to.
import type { RuleContext } from "../../check/rule";
import { languageOf } from "../../lang/registry";
import type { Gender, PronounMention } from "./types";
import { givenNameGender, lookupKey, nameMentions } from "./names";
import { evidenceConfidence } from "./evidence";
import type { PeopleIndex } from "./people-index";
import { personNouns, pronounsIn } from "./pronouns";
import { pronounsForThings, thingAntecedentIn, thingPronounCount } from "./thing-pronouns";
import { marksGender } from "./agreement-marks";
import { explicitPronounVerdict, sourceWindowVerdict } from "./source-window-gender";
import { beadSource, WINDOW } from "./source-beads";
import { openingSubjectVerdict, ownSentenceVerdict } from "./own-sentence";
import { forwardPossessive, ownClauseAfter, pronounRole, suggestionFor } from "./pronoun-grammar";
import { type CounterpartFinding, reportCounterparts, wrongBoundPronouns, wrongOpeningPronoun } from "./counterpart-checks";
import { checkPrepositionalPronouns, type PrepositionalPronoun } from "./prepositional";
import { alignedPronounFindings } from "./aligned-pronouns";
import { inApposition, type Referent } from "./referents";
import { targetPronouns, type TargetPronouns } from "./target-pronouns";
import { describedVerdict } from "./described-referents";
import { continuingSubjectVerdict } from "./continuing-subject";
import { reflexiveOfSubject } from "./reflexive-subject";

/** What the English check knows of the target while it judges its pronouns one by one. */
interface PronounScan {
  ctx: RuleContext;
  people: PeopleIndex;
  pronounsBySeg: (readonly PronounMention[])[];
  refsBySeg: (readonly Referent[])[];
  quotedAt: (offset: number, segment: number) => boolean;
  /** Starts of the pronouns already flagged. */
  flagged: Set<number>;
  /** The segment of an earlier pronoun. */
  segmentOf: (q: PronounMention) => number;
  /** Whether the source's titles and pronouns agree with the person (Spanish): it may itself say who a pronoun is. */
  sourceAgrees: boolean;
  /**
   * How many people of a gender the aligned source sentence marks (asked once per segment, gender and `owner`; an
   * owner, a pronoun that is no object, is none of the people after a possessive: "su abogada" is not "her" of "her
   * attorney", nor is "su esposo" the "he" of "since he was widowed").
   */
  sourceMarks: (segment: number, g: Gender, owner?: boolean) => number;
}

/** Into English: each third-person pronoun against the people it may refer to, then against the aligned source. */
export function checkEnglishPronouns(ctx: RuleContext): void {
  const tgt = ctx.target;
  const found = targetPronouns(ctx);
  if (!found) return;
  const { pronounsBySeg } = found;
  const scan = pronounScan(ctx, found);
  // A pronoun rendering the source's explicit one ("dice él" -> "she says") is judged by it first.
  for (const f of alignedPronounFindings(ctx)) {
    scan.flagged.add(f.pronoun.start);
    ctx.report({
      messageId: "aligned",
      data: { pronoun: f.pronoun.word, gender: f.gender === "f" ? "woman" : "man", evidence: f.evidence },
      target: { start: f.pronoun.start, end: f.pronoun.end },
      suggestion: suggestionFor(tgt, f.pronoun),
      confidence: 0.6,
    });
  }
  for (const seg of tgt.segments) {
    for (const p of pronounsBySeg[seg.index]) if (!scan.flagged.has(p.start)) checkPronoun(scan, p, seg.index);
  }
  if (scan.sourceAgrees) checkBoundPronouns(scan);
  if (scan.sourceAgrees) checkPrepositional(scan);
  if (scan.sourceAgrees) checkAgainstSourceWindow(ctx, pronounsBySeg, scan.people, scan.flagged, scan.quotedAt);
}

/** Pronouns that refer back to a target noun whose source counterpart has the other gender ("The mayor … her"). */
function checkBoundPronouns(scan: PronounScan): void {
  const { ctx, flagged } = scan;
  pronounsBySegmentWithFindings(scan).forEach(([segment, findings]) => {
    const pronouns = scan.pronounsBySeg[segment];
    const fresh = findings.filter(
      (f, k) =>
        !flagged.has(f.mark.start) &&
        pronouns.some((p) => p.start === f.mark.start) &&
        findings.findIndex((g) => g.mark.start === f.mark.start) === k,
    );
    const byStart = (f: CounterpartFinding) => pronouns.find((p) => p.start === f.mark.start)!;
    reportCounterparts(ctx, fresh, [], (f) => suggestionFor(ctx.target, byStart(f)));
    for (const f of fresh) flagged.add(f.mark.start);
  });
}

/** Pronouns after a preposition against the source's ("sobre él" / "over her"). */
function checkPrepositional(scan: PronounScan): void {
  const { ctx, flagged } = scan;
  const mention = (p: PrepositionalPronoun): PronounMention => ({ start: p.start, end: p.end, word: p.word, gender: p.gender });
  checkPrepositionalPronouns(
    ctx,
    (start) => {
      if (flagged.has(start)) return true;
      flagged.add(start);
      return false;
    },
    (p) => suggestionFor(ctx.target, mention(p)),
  );
}

/** Each target segment with pronouns, and its bound pronouns of the wrong gender. */
function pronounsBySegmentWithFindings(scan: PronounScan): [number, CounterpartFinding[]][] {
  const out: [number, CounterpartFinding[]][] = [];
  scan.pronounsBySeg.forEach((list, segment) => {
    if (list.length > 0)
      out.push([segment, [...wrongOpeningPronoun(scan.ctx, segment, scan.people), ...wrongBoundPronouns(scan.ctx, segment, scan.people)]]);
  });
  return out;
}

/** The scan state of one check: the people index, referents of the segments asked for, quotations, source marks. */
function pronounScan(ctx: RuleContext, found: TargetPronouns): PronounScan {
  const { people, pronounsBySeg } = found;
  const segOfPronoun = new Map<PronounMention, number>();
  for (const [k, list] of pronounsBySeg.entries()) for (const q of list) segOfPronoun.set(q, k);
  const marks = new Map<number, number>();
  return {
    ctx,
    people,
    pronounsBySeg,
    refsBySeg: found.refsBySeg,
    quotedAt: found.quotedAt,
    flagged: new Set<number>(),
    segmentOf: (q) => segOfPronoun.get(q) ?? 0,
    sourceAgrees: languageOf(ctx.source.lang).gender.system === "agreement",
    sourceMarks: (segment, g, owner = false) => {
      const key = segment * 4 + (g === "f" ? 1 : 0) + (owner ? 2 : 0);
      let n = marks.get(key);
      if (n === undefined) marks.set(key, (n = marksGender(beadSource(ctx, segment), ctx.source.lang, g, people, ctx.source.pair, owner)));
      return n;
    },
  };
}

/** The referents and pronouns before a pronoun in its sentence and the two before it, and how it binds. */
interface PronounWindow {
  window: Referent[];
  earlier: PronounMention[];
  sameSentence: Referent[];
  quoted: boolean;
  /** The earliest segment an antecedent may come from (the pronoun's own for a reflexive). */
  lookBack: number;
  bound: boolean;
  /** A reflexive right after its name ("Stephen Harper himself"): that person, whoever else the source marks. */
  emphatic?: boolean;
}

/** The window of a pronoun: who comes before it, whether it is quoted, and whether its own sentence binds it. */
function windowOf(scan: PronounScan, p: PronounMention, segment: number): PronounWindow {
  const tgt = scan.ctx.target;
  if (forwardPossessive(tgt.text, tgt.lang, tgt.segments[segment].start, p) || frontedBeforeSubject(scan, p, segment))
    return forwardWindow(scan, p, segment);
  const emphatic = emphaticOf(scan, p, segment);
  if (emphatic)
    return { window: [emphatic], earlier: [], sameSentence: [emphatic], quoted: false, lookBack: segment, bound: true, emphatic: true };
  const window: Referent[] = [];
  const earlier: PronounMention[] = [];
  // "Marta Gil, his mother": a name in apposition to the possessive's noun is the possessed person, not its owner.
  const possessive = pronounRole(tgt, p) === "possessive";
  for (let s = Math.max(0, segment - WINDOW); s <= segment; s++) {
    for (const r of scan.refsBySeg[s]) if (r.start < p.start && !(possessive && inApposition(tgt.text, r, p))) window.push(r);
    for (const q of scan.pronounsBySeg[s]) if (q.start < p.start) earlier.push(q);
  }
  const quoted = scan.quotedAt(p.start, segment);
  const sameSentence = window.filter((r) => r.segment === segment && (quoted || !scan.quotedAt(r.start, r.segment)));
  // A reflexive binds inside its own sentence: earlier sentences cannot offer its antecedent.
  const reflexive = /self$/i.test(p.word);
  const lookBack = reflexive ? segment : segment - 1;
  // A possessive or subject pronoun after a named person of the sentence is bound to that person (salience beats
  // people of earlier sentences); an object pronoun is not (it cannot refer to its own clause's subject).
  // Inside a quotation the speaker says "I": a quoted pronoun is not bound to a person named outside the quotation.
  const bound =
    sameSentence.length > 0 &&
    sameSentence.some((r) => r.info) &&
    (pronounRole(tgt, p) !== "object" || ownClauseAfter(tgt.text, tgt.lang, sameSentence[sameSentence.length - 1].start, p.start)) &&
    sameSentence.every((r) => scan.quotedAt(r.start, r.segment) === quoted);
  return { window, earlier, sameSentence, quoted, lookBack, bound };
}

/**
 * A pronoun in a phrase fronted before its sentence's first person ("In her fight against corruption, Medvedev …",
 * "As far as he is concerned, Liliane Bettencourt …"), with no one of its gender in the sentences before: it can
 * only refer forward, to that person, named right after the phrase's comma.
 */
function frontedBeforeSubject(scan: PronounScan, p: PronounMention, segment: number): boolean {
  // Into a language whose pronouns also stand for things (German "er" for der Entwurf), a pronoun with no one before
  // it may stand for a thing, or for someone the tables do not know: it is not bound forward to the next person.
  if (pronounsForThings(scan.ctx.target.lang)) return false;
  const text = scan.ctx.target.text;
  const refs = scan.refsBySeg[segment];
  if (refs.some((r) => r.start < p.start)) return false;
  const first = refs.find((r) => r.start > p.end);
  if (!first?.info || scan.quotedAt(p.start, segment) !== scan.quotedAt(first.start, segment)) return false;
  const comma = text.lastIndexOf(",", first.start);
  if (comma < p.end || first.start - comma > 40 || /[.;:!?]/u.test(text.slice(p.end, first.start))) return false;
  // A word opens the phrase ("In her fight", "As for him"): a sentence opening "His colleague, Mary Kaptur" is in apposition.
  if (!/\p{L}/u.test(text.slice(scan.ctx.target.segments[segment].start, p.start))) return false;
  // Someone of its gender named or described in the sentences before may be its referent.
  for (let s = Math.max(0, segment - WINDOW); s < segment; s++) if (scan.refsBySeg[s].some((r) => r.gender === p.gender)) return false;
  return !(segment > 0 && scan.pronounsBySeg[segment - 1].some((q) => q.gender === p.gender));
}

/** A reflexive right after a name ("Stephen Harper himself", "Jolie herself"): that person, whoever else the sentence names. */
function emphaticOf(scan: PronounScan, p: PronounMention, segment: number): Referent | undefined {
  if (pronounRole(scan.ctx.target, p) !== "reflexive") return undefined;
  const text = scan.ctx.target.text;
  const r = scan.refsBySeg[segment].filter((x) => x.name !== "" && x.start < p.start).at(-1);
  // regex-safe: anchored whitespace only
  return r?.info && /^\s+$/u.test(text.slice(r.start + r.name.length, p.start)) ? r : undefined;
}

/** The window of a possessive that refers forward ("For her part, the mayor …"): the first person after it, alone. */
function forwardWindow(scan: PronounScan, p: PronounMention, segment: number): PronounWindow {
  const quoted = scan.quotedAt(p.start, segment);
  const first = scan.refsBySeg[segment].find((r) => r.start > p.end);
  // Inside a quotation, the first person of the same quotation ('"In her fight against corruption, Medvedev …"').
  const window = first && (!quoted || scan.quotedAt(first.start, segment)) ? [first] : [];
  return { window, earlier: [], sameSentence: window, quoted, lookBack: segment, bound: !!first?.info };
}

/** The referents a pronoun is judged against, when every one of them contradicts it; undefined when it is left alone. */
function nearestReferents(w: PronounWindow, p: PronounMention, segment: number): Referent[] | undefined {
  const { window, sameSentence, lookBack } = w;
  if (sameSentence.length > 0) {
    // Same sentence first: every person before the pronoun must contradict it, and the sentence before may not
    // offer a known person of the pronoun's gender.
    if (sameSentence.some((r) => r.gender === "unknown" || r.gender === p.gender)) return undefined;
    if (!w.bound && window.some((r) => r.gender === p.gender && r.name !== "" && r.segment >= lookBack)) return undefined;
    return sameSentence;
  }
  // Quoted speech has its own referents: only a referent inside the same sentence is trusted there.
  if (w.quoted) return undefined;
  let nearest: Referent[] = [];
  for (let s = segment - 1; s >= segment - WINDOW && nearest.length === 0; s--) nearest = window.filter((r) => r.segment === s);
  if (nearest.length === 0) return undefined;
  // The sentence just before is the topic: everyone in it must contradict the pronoun; the one before it may
  // still describe people without naming them ("the president", "a nationalist"), but may not name or
  // describe anyone of the pronoun's gender.
  if (nearest.some((r) => r.gender === "unknown" || r.gender === p.gender)) return undefined;
  const topical = nearest[0].segment === segment - 1;
  if (window.some((r) => r.gender === p.gender || (r.gender === "unknown" && (!topical || r.name !== "" || r.segment === segment - 1))))
    return undefined;
  return nearest;
}

/**
 * People of the pronoun's gender named or described only after it in its sentence ("… her son David", "… his rival,
 * Sarah Palin"): they account for source marks without being its antecedent.
 */
function laterOfGender(scan: PronounScan, p: PronounMention, segment: number): number {
  const tgt = scan.ctx.target;
  const seg = tgt.segments[segment];
  return (
    personNouns(tgt.text, tgt.lang, p.end, seg.end, true).filter((n) => n.gender === p.gender).length +
    nameMentions(tgt.text, p.end, seg.end, tgt.pair).filter((m) => {
      const info = scan.people.get(lookupKey(m));
      return info ? info.gender === p.gender : m.tokens.length >= 2 && givenNameGender(m.tokens[0]) === p.gender;
    }).length
  );
}

/** Whether the aligned source sentence has a pronoun of p's gender, or one for a thing where p may stand for a thing. */
function sameOrThing(ctx: RuleContext, p: PronounMention, segment: number): boolean {
  const own = beadSource(ctx, segment);
  if (pronounsIn(own, ctx.source.lang, 0, own.length).some((q) => q.gender === p.gender)) return true;
  return pronounsForThings(ctx.target.lang) && thingPronounCount(own, ctx.source.lang, true) > 0;
}

/** One pronoun against the named people before it: flagged when they all contradict it and the source agrees. */
function checkPronoun(scan: PronounScan, p: PronounMention, segment: number): void {
  const w = windowOf(scan, p, segment);
  const since = w.bound ? segment : w.lookBack;
  const tgt = scan.ctx.target;
  if (
    !reflexiveOfSubject(tgt, tgt.segments[segment], p, w.sameSentence, w.earlier) &&
    w.earlier.some(
      (q) => q.gender === p.gender && !scan.flagged.has(q.start) && (w.sameSentence.length === 0 || scan.segmentOf(q) >= since),
    )
  )
    return;
  const nearest = nearestReferents(w, p, segment);
  const named = nearest?.filter((r) => r.info) ?? [];
  // The aligned source sentence may itself name someone of the pronoun's gender ("ella", "la periodista").
  const later = laterOfGender(scan, p, segment);
  const owner = pronounRole(scan.ctx.target, p) !== "object";
  if (named.length === 0) {
    if (nearest && scan.sourceAgrees && !w.quoted) reportDescribed(scan, p, segment, nearest, w, owner, later);
    return;
  }
  if (scan.sourceAgrees && !w.emphatic && scan.sourceMarks(segment, p.gender, owner) > later) return;
  // A source whose pronouns mark the person too may say the same ("he knew her" -> "er kenne sie"), or have an "it"
  // the pronoun translates in a language whose pronouns stand for things ("its road plans" -> "seinen Straßenbauplänen").
  if (!scan.sourceAgrees && sameOrThing(scan.ctx, p, segment)) return;
  // German "er"/"sein-" may stand for a noun of its grammatical gender named after the person ("Frau Mikels … den
  // Klassenraum … ihn"), or for anyone ("jeder … er").
  const last = Math.max(...named.map((r) => r.start));
  if (thingAntecedentIn(scan.ctx.target.text.slice(last, p.start), scan.ctx.target.lang)) return;
  const ref = named[0];
  const info = ref.info!;
  scan.flagged.add(p.start);
  scan.ctx.report({
    messageId: "pronoun",
    data: { pronoun: p.word, name: ref.name, gender: ref.gender === "f" ? "woman" : "man", evidence: info.evidence.text },
    target: { start: p.start, end: p.end },
    suggestion: suggestionFor(scan.ctx.target, p),
    // A referent of an earlier sentence is a weaker binding than one in the pronoun's own sentence.
    confidence: evidenceConfidence(info.evidence.strength) - (w.sameSentence.length > 0 ? 0 : 0.1),
  });
}

/** A pronoun whose sentence describes only people of the other gender before it, as its source shows them. */
function reportDescribed(
  scan: PronounScan,
  p: PronounMention,
  segment: number,
  nearest: Referent[],
  w: PronounWindow,
  owner: boolean,
  later: number,
): void {
  const evidence = describedVerdict(scan, p, segment, nearest, w.window, owner, later);
  if (!evidence) return;
  scan.flagged.add(p.start);
  scan.ctx.report({
    messageId: "sourceOnly",
    data: { pronoun: p.word, gender: nearest[0].gender === "f" ? "woman" : "man", evidence },
    target: { start: p.start, end: p.end },
    suggestion: suggestionFor(scan.ctx.target, p),
    confidence: 0.6,
  });
}

/**
 * Whether `accepted` (in segment order) holds a pronoun of gender g in a segment of [from, to]: `accepted.some` read
 * from the end back to segment `from` only, instead of through every pronoun accepted before (test/core/fast-paths).
 */
export function acceptedIn(accepted: readonly { segment: number; gender: Gender }[], g: Gender, from: number, to: number): boolean {
  for (let i = accepted.length - 1; i >= 0 && accepted[i].segment >= from; i--)
    if (accepted[i].gender === g && accepted[i].segment <= to) return true;
  return false;
}

/**
 * Pronouns no named referent decided, judged by the aligned source alone (its sentence and the two before it), in
 * order: one whose earlier same-gender pronoun in the window was left alone is left alone too.
 */
function checkAgainstSourceWindow(
  ctx: RuleContext,
  pronounsBySeg: (readonly PronounMention[])[],
  people: PeopleIndex,
  flagged: Set<number>,
  quotedAt: (offset: number, segment: number) => boolean,
): void {
  const accepted: { start: number; segment: number; gender: Gender }[] = [];
  pronounsBySeg.forEach((list, segment) => {
    for (const p of list) {
      if (flagged.has(p.start)) continue;
      const earlier = acceptedIn(accepted, p.gender, segment - WINDOW, segment - 1);
      // A pronoun left alone in its own sentence may still be followed by one its sentence's evidence decides.
      const here = acceptedIn(accepted, p.gender, segment, segment);
      // An opening "Ella …", or a sentence whose source says only "ella" ("Pero ella no quiere …", quoted or not),
      // decides its pronouns whatever the sentences before said.
      const verdict =
        openingSubjectVerdict(ctx, p, segment, people, list) ??
        explicitPronounVerdict(ctx, p, segment, beadSource(ctx, segment), people) ??
        (earlier || quotedAt(p.start, segment)
          ? undefined
          : ((here ? undefined : sourceWindowVerdict(ctx, p, segment, people)) ??
            ownSentenceVerdict(ctx, p, segment, people, list, here) ??
            continuingSubjectVerdict(ctx, p, segment, people, list)));
      if (!verdict) {
        accepted.push({ start: p.start, segment, gender: p.gender });
        continue;
      }
      flagged.add(p.start);
      ctx.report({
        messageId: "sourceOnly",
        data: { pronoun: p.word, gender: verdict.gender === "f" ? "woman" : "man", evidence: verdict.evidence },
        target: { start: p.start, end: p.end },
        suggestion: suggestionFor(ctx.target, p),
        // No named referent decided it: the aligned source's sentences alone are weaker evidence.
        confidence: 0.6,
      });
    }
  });
}
