import { defineRule, type RuleContext } from "../../check/rule";
import {
  findEvidence,
  givenNameGender,
  indexPeople,
  lookupKey,
  marksGender,
  nameMentions,
  otherDeterminer,
  otherParticiple,
  otherPerson,
  otherTitle,
  PeopleIndex,
  personNouns,
  pronounsBySegment,
  subjectPronoun,
  unknownPersonLike,
  type Gender,
  type KeyInfo,
  type PronounMention,
} from "./gender";
import type { Lang } from "../../types";
import { byLanguage, languageOf } from "../../lang/registry";
import type { Doc } from "../../segment/document";
import { alignedSource, sourceWindowVerdict, spanishPronounsAgainstSource } from "./source-window-gender";
import { checkGenderWords, keepingSpans, ownSentenceVerdict } from "./own-sentence";

/** A possible referent in the target: a name mention with what is known of its gender. */
interface Referent {
  start: number;
  segment: number;
  gender: Gender | "unknown";
  name: string;
  info?: KeyInfo;
}

/** A pronoun language's grammar of pronouns (rules/<code>/gender-cues.json), compiled. */
interface PronounGrammar {
  roles: Record<string, string>;
  swaps: Record<string, string>;
  ambiguous: { object: string; possessive: string } | undefined;
  /** What may follow an object pronoun: a closing mark, the end, or a word of objectContextWords. */
  objectContext: RegExp;
  /** A subordinate clause with its own subject: "why a pair …", "because the law …", "that it …". */
  ownClause: RegExp;
}

const GRAMMAR: Record<Lang, PronounGrammar> = byLanguage(({ gender: g }) => ({
  roles: g.pronounRoles ?? {},
  swaps: g.pronounSwaps ?? {},
  ambiguous: g.ambiguousSwap,
  // regex-safe: alternations of literal words after a fixed prefix; no nested quantifier
  objectContext: new RegExp(`^(?:\\s*[,.;:!?)”"']|\\s*$|\\s+(?:${(g.objectContextWords ?? []).join("|") || "(?!)"})\\b)`, "i"),
  // regex-safe: one alternation of literal words, then another; no nested quantifier
  ownClause: new RegExp(
    `\\b(?:${(g.clauseOpeners ?? []).join("|") || "(?!)"})\\s+(?:${(g.clauseSubjects ?? []).join("|") || "(?!)"})\\s`,
    "gi",
  ),
}));

