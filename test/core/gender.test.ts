import { describe, expect, it } from "vitest";
import { capitalisedWords, capitalWords, givenNameGender, nameMentions, surnamesOf } from "../../src/rules/pronoun-gender/names";
import { findEvidence } from "../../src/rules/pronoun-gender/evidence";
import { indexPeople, PeopleIndex } from "../../src/rules/pronoun-gender/people-index";
import { personNouns, pronounsIn } from "../../src/rules/pronoun-gender/pronouns";
import { otherTitle } from "../../src/rules/pronoun-gender/swaps";
import { marksGender } from "../../src/rules/pronoun-gender/agreement-marks";
import { personMarks } from "../../src/rules/pronoun-gender/sentence-evidence";
import { buildDoc } from "../../src/segment/document";
import { sideMemo } from "../../src/segment/memo";
import { NOBODY } from "../../src/rules/pronoun-gender/source-beads";
import type { Lang } from "../../src/types";
import { pairScope } from "../../src/lang/pair";
import { nameKept } from "../../src/rules/pronoun-gender/kept-names";

/** These tests read Spanish and English articles. */
const PAIR = pairScope("es", "en");

/** Evidence of a one-sentence-per-line text, as "name: gender strength «text»". */
function evidence(text: string, lang: Lang, withPronouns = false): string[] {
  const segs: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    segs.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return findEvidence({ text, lang, pair: PAIR, segments: segs }, withPronouns).map(
    (e) => `${e.mention.tokens.join(" ")}: ${e.evidence.gender}${e.evidence.strength} «${e.evidence.text}»`,
  );
}

function index(text: string, lang: Lang) {
  const segs: { start: number; end: number }[] = [];
  for (const line of text.split("\n")) {
    const start = segs.length ? segs[segs.length - 1].end + 1 : 0;
    segs.push({ start, end: start + line.length });
  }
  return indexPeople(findEvidence({ text, lang, pair: PAIR, segments: segs }, lang === "en"));
}

describe("nameMentions", () => {
  it("strips titles, keeps initials and stops at sentence ends and function words", () => {
    const t = "President George W. Bush met Ms. Ana Ruiz. Ruiz left. When Sylvana Hiltrop arrived";
    expect(nameMentions(t, 0, t.length, PAIR).map((m) => `${m.tokens.join(" ")}/${m.lead}`)).toEqual([
      "george w bush/president",
      "ana ruiz/ms",
      "ruiz/",
      "sylvana hiltrop/when",
    ]);
  });

  it("ignores acronyms", () => {
    const t = "La ONU y la OTAN";
    expect(nameMentions(t, 0, t.length, PAIR)).toEqual([]);
  });
});

describe("findEvidence (Spanish)", () => {
  it("reads determiner + title before the name, with a complement in between", () => {
    expect(evidence("La presidenta de Perú, Dina Boluarte, habló.", "es")).toContain(
      "dina boluarte: f3 «La presidenta de Perú, Dina Boluarte»",
    );
    expect(evidence("Habló el portavoz Luis Soto.", "es")).toContain("luis soto: m3 «el portavoz Luis Soto»");
    expect(evidence("Llegó la juez Carmen Vidal.", "es")).toContain("carmen vidal: f3 «la juez Carmen Vidal»");
  });

  it("reads apposition and agreement after the name", () => {
    expect(evidence("Ana Gil, la ministra de Trabajo, llegó.", "es")[0]).toBe("ana gil: f3 «Ana Gil, la ministra»");
    expect(evidence("Pedro Gil fue detenido ayer.", "es")[0]).toBe("pedro gil: m2 «Pedro Gil fue detenido»");
    expect(evidence("Rosa Ortiz, nacida en Lima, habló.", "es")[0]).toBe("rosa ortiz: f2 «Rosa Ortiz, nacida»");
  });

  it("does not give a title to the complement or to a name the title does not precede", () => {
    expect(evidence("Habló el presidente de Colombia.", "es")).toEqual([]);
    expect(evidence("La presidenta recibió a Juan.", "es").filter((e) => e.includes("f3"))).toEqual([]);
  });

  it("uses the given-name lexicon as weak evidence", () => {
    expect(evidence("Dina Boluarte viajó.", "es")).toEqual(["dina boluarte: f1 «Dina Boluarte»"]);
    expect(givenNameGender("María")).toBe("f");
    expect(givenNameGender("Andrea")).toBeUndefined();
  });
});

