// Gender evidence in a French source sentence for the independent pronoun planting (fr->en), with its own small
// word lists: nothing from the rule, its analyzers or rules/fr/. Subject pronouns il/elle (impersonal "il y a",
// "il faut", "il est … de" left out), a person noun with its determiner ("la ministre", "le président"), a title
// before a name ("la chancelière Angela Merkel", "Mme Royal") and surnames the article genders that way.

type Gender = "m" | "f";
/** The evidence kinds of scripts/eval/pronoun-independent.ts. */
type Kind = "explicit pronoun" | "role noun" | "title before name" | "agreement" | "article-level";
interface Evidence {
  kind: Kind;
  gender: Gender;
}

/** French person nouns (masculine, feminine); one form for both when they are the same (then the determiner says). */
const FR_ROLES: [string, string][] = [
  ["président", "présidente"],
  ["vice-président", "vice-présidente"],
  ["ministre", "ministre"],
  ["premier ministre", "première ministre"],
  ["chancelier", "chancelière"],
  ["maire", "maire"],
  ["directeur", "directrice"],
  ["secrétaire", "secrétaire"],
  ["juge", "juge"],
  ["avocat", "avocate"],
  ["député", "députée"],
  ["sénateur", "sénatrice"],
  ["gouverneur", "gouverneure"],
  ["roi", "reine"],
  ["prince", "princesse"],
  ["chef", "cheffe"],
  ["candidat", "candidate"],
  ["conseiller", "conseillère"],
  ["ambassadeur", "ambassadrice"],
  ["entraîneur", "entraîneuse"],
  ["joueur", "joueuse"],
  ["acteur", "actrice"],
  ["écrivain", "écrivaine"],
  ["porte-parole", "porte-parole"],
  ["dirigeant", "dirigeante"],
  ["fondateur", "fondatrice"],
  ["auteur", "autrice"],
  ["chercheur", "chercheuse"],
  ["frère", "sœur"],
  ["fils", "fille"],
  ["mari", "épouse"],
  ["père", "mère"],
  ["chanteur", "chanteuse"],
  ["journaliste", "journaliste"],
  ["procureur", "procureure"],
  ["patron", "patronne"],
];
const DET_M = ["le", "du", "au", "un", "ce", "cet"];
const DET_F = ["la", "une", "cette"];
const FORMS = new Map<string, Gender | "either">();
for (const [m, f] of FR_ROLES) {
  FORMS.set(m, m === f ? "either" : "m");
  if (m !== f) FORMS.set(f, "f");
}
const L = "\\p{L}";
const ROLE_ALT = [...FORMS.keys()].sort((a, b) => b.length - a.length).join("|");
const DET_ALT = [...DET_M, ...DET_F].join("|");
const DET_ROLE = new RegExp(
  `(?<![${L}'’])(${DET_ALT})\\s+(?:(?:nouveau|nouvelle|ancien|ancienne|ex-|actuel|actuelle)\\s*)?(${ROLE_ALT})(?![${L}-])(\\s+\\p{Lu})?`,
  "giu",
);
/** A role after an elided article ("l'ancienne ministre", "l'avocate"): its own form only. */
const ELIDED_ROLE = new RegExp(`(?<![${L}])[lL]['’](?:ancien\\s+|ancienne\\s+)?(${ROLE_ALT})(?![${L}-])`, "gu");
const PRONOUN = /(?<![\p{L}'’])(il|elle)(?![\p{L}'’-])/giu;
/** Impersonal "il": il y a, il faut, il s'agit, il semble, il reste, il paraît, il est … de/que. */
const IMPERSONAL = /^\s+(?:y\s|faut|s['’]agit|semble|reste|paraît|para[iî]t|suffit|importe|vaut|est\s+\p{L}+\s+(?:de|d['’]|que))/iu;
const HONORIFIC = /(?<!\p{L})(M\.|Mme|Mlle|Madame|Monsieur)\s+(\p{Lu}\p{Ll}+)/gu;
const TITLED_NAME = new RegExp(`(?<![${L}])(${DET_ALT})\\s+(${ROLE_ALT})\\s+((?:\\p{Lu}\\p{Ll}+\\s+)*\\p{Lu}\\p{Ll}+)`, "gu");

const detGender = (det: string): Gender => (DET_F.includes(det.toLowerCase()) ? "f" : "m");
const honorificGender = (h: string): Gender => (h === "M." || h === "Monsieur" ? "m" : "f");

/** Every piece of gender evidence in a French source sentence. */
export function frEvidence(seg: string, surnames: Map<string, Gender | null>): Evidence[] {
  const out: Evidence[] = [];
  for (const m of seg.matchAll(PRONOUN)) {
    const lower = m[1].toLowerCase();
    if (lower === "il" && IMPERSONAL.test(seg.slice((m.index ?? 0) + 2, (m.index ?? 0) + 40))) continue;
    out.push({ kind: "explicit pronoun", gender: lower === "elle" ? "f" : "m" });
  }
  for (const m of seg.matchAll(DET_ROLE)) {
    const form = FORMS.get(m[2].toLowerCase());
    out.push({ kind: m[3] ? "title before name" : "role noun", gender: form === "either" || !form ? detGender(m[1]) : form });
  }
  for (const m of seg.matchAll(ELIDED_ROLE)) {
    const form = FORMS.get(m[1].toLowerCase());
    if (form && form !== "either") out.push({ kind: "role noun", gender: form });
  }
  for (const m of seg.matchAll(HONORIFIC)) out.push({ kind: "title before name", gender: honorificGender(m[1]) });
  for (const [name, g] of surnames) {
    if (g && new RegExp(`(?<!${L})${name}(?!${L})`, "u").test(seg)) out.push({ kind: "article-level", gender: g });
  }
  return out;
}

/** Surnames the whole French article genders ("la ministre Ana Ruiz", "Mme Ruiz"); null where it says both. */
export function frSurnames(text: string): Map<string, Gender | null> {
  const out = new Map<string, Gender | null>();
  const note = (name: string, g: Gender) => out.set(name, out.has(name) && out.get(name) !== g ? null : g);
  for (const m of text.matchAll(TITLED_NAME)) {
    const form = FORMS.get(m[2].toLowerCase());
    note(m[3].split(/\s+/).pop()!, form === "either" || !form ? detGender(m[1]) : form);
  }
  for (const m of text.matchAll(HONORIFIC)) note(m[2], honorificGender(m[1]));
  return out;
}