function caseLike(model: string, word: string): string {
  return model[0] === model[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

/** The right pronoun for a flagged one, or undefined when "her" -> "his"/"him" cannot be decided. */
function suggestionFor(doc: Doc, p: PronounMention): string | undefined {
  const w = p.word.toLowerCase();
  const g = GRAMMAR[doc.lang];
  if (g.roles[w] !== "objectOrPossessive" || !g.ambiguous) return Object.hasOwn(g.swaps, w) ? caseLike(p.word, g.swaps[w]) : undefined;
  const after = doc.text.slice(p.end, p.end + 12);
  if (g.objectContext.test(after)) return caseLike(p.word, g.ambiguous.object);
  if (LOWERCASE_WORD_NEXT.test(after)) return caseLike(p.word, g.ambiguous.possessive);
  return undefined;
}

/** Whether an own subordinate clause (with a subject of its own) starts between `from` and `to`: an object pronoun
 * there is outside the named person's clause, so binding does not keep it from referring to that person. */
function ownClauseAfter(text: string, lang: Lang, from: number, to: number): boolean {
  const between = text.slice(from, to);
  const re = GRAMMAR[lang].ownClause;
  re.lastIndex = 0;
  return re.test(between);
}

/** How a pronoun is used: "her" is possessive before a word that starts a noun phrase, an object otherwise. */
function pronounRole(doc: Doc, p: PronounMention): "subject" | "possessive" | "object" | "reflexive" {
  const g = GRAMMAR[doc.lang];
  const role = Object.hasOwn(g.roles, p.word.toLowerCase()) ? g.roles[p.word.toLowerCase()] : "object";
  if (role === "objectOrPossessive") {
    const after = doc.text.slice(p.end, p.end + 12);
    return !g.objectContext.test(after) && LOWERCASE_WORD_NEXT.test(after) ? "possessive" : "object";
  }
  return role as "subject" | "possessive" | "reflexive" | "object";
}

/** Whether an offset of a segment lies inside a quotation of its paragraph (quoted speech has its own referents). */
function quoteState(doc: Doc): (offset: number, segment: number) => boolean {
  const byParagraph = new Map<number, Uint8Array>();
  return (offset, segment) => {
    const para = doc.paragraphs[doc.segments[segment].paragraph];
    let state = byParagraph.get(para.index);
    if (!state) {
      state = new Uint8Array(para.end - para.start);
      let depth = 0;
      let straight = 0;
      for (let i = para.start; i < para.end; i++) {
        const ch = doc.text.charCodeAt(i);
        state[i - para.start] = depth > 0 || straight % 2 === 1 ? 1 : 0;
        if (ch === 0x201c || ch === 0xab) depth++;
        else if ((ch === 0x201d || ch === 0xbb) && depth > 0) depth--;
        else if (ch === 34) straight++;
      }
      byParagraph.set(para.index, state);
    }
    return state[offset - para.start] === 1;
  };
}

const NO_REFERENTS: readonly Referent[] = [];

/** Name mentions and gendered nouns of each target segment asked for, in order, resolved against the people index. */
function referentsOf(ctx: RuleContext, people: PeopleIndex, needed: boolean[]): (readonly Referent[])[] {
  const out: (readonly Referent[])[] = [];
  let sourceNames: Set<string> | undefined;
  for (const seg of ctx.target.segments) {
    if (!needed[seg.index]) {
      out.push(NO_REFERENTS);
      continue;
    }
    const list: Referent[] = [];
    for (const m of people.mentionsIn(1, seg.index)) {
      const found = people.get(lookupKey(m)) ?? (m.tokens.length === 1 ? people.firstName(m.tokens[0]) : people.get(m.tokens[0]));
      const info = found && !otherPerson(m, found) ? found : undefined;
      const name = ctx.target.text.slice(m.start, m.end);
      if (info) {
        list.push({ start: m.start, segment: seg.index, gender: info.gender === "ambiguous" ? "unknown" : info.gender, name, info });
      } else if (unknownPersonLike(ctx.target.text, m, (sourceNames ??= people.capitalisedOfFirst()), ctx.target.pair)) {
        // A lone first name the source leaves ungendered still tells its bearer's gender ("David").
        const given = m.tokens.length === 1 ? givenNameGender(m.tokens[0]) : undefined;
        list.push({ start: m.start, segment: seg.index, gender: given ?? "unknown", name });
      }
    }
    for (const n of personNouns(ctx.target.text, ctx.target.lang, seg.start, seg.end)) {
      list.push({ start: n.start, segment: seg.index, gender: n.gender, name: "" });
    }
    out.push(list.sort((a, b) => a.start - b.start));
  }
  return out;
}

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
    },
    confidence: 0.7,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "Tomás Ruiz llegó tarde al juicio. La señora Gil, su madre, no habló con la prensa.",
        target: "Tomás Ruiz arrived late for the trial. Mrs Gil, his mother, did not speak to the press.",
      },
      {
        from: "es",
        to: "en",
        source: "Tomás Ruiz llegó tarde al juicio. Marta Gil, su madre, declaró que ella no sabía nada.",
        target: "Tomás Ruiz arrived late for the trial. Marta Gil, his mother, said she knew nothing.",
      },
      {
        from: "es",
        to: "en",
        source: "La presidenta Dina Boluarte viajó a Lima. Boluarte no presentó pruebas en su país.",
        target: "President Dina Boluarte travelled to Lima. Boluarte did not present evidence in her country.",
      },
      {
        from: "es",
        to: "en",
        source: "El canciller Héctor Timerman llegó el lunes. Timerman dijo que la reunión fue útil.",
        target: "Foreign Minister Héctor Timerman arrived on Monday. Timerman said he found the meeting useful.",
      },
      {
        from: "es",
        to: "en",
        source: "La ministra Ana Ruiz se reunió con el alcalde Pedro Gil. Ruiz le dijo que esperaría.",
        target: "Minister Ana Ruiz met Mayor Pedro Gil. Ruiz told him she would wait.",
      },
      {
        from: "es",
        to: "en",
        source: "La jueza Carmen Vidal habló con el acusado. «Él sabía todo», dijo Vidal.",
        target: 'Judge Carmen Vidal spoke to the defendant. "He knew everything," Vidal said.',
      },
      {
        from: "es",
        to: "en",
        source: "El portavoz Luis Soto habló con una periodista. Soto dijo que ella tenía razón.",
        target: "Spokesman Luis Soto spoke to a reporter. Soto said she was right.",
      },
      {
        from: "en",
        to: "es",
        source: "Ms. Laura Chinchilla visited Madrid. She met the king.",
        target: "La presidenta Laura Chinchilla visitó Madrid. Se reunió con el rey.",
      },
      {
        from: "es",
        to: "en",
        source: "El ministro Luis Gil y la jueza Ana Mora se reunieron. Gil dijo que ella tenía razón.",
        target: "Minister Luis Gil and Judge Ana Mora met. Gil said she was right.",
      },
      {
        from: "es",
        to: "en",
        source: "«La presidenta ha mentido», dijo el senador Raúl Soto.",
        target: '"The president lied," said Senator Raúl Soto, adding that he would vote against her.',
      },
      {
        // The English source contradicts itself (a woman's given name, a man's role): no correction is trusted.
        from: "en",
        to: "es",
        source: "Spokesman Jana Novak confirmed the visit.",
        target: "La portavoz Jana Novak confirmó la visita.",
      },
      {
        // An object pronoun cannot refer to its own clause's subject: "her" is the judge of the sentence before.
        from: "es",
        to: "en",
        source: "El ministro Luis Gil elogió a la jueza Ana Mora. Gil la felicitó en público.",
        target: "Minister Luis Gil praised Judge Ana Mora. Gil congratulated her in public.",
      },
      {
        // Inside a quotation the speaker says "I": "his" is the man of the sentence before, not the quoted judge.
        from: "es",
        to: "en",
        source: "La jueza Carmen Vidal visitó a Pedro Gil. Vidal escribió: «Lamento su pérdida».",
        target: 'Judge Carmen Vidal visited Pedro Gil. Vidal wrote: "I regret his loss."',
      },
      {
        // An object pronoun in a clause of its own may refer to someone else; here the source says it is the judge.
        from: "es",
        to: "en",
        source: "La jueza Ana Ruiz visitó la escuela. El alcalde Pedro Gil está contento porque la reforma le conviene a ella.",
        target: "Judge Ana Ruiz visited the school. Mayor Pedro Gil is pleased because the reform suits her.",
      },
      {
        // The source sentence itself names the woman the pronoun refers to.
        from: "es",
        to: "en",
        source: "El alcalde Pedro Gil recibió a la jueza Ana Mora. Gil dijo que la jueza no dimitiría.",
        target: "Mayor Pedro Gil received Judge Ana Mora. Gil said she would not resign.",
      },
      {
        // The mayor opens the sentence, but the minister of the sentence before is a woman "her" may refer to.
        from: "es",
        to: "en",
        source: "El alcalde de Quito recibió a la ministra. El alcalde dijo que su visita fue útil.",
        target: "The mayor of Quito received the minister. The mayor said her visit was useful.",
      },
      {
        // No gendered subject opens the source sentence ("sentada" agrees with someone the window does not name).
        from: "es",
        to: "en",
        source: "Cuando está sentada en clase, el profesor habla demasiado rápido.",
        target: "When she sits in class, the teacher speaks too fast.",
      },
      {
        // "en ella" is "in it" (the office), not a woman: the client may well introduce himself.
        from: "es",
        to: "en",
        source: "La oficina abrió en mayo y el cliente trabaja en ella.",
        target: "The office opened in May and the client works there; he likes it.",
      },
      {
        // The English speaks of a woman and a man: "él" may be the man.
        from: "en",
        to: "es",
        source: "She thanked him for the report.",
        target: "Ella le dio las gracias a él por el informe.",
      },
      {
        // A possessed person ("su hijo") says nothing of the owner the pronouns stand for.
        from: "es",
        to: "en",
        source: "Visitó a su hijo en el hospital, según dijo.",
        target: "She visited her son in the hospital, she said.",
      },
      {
        // "de ella" is the holster: a Spanish pronoun after a preposition may stand for a thing.
        from: "en",
        to: "es",
        source: "He took the rifle from his back, opened a holster and, as he always did, pulled out a small bag.",
        target: "Tomó el rifle de su espalda, abrió una funda y, como siempre, sacó de ella una bolsa pequeña.",
      },
      {
        // "vencedora" after a noun is an adjective ("el arma vencedora"), not a woman.
        from: "en",
        to: "es",
        source: "He said the winning weapon was the economy.",
        target: "Dijo que el arma vencedora era la economía.",
      },
      {
        // "He" comes before the president: the English says nothing of the president's gender.
        from: "en",
        to: "es",
        source: "He thanked the president for the support.",
        target: "Agradeció a la presidenta el apoyo.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "La presidenta Dina Boluarte viajó a Lima. Boluarte no presentó pruebas en su país.",
        target: "President Dina Boluarte travelled to Lima. Boluarte did not present evidence in <marker>his</marker> country.",
        suggestion: "her",
      },
      {
        from: "es",
        to: "en",
        source: "El vocero Carlos Ruiz habló el martes. Ruiz dijo que no habrá cambios.",
        target: "Spokesman Carlos Ruiz spoke on Tuesday. Ruiz said <marker>she</marker> expected no changes.",
        suggestion: "he",
      },
      {
        from: "es",
        to: "en",
        source: "La senadora Rosa Ortiz fue elegida en 2010. Ortiz renunció a su escaño.",
        target: "Senator Rosa Ortiz was elected in 2010. Ortiz gave up <marker>his</marker> seat.",
        suggestion: "her",
      },
      {
        from: "en",
        to: "es",
        source: "Ms. Helen Clark, the minister, arrived on Monday.",
        target: "<marker>El ministro</marker> Helen Clark llegó el lunes.",
        suggestion: "La ministra",
      },
      {
        from: "es",
        to: "en",
        source: "El alcalde Pedro Gil llegó tarde. Los vecinos lo esperaban desde el mediodía.",
        target: "Mayor Pedro Gil arrived late. Residents had been waiting for <marker>her</marker> since noon.",
        suggestion: "him",
      },
      {
        from: "es",
        to: "en",
        source: "La jueza Carmen Vidal llegó temprano. Carmen dijo que su decisión era firme.",
        target: "Judge Carmen Vidal arrived early. Carmen said <marker>his</marker> decision was final.",
        suggestion: "her",
      },
      {
        from: "en",
        to: "es",
        source: "Ms. Rosa Vidal won the vote on Sunday.",
        target: "Rosa Vidal fue <marker>elegido</marker> el domingo.",
        suggestion: "elegida",
      },
      {
        from: "en",
        to: "es",
        source: "Mr. John Ortiz spoke first. He thanked the voters.",
        target: "Habló primero <marker>la senadora</marker> John Ortiz. Agradeció a los votantes.",
        suggestion: "el senador",
      },
      {
        // A possessive after the sentence's own named subject refers to her, even after a man in the sentence before.
        from: "es",
        to: "en",
        source: "La senadora Rosa Ortiz criticó al ministro Luis Gil. Al día siguiente, Ortiz presentó su renuncia.",
        target: "Senator Rosa Ortiz criticised Minister Luis Gil. The next day Ortiz handed in <marker>his</marker> resignation.",
        suggestion: "her",
      },
      {
        // An object pronoun outside its clause's subject ("because the reform suits …") may refer to the named person.
        from: "es",
        to: "en",
        source: "La jueza Ana Ruiz visitó la escuela. El alcalde Pedro Gil está contento porque la reforma le conviene a él.",
        target: "Judge Ana Ruiz visited the school. Mayor Pedro Gil is pleased because the reform suits <marker>her</marker>.",
        suggestion: "him",
      },
      {
        // So does the subject of a clause reporting what that person said.
        from: "es",
        to: "en",
        source: "El alcalde Pedro Gil recibió a la jueza Ana Mora. Después Gil dijo que no dimitiría.",
        target: "Mayor Pedro Gil received Judge Ana Mora. Afterwards Gil said <marker>she</marker> would not resign.",
        suggestion: "he",
      },
      {
        // The sentence before is the topic; an unnamed spokesperson two sentences back does not compete.
        from: "es",
        to: "en",
        source: "Una portavoz confirmó la visita. «No cambiaremos de rumbo», dijo el presidente Luis Gil. Quiere reformar la ley.",
        target:
          'A spokesperson confirmed the visit. "We will not change course," said President Luis Gil. <marker>She</marker> wants to reform the law.',
        suggestion: "He",
      },
      {
        // "su hijo" in the source is the son named after the pronoun, not a rival referent.
        from: "es",
        to: "en",
        source: "La ministra Ana Ruiz visitó la tumba de su hijo.",
        target: "Minister Ana Ruiz visited <marker>his</marker> son's grave.",
        suggestion: "her",
      },
      {
        // "la señora Ana Mora" is one woman, named after the pronoun: the source offers no other referent.
        from: "es",
        to: "en",
        source: "El señor Luis Gil dijo que cuando llegó a la ciudad, la señora Ana Mora lo ayudó.",
        target: "Mr. Luis Gil said that when <marker>she</marker> arrived in the city, Ms. Ana Mora helped him.",
        suggestion: "he",
      },
      {
        // A lone first name is gendered by the given-name list: David is no referent for "her".
        from: "es",
        to: "en",
        source: "El alcalde Pedro Gil y David llegaron al hospital, donde Gil le dio su reloj.",
        target: "Mayor Pedro Gil and David arrived at the hospital, where Gil gave him <marker>her</marker> watch.",
        suggestion: "his",
      },
      {
        // No name anywhere: the source sentence opens with its gendered subject.
        from: "es",
        to: "en",
        source: "El alcalde de Quito no ocultó su enfado.",
        target: "The mayor of Quito did not hide <marker>her</marker> anger.",
        suggestion: "his",
      },
      {
        // The name in apposition to the opening title is that person, not a second referent.
        from: "es",
        to: "en",
        source: "El ministro de Hacienda, Pedro Ruiz, dijo que en su opinión no habrá cambios.",
        target: "The finance minister, Pedro Ruiz, said that in <marker>her</marker> view there will be no changes.",
        suggestion: "his",
      },
      {
        from: "es",
        to: "en",
        source: "Ella dirige la fundación desde 2015.",
        target: "<marker>He</marker> has run the foundation since 2015.",
        suggestion: "She",
      },
      {
        // The source's own pronoun, translated with the other gender.
        from: "es",
        to: "en",
        source: "Según él, la ley es injusta.",
        target: "According to <marker>her</marker>, the law is unfair.",
        suggestion: "him",
      },
      {
        // en -> es: the English pronoun is the only person of the sentence.
        from: "en",
        to: "es",
        source: "She told me that the bank was closed.",
        target: "<marker>Él</marker> me dijo que el banco estaba cerrado.",
        suggestion: "Ella",
      },
      {
        // A role noun with its determiner, no name: the pronoun follows the mayor in the target sentence.
        from: "es",
        to: "en",
        source: "La alcaldesa inauguró el mercado el lunes y explicó su proyecto.",
        target: "The mayor opened the market on Monday and explained <marker>his</marker> project.",
        suggestion: "her",
      },
      {
        // A title right before a name the article says nothing else about.
        from: "es",
        to: "en",
        source: "El cantante Iker Lasa presentó su disco en Bilbao.",
        target: "The singer Iker Lasa presented <marker>her</marker> album in Bilbao.",
        suggestion: "his",
      },
      {
        // Agreement: "detenida" in apposition to the surname marks a woman.
        from: "es",
        to: "en",
        source: "Ortiz, detenida el martes, negó los cargos.",
        target: "Ortiz, arrested on Tuesday, denied the charges against <marker>him</marker>.",
        suggestion: "her",
      },
      {
        // en -> es: a Spanish determiner and role noun of the wrong gender for an English gendered role noun.
        from: "en",
        to: "es",
        source: "The spokeswoman said the plan would go ahead.",
        target: "<marker>El portavoz</marker> dijo que el plan seguiría adelante.",
        suggestion: "La portavoz",
      },
      {
        // en -> es: "the minister" is the "she" that follows it.
        from: "en",
        to: "es",
        source: "The minister said she would resign.",
        target: "<marker>El ministro</marker> dijo que dimitiría.",
        suggestion: "La ministra",
      },
      {
        // en -> es: a participle of the wrong gender for the dropped subject.
        from: "en",
        to: "es",
        source: "She was arrested on Tuesday.",
        target: "Fue <marker>detenido</marker> el martes.",
        suggestion: "detenida",
      },
      {
        // en -> es: a name of known gender in apposition tells its neutral title's ("Laura Vidal, the new coach").
        from: "en",
        to: "es",
        source: "Laura Vidal, the new coach, thanked the fans for the welcome.",
        target: "Laura Vidal, <marker>el nuevo entrenador</marker>, agradeció a la afición la bienvenida.",
        suggestion: "la nueva entrenadora",
      },
      {
        // en -> es: a name in apposition after a neutral title ("The prime minister of Ruritania, Ana Ruiz").
        from: "en",
        to: "es",
        source: "The prime minister of Ruritania, Ana Ruiz, opened the summit.",
        target: "<marker>El primer ministro</marker> de Ruritania, Ana Ruiz, inauguró la cumbre.",
        suggestion: "La primera ministra",
      },
      {
        // The source opens with an explicit subject: the target's opening subject contradicts it, whoever else is named.
        from: "es",
        to: "en",
        source: "Él nunca habló con Volkova sobre el contrato.",
        target: "<marker>She</marker> never spoke to Volkova about the contract.",
        suggestion: "He",
      },
      {
        // "She" may be a dropped subject (the councillor of the sentence before: a man); "her" after the mayor, whom
        // the source marks as a man like everyone before, is wrong.
        from: "es",
        to: "en",
        source:
          "Los vecinos del mercado se quejaron del ruido. El concejal dijo que hablaría con ellos. Criticó al alcalde de la ciudad por su gestión de las obras.",
        target:
          "Residents near the market complained about the noise. The councillor said he would talk to them. She criticised the city's mayor for <marker>her</marker> handling of the works.",
        suggestion: "his",
      },
    ],
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
      checkGenderWords(ctx, indexPeople(findEvidence(ctx.source, true)), kept.spans);
    }
  },
});