describe("findEvidence (English)", () => {
  it("reads honorifics, roles and an unambiguous subject pronoun", () => {
    expect(evidence("Mr. Smith spoke.", "en")).toContain("smith: m3 «Mr. Smith»");
    expect(evidence("Jane Doe, a spokeswoman for the firm, spoke.", "en")).toContain("jane doe: f3 «Jane Doe, a spokeswoman»");
    expect(evidence("Kim Lee arrived.\nShe spoke.", "en", true)).toContain("kim lee: f2 «Kim Lee … She»");
  });
});

describe("indexPeople", () => {
  it("marks a surname shared by a man and a woman as ambiguous", () => {
    const idx = index("Bill Clinton spoke.\nHillary Clinton spoke.", "en");
    expect(idx.get("clinton")?.gender).toBe("ambiguous");
  });

  it("lets a title outrank a given name, and weak evidence conflicts stay ambiguous", () => {
    expect(index("La ministra Andrea Gil habló.", "es").get("gil")?.gender).toBe("f");
    expect(index("Christopher Elwen arrived.\nShe spoke.", "en").get("elwen")?.gender).toBe("ambiguous");
  });
});

describe("pronouns and source marks", () => {
  it("finds English and Spanish third-person pronouns with their gender", () => {
    const t = "He said his wife saw her. Herself!";
    expect(pronounsIn(t, "en", 0, t.length).map((p) => `${p.word}:${p.gender}`)).toEqual(["He:m", "his:m", "her:f", "Herself:f"]);
    const e = "Él dijo que ella vino.";
    expect(pronounsIn(e, "es", 0, e.length).map((p) => p.gender)).toEqual(["m", "f"]);
  });

  it("counts the people of a gender a Spanish sentence itself marks", () => {
    const none = new Map();
    expect(marksGender("Soto dijo que la periodista tenía razón.", "es", "f", none, PAIR)).toBe(1);
    expect(marksGender("Soto dijo que ella tenía razón.", "es", "f", none, PAIR)).toBe(1);
    expect(marksGender("Soto no presentó pruebas en su país.", "es", "f", none, PAIR)).toBe(0);
    // A title and the name right after it are one person, not two.
    const mora = new Map([
      ["mora", { gender: "f" as const, evidence: { gender: "f" as const, strength: 3, text: "la señora Ana Mora" }, firstNames: ["ana"] }],
    ]);
    expect(marksGender("Gil dijo que la señora Ana Mora lo ayudó.", "es", "f", mora, PAIR)).toBe(1);
    expect(marksGender("Gil dijo que la jueza y Ana Mora lo ayudaron.", "es", "f", mora, PAIR)).toBe(2);
  });

  it("counts person nouns with a possessive ending only when asked", () => {
    const t = "She visited her son's grave.";
    expect(personNouns(t, "en", 0, t.length)).toEqual([]);
    expect(personNouns(t, "en", 0, t.length, true)).toEqual([{ start: 16, gender: "m" }]);
  });

  it("knows the other-gender form of a title", () => {
    expect(otherTitle("es", "presidente")).toBe("presidenta");
    expect(otherTitle("es", "ministra")).toBe("ministro");
    expect(otherTitle("es", "alcalde")).toBe("alcaldesa");
  });
});

describe("findEvidence: a title that owns the person in apposition", () => {
  const evidence = (t: string) =>
    findEvidence({ text: t, lang: "es", pair: PAIR, segments: [{ start: 0, end: t.length }] }, false).map(
      (e) => `${e.mention.tokens.join(" ")}:${e.evidence.gender}${e.evidence.strength}`,
    );

  it("gives a name after a comma nothing from the owner's title after a person noun", () => {
    expect(evidence("La esposa del presidente, Ana Gil, visitó Lima.")).toEqual(["ana gil:f1"]);
    expect(evidence("El hijo de la ministra, Pedro Ruiz, habló.")).toEqual(["pedro ruiz:m1"]);
  });

  it("keeps the title of the name it precedes without a comma, or after a noun that is no person", () => {
    expect(evidence("La esposa del presidente Juan Gil visitó Lima.")).toEqual(["juan gil:m3", "juan gil:m1"]);
    expect(evidence("El discurso de la presidenta, Ana Gil, fue breve.")).toEqual(["ana gil:f3", "ana gil:f1"]);
  });
});

describe("PeopleIndex", () => {
  const es =
    "La nueva presidenta Ana Gil viajó a Lima. El ministro Luis Gil llegó después.\nEl portavoz Pedro Ruiz habló. Sylvana Hiltrop fue elegida.";
  const en = "President Ana Gil travelled to Lima. Mr. Pedro Ruiz spoke. Sylvana arrived.";
  const segs = (t: string) => {
    const out: { start: number; end: number }[] = [];
    for (const m of t.matchAll(/[^.]+\./g))
      out.push({ start: m.index! + (t[m.index!] === " " || t[m.index!] === "\n" ? 1 : 0), end: m.index! + m[0].length });
    return out;
  };

  it("answers as indexPeople over both texts, working a key out only when asked", () => {
    const sides = [
      { text: es, lang: "es" as const, pair: PAIR, segments: segs(es) },
      { text: en, lang: "en" as const, pair: PAIR, segments: segs(en) },
    ];
    const eager = indexPeople([...findEvidence(sides[0], false), ...findEvidence(sides[1], false)]);
    const lazy = new PeopleIndex(sides);
    for (const key of [...eager.keys(), "lima", "nobody"]) expect(lazy.get(key)).toEqual(eager.get(key));
    expect(lazy.get("gil")?.gender).toBe("ambiguous");
    expect(lazy.get("ruiz")?.gender).toBe("m");
    expect(lazy.get("hiltrop")?.evidence.text).toBe("Sylvana Hiltrop fue elegida");
  });

  it("finds the one gendered person a lone first name belongs to", () => {
    const lazy = new PeopleIndex([
      { text: es, lang: "es", pair: PAIR, segments: segs(es) },
      { text: en, lang: "en", pair: PAIR, segments: segs(en) },
    ]);
    expect(lazy.firstName("sylvana")?.gender).toBe("f");
    expect(lazy.firstName("ana")).toBeUndefined(); // Gil is both a man and a woman here
    expect(lazy.mentionsIn(1, segs(en).length - 1).map((m) => m.tokens.join(" "))).toEqual(["sylvana"]);
  });
});

describe("pronounsIn of each segment", () => {
  it("finds the pronouns of every segment, a segment that touches the next one's word read on its own", () => {
    const t = "He left. She stayed with him.Hers was his";
    const segments = [
      { start: 0, end: 8 },
      { start: 9, end: 29 },
      { start: 29, end: t.length },
    ];
    const words = segments.map((seg) => pronounsIn(t, "en", seg.start, seg.end).map((p) => `${p.word}:${p.gender}`));
    expect(words).toEqual([["He:m"], ["She:f", "him:m"], ["Hers:f", "his:m"]]);
  });
});

describe("personMarks honorifics", () => {
  it("reads the language's honorifics (gender-cues.json) without their period", () => {
    const marks = (t: string, lang: "en" | "es") => personMarks(t, lang, NOBODY, PAIR).map((m) => `${m.kind}:${m.gender}:${m.text}`);
    expect(marks("Queen Eva Sol opened the bridge.", "en")).toEqual(["honorific:f:Queen"]);
    expect(marks("Lady Ann Gil spoke.", "en")).toEqual(["honorific:f:Lady"]);
    expect(marks("El Sr. Ruiz habló.", "es")).toEqual(["honorific:m:Sr"]);
  });
});

describe("one Spanish role-noun table (rules/es/gender-cues.json roleNouns)", () => {
  const marks = (t: string) => personMarks(t, "es", NOBODY, PAIR).map((m) => `${m.kind}:${m.gender}:${m.text}`);
  const titled = (t: string) => evidence(t, "es");
  it("gives the sentence evidence and the titles before names the same nouns", () => {
    // Once only in the sentence evidence's list: now a title before a name too.
    expect(marks("La arquitecta diseñó el puente.")).toEqual(["noun:f:La arquitecta"]);
    expect(titled("La arquitecta Ana Sol diseñó el puente.")).toContain("ana sol: f3 «La arquitecta Ana Sol»");
    // Once only a title: now a person noun of the sentence evidence too.
    expect(marks("La primera ministra habló.")).toEqual(["noun:f:La primera ministra"]);
    expect(marks("El técnico habló con la prensa.")).toEqual(["noun:m:El técnico"]);
  });
  it("reads common-gender nouns by their determiner and leaves epicene 'víctima' out", () => {
    expect(marks("La juez dictó sentencia.")).toEqual(["noun:f:La juez"]);
    expect(marks("El juez dictó sentencia.")).toEqual(["noun:m:El juez"]);
    expect(marks("La víctima declaró ayer.")).toEqual([]);
  });
});