/** Text of the source segments aligned with target segment `j`. */
function sourceTextOf(ctx: RuleContext, j: number): string {
  return alignedSource(ctx, j, j);
}

const APPOSITION_GAP = /^\s*[,(—–]\s*$/;

/** Whether a named referent is directly followed by the pronoun after a comma, bracket or dash ("X, his mother"). */
function inApposition(text: string, r: Referent, p: PronounMention): boolean {
  return r.name !== "" && APPOSITION_GAP.test(text.slice(r.start + r.name.length, p.start));
}

function checkEnglishPronouns(ctx: RuleContext): void {
  const src = ctx.source;
  const tgt = ctx.target;
  const pronounsBySeg = pronounsBySegment(tgt.text, tgt.lang, tgt.segments);
  if (pronounsBySeg.every((list) => list.length === 0)) return;
  // Referents matter only in a pronoun's sentence and the two before it.
  const needed = tgt.segments.map(() => false);
  pronounsBySeg.forEach((list, k) => {
    if (list.length > 0) for (let s = Math.max(0, k - 2); s <= k; s++) needed[s] = true;
  });
  const people = new PeopleIndex([src, tgt]);
  const refsBySeg = referentsOf(ctx, people, needed);
  const quotedAt = quoteState(tgt);
  const flagged = new Set<number>();
  const segOfPronoun = new Map<PronounMention, number>();
  for (const [k, list] of pronounsBySeg.entries()) for (const q of list) segOfPronoun.set(q, k);
  const getSeg = (q: PronounMention) => segOfPronoun.get(q) ?? 0;
  // A source whose titles and pronouns agree with the person (Spanish) may itself say who a pronoun is.
  const sourceAgrees = languageOf(src.lang).gender.system === "agreement";
  // How many people of each gender the aligned source sentence marks, per target segment (asked once per pronoun).
  const marks = new Map<number, number>();
  const sourceMarks = (segment: number, g: Gender): number => {
    const key = segment * 2 + (g === "f" ? 1 : 0);
    let n = marks.get(key);
    if (n === undefined) marks.set(key, (n = marksGender(sourceTextOf(ctx, segment), src.lang, g, people, src.pair)));
    return n;
  };

  for (const seg of tgt.segments) {
    for (const p of pronounsBySeg[seg.index]) checkPronoun(p, seg.index);
  }
  if (sourceAgrees) checkAgainstSourceWindow(ctx, pronounsBySeg, people, flagged, quotedAt);

  function checkPronoun(p: PronounMention, segment: number): void {
    const window: Referent[] = [];
    const earlier: PronounMention[] = [];
    // "Marta Gil, his mother": a name in apposition to the possessive's noun is the possessed person, not its owner.
    const possessive = pronounRole(tgt, p) === "possessive";
    for (let s = Math.max(0, segment - 2); s <= segment; s++) {
      for (const r of refsBySeg[s]) if (r.start < p.start && !(possessive && inApposition(tgt.text, r, p))) window.push(r);
      for (const q of pronounsBySeg[s]) if (q.start < p.start) earlier.push(q);
    }
    const quoted = quotedAt(p.start, segment);
    const sameSentence = window.filter((r) => r.segment === segment && (quoted || !quotedAt(r.start, r.segment)));
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
      sameSentence.every((r) => quotedAt(r.start, r.segment) === quoted);
    const since = bound ? segment : lookBack;
    if (earlier.some((q) => q.gender === p.gender && !flagged.has(q.start) && (sameSentence.length === 0 || getSeg(q) >= since))) return;
    let nearest: Referent[];
    if (sameSentence.length > 0) {
      // Same sentence first: every person before the pronoun must contradict it, and the sentence before may not
      // offer a known person of the pronoun's gender.
      nearest = sameSentence;
      if (sameSentence.some((r) => r.gender === "unknown" || r.gender === p.gender)) return;
      if (!bound && window.some((r) => r.gender === p.gender && r.name !== "" && r.segment >= lookBack)) return;
    } else {
      // Quoted speech has its own referents: only a referent inside the same sentence is trusted there.
      if (quoted) return;
      nearest = [];
      for (let s = segment - 1; s >= segment - 2 && nearest.length === 0; s--) nearest = window.filter((r) => r.segment === s);
      if (nearest.length === 0) return;
      // The sentence just before is the topic: everyone in it must contradict the pronoun; the one before it may
      // still describe people without naming them ("the president", "a nationalist"), but may not name or
      // describe anyone of the pronoun's gender.
      if (nearest.some((r) => r.gender === "unknown" || r.gender === p.gender)) return;
      const topical = nearest[0].segment === segment - 1;
      if (window.some((r) => r.gender === p.gender || (r.gender === "unknown" && (!topical || r.name !== "" || r.segment === segment - 1))))
        return;
    }
    const named = nearest.filter((r) => r.info);
    if (named.length === 0) return;
    // The aligned source sentence may itself name someone of the pronoun's gender ("ella", "la periodista").
    // People of the pronoun's gender named or described only after it in the sentence ("… her son David",
    // "… his rival, Sarah Palin") account for source marks without being its antecedent: discount them.
    const seg = tgt.segments[segment];
    const later =
      personNouns(tgt.text, tgt.lang, p.end, seg.end, true).filter((n) => n.gender === p.gender).length +
      nameMentions(tgt.text, p.end, seg.end, tgt.pair).filter((m) => {
        const info = people.get(lookupKey(m));
        return info ? info.gender === p.gender : m.tokens.length >= 2 && givenNameGender(m.tokens[0]) === p.gender;
      }).length;
    if (sourceAgrees && sourceMarks(segment, p.gender) > later) return;
    const ref = named[0];
    const info = ref.info!;
    flagged.add(p.start);
    ctx.report({
      messageId: "pronoun",
      data: { pronoun: p.word, name: ref.name, gender: ref.gender === "f" ? "woman" : "man", evidence: info.evidence.text },
      target: { start: p.start, end: p.end },
      suggestion: suggestionFor(tgt, p),
      // A referent of an earlier sentence is a weaker binding than one in the pronoun's own sentence.
      confidence: evidenceConfidence(info.evidence.strength) - (sameSentence.length > 0 ? 0 : 0.1),
    });
  }
}

/**
 * Confidence of a finding from the source's evidence of the person's gender: an explicit title or determiner
 * ("la presidenta") 0.9, agreement or a pronoun ("elegida", "ella") 0.75, a given name's usual gender 0.55.
 */
export function evidenceConfidence(strength: number): number {
  return strength >= 3 ? 0.9 : strength === 2 ? 0.75 : 0.55;
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
      const earlier = accepted.some((q) => q.gender === p.gender && q.segment >= segment - 2 && q.segment < segment);
      // A pronoun left alone in its own sentence may still be followed by one its sentence's evidence decides.
      const here = accepted.some((q) => q.gender === p.gender && q.segment === segment);
      const verdict =
        earlier || quotedAt(p.start, segment)
          ? undefined
          : ((here ? undefined : sourceWindowVerdict(ctx, p, segment, people)) ?? ownSentenceVerdict(ctx, p, segment, people, list, here));
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

/** The cue rewritten for the other gender: "el ministro" -> "la ministra", "elegido" -> "elegida"; undefined if unsure. */
function swapCue(lang: Lang, cue: string): string | undefined {
  const words = cue.split(/\s+/);
  if (words.length === 1) {
    const w = words[0];
    const title = otherTitle(lang, w);
    if (title && title !== w.toLowerCase()) return caseLike(w, title);
    return otherParticiple(lang, w);
  }
  const det = otherDeterminer(lang, words[0]);
  const rest = words.slice(1).join(" ");
  const title = otherTitle(lang, rest);
  if (!det) return undefined;
  return `${caseLike(words[0], det)} ${title ? caseLike(rest, title) : rest}`;
}

/** en -> es: "él"/"ella" of the wrong gender for the English sentence they translate. */
function checkSpanishPronouns(ctx: RuleContext): void {
  for (const seg of ctx.target.segments) {
    for (const f of spanishPronounsAgainstSource(ctx, seg.index)) {
      const right = subjectPronoun(ctx.target.lang, f.gender) ?? f.pronoun.word;
      ctx.report({
        messageId: "sourceOnly",
        data: { pronoun: f.pronoun.word, gender: f.gender === "f" ? "woman" : "man", evidence: f.evidence },
        target: { start: f.pronoun.start, end: f.pronoun.end },
        suggestion: caseLike(f.pronoun.word, right),
      });
    }
  }
}

/** en -> es: "el ministro Helen Clark", "Clark, elegido…" for a person the English source marks as a woman. */
function checkSpanishTitles(ctx: RuleContext): void {
  const src = ctx.source;
  const tgt = ctx.target;
  const evidence = findEvidence(src, true);
  if (!evidence.some((e) => e.evidence.strength >= 2)) return;
  const index = indexPeople(evidence);
  // A source that contradicts itself about one full name ("spokesman Jana …": a woman's given name) is not trusted
  // to correct the translation.
  const byFullName = new Map<string, Set<string>>();
  for (const { mention, evidence: e } of evidence) {
    if (mention.tokens.length < 2) continue;
    const full = mention.tokens.join(" ");
    byFullName.set(full, (byFullName.get(full) ?? new Set<string>()).add(e.gender));
  }
  const selfContradicted = new Set<string>();
  for (const [full, set] of byFullName) if (set.size > 1) for (const t of full.split(" ").slice(1)) selfContradicted.add(t);
  const seen = new Set<number>();
  for (const { mention, evidence: cue } of findEvidence(tgt, false)) {
    if (!cue.cue || seen.has(cue.cue.start)) continue;
    const info = index.get(lookupKey(mention));
    // A given name alone is too weak to correct an explicit Spanish title.
    if (!info || info.gender === "ambiguous" || info.evidence.strength < 2 || otherPerson(mention, info)) continue;
    if (selfContradicted.has(lookupKey(mention))) continue;
    // A full name must be the same person: its first word among the first names the source used with the surname.
    if (mention.tokens.length >= 2 && info.firstNames.length > 0 && !info.firstNames.includes(mention.tokens[0])) continue;
    if (cue.gender === info.gender) continue;
    seen.add(cue.cue.start);
    const word = tgt.text.slice(cue.cue.start, cue.cue.end);
    ctx.report({
      messageId: "title",
      data: {
        title: word,
        name: tgt.text.slice(mention.start, mention.end),
        gender: info.gender === "f" ? "woman" : "man",
        evidence: info.evidence.text,
      },
      target: { start: cue.cue.start, end: cue.cue.end },
      suggestion: swapCue(tgt.lang, word),
      confidence: evidenceConfidence(info.evidence.strength),
    });
  }
}

/** Spaces and then a lower-case letter: the word after a pronoun is no name ("her own", "her sister"). */
const LOWERCASE_WORD_NEXT = /^\s+\p{Ll}/u;