describe("one English role-noun table (rules/en/gender-cues.json roleNouns)", () => {
  const marks = (t: string) => personMarks(t, "en", NOBODY, PAIR).map((m) => `${m.kind}:${m.gender}:${m.text}`);
  const nouns = (t: string) => personNouns(t, "en", 0, t.length).map((n) => `${t.slice(n.start).split(/\W/)[0]}:${n.gender}`);
  it("gives the sentence evidence, the referents and the titles before names the same gendered nouns", () => {
    // Once only in the sentence evidence's list: now a referent and a title before a name too.
    expect(marks("The landlady opened the door.")).toEqual(["noun:f:landlady"]);
    expect(nouns("The landlady opened the door.")).toEqual(["landlady:f"]);
    expect(evidence("Yesterday the landlady Ann Gil sold it.", "en")).toContain("ann gil: f3 «landlady Ann Gil»");
    // Once only a role of the names' titles: now a person noun of the sentence evidence too.
    expect(marks("The chairlady spoke first.")).toEqual(["noun:f:chairlady"]);
  });
  it("gives both readers the same nouns of either gender", () => {
    // Once only in the sentence evidence's neutral list, and once only in the referents' neutralRoles.
    expect(marks("The bishop met a visitor.")).toEqual(["noun:unknown:bishop", "noun:unknown:visitor"]);
    expect(nouns("The bishop met a visitor.")).toEqual(["bishop:unknown", "visitor:unknown"]);
  });
  it("reads 'someone' as a possible referent, not as a person of the sentence's evidence", () => {
    expect(nouns("They said someone left the door open.")).toEqual(["someone:unknown"]);
    expect(marks("Nobody acts on her behalf.")).toEqual(["pronoun:f:her"]);
  });
  it("reads no plural as one person", () => {
    expect(marks("The women spoke.")).toEqual([]);
    expect(nouns("The women and men spoke.")).toEqual([]);
  });
});

describe("names a translation keeps (kept-names)", () => {
  const mark = (text: string) => ({ text, gender: "unknown" as const, kind: "name" as const, start: 0, end: text.length });
  it("keeps a person's name, spelt alike or one letter apart, and drops a translated body's", () => {
    expect(nameKept(mark("Lubomír Studnička"), "es Lubomír Studnička.")).toBe(true);
    expect(nameKept(mark("Saoud"), "Prince Saud says")).toBe(true);
    expect(nameKept(mark("Tinubu's"), "del presidente Bola Tinubu")).toBe(true);
    expect(nameKept(mark("Islamic Community"), "la Comunidad Islámica local")).toBe(false);
    expect(nameKept(mark("Oriente Medio"), "in Middle-East history")).toBe(false);
  });
});

describe("surnamesOf", () => {
  it("reads the words written after a capitalised word once per check, into the check's memo, not onto the Doc", () => {
    const doc = Object.freeze(buildDoc("Owais Shah habló con Ana Ruiz. Shah y Volkswagen firmaron.", "es"));
    const side = sideMemo(doc);
    const first = surnamesOf(side);
    expect([...first].sort()).toEqual(["ruiz", "shah"]);
    expect(surnamesOf(side)).toBe(first);
    expect(side.surnames).toBe(first);
    expect(surnamesOf(sideMemo(doc))).not.toBe(first);
  });
});

describe("capitalisedWords and capitalWords answer different questions", () => {
  it("capitalisedWords: every capitalised word a text holds, also inside a word ('anti-Trump' names Trump)", () => {
    const t = "Los anti-Trump y l'Europe: eBay habló con O'Brien, dijo Ruiz.";
    expect([...capitalisedWords(t)].sort()).toEqual(["bay", "europe", "los", "o'brien", "ruiz", "trump"]);
    // capitalWords: where a name may start (whole words only), as the name scanner reads them.
    expect(capitalWords(t, 0, t.length).map((w) => w.text)).toEqual(["Los", "O'Brien", "Ruiz"]);
  });
});
