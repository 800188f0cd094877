// pronoun-gender: which title a name in a sentence is that person's (issue 12), for personMarks.
import type { PersonMark, Words } from "./sentence-evidence";

/** What lies between a name and the noun in apposition after it ("Kenan Kolat, chairman"; "Ruiz, the new manager"). */
// regex-safe: one bounded character class, no nested quantifier
const APPOSITION = /^,[\p{L}\s]{0,30}$/u;

/** What lies between a title and the name in apposition after it ("The prime minister of Ruritania, Ana Ruiz"). */
const TITLE_APPOSITION = /^[\s\p{L}.()-]{0,80},\s*$/u;

/** What lies between a title and a name past its complement with no comma ("of the Calabrese local council"). */
// regex-safe: one bounded character class, no nested quantifier
const TITLE_COMPLEMENT = /^\s[\s\p{L}.-]{0,60}\s$/u;

/** Whether a title's complement opens with one of titleLinks and holds none of complementBreaks ("of Brazil and"). */
function linkedComplement(between: string, w: Words): boolean {
  const words = between.trim().toLowerCase().split(/\s+/u);
  return w.titleLinks.has(words[0]) && !words.some((x) => w.complementBreaks.has(x));
}

/**
 * The title a name is that person's: right before it ("la ministra Ana Ruiz"), in apposition after it ("Kenan Kolat,
 * chairman"), before it past a complement and a comma ("The prime minister of Ruritania, Ana Ruiz") or past one of
 * titleLinks and its words ("The president of the local council Agazio Loiero"), no person noun between. Capitalised
 * words of the complement ("Head of Trauma Surgery of …, Yves Catoné") are then no one.
 */
export function titleOf(text: string, out: PersonMark[], m: { start: number; end: number }, w: Words): PersonMark | undefined {
  const before = (k: PersonMark, re: RegExp) =>
    k.kind === "noun" &&
    k.end <= m.start &&
    re.test(text.slice(k.end, m.start)) &&
    // "portavoz del fiscal …, Theodore Romankow": the name after a complement that names a person is that person's.
    !out.some((o) => o.kind === "noun" && o.start >= k.end && o.end <= m.start);
  const right = out.find(
    (k) => k.kind !== "agreement" && k.end <= m.start && m.start - k.end < 4 && /^[\s.,]*$/u.test(text.slice(k.end, m.start)),
  );
  const title =
    right ??
    out.find((k) => k.kind === "noun" && k.start > m.end && APPOSITION.test(text.slice(m.end, k.start))) ??
    out.find((k) => before(k, TITLE_APPOSITION)) ??
    out.find((k) => before(k, TITLE_COMPLEMENT) && linkedComplement(text.slice(k.end, m.start), w));
  if (title && title !== right && title.end <= m.start) {
    for (let j = out.length - 1; j >= 0; j--)
      if (out[j].kind === "name" && out[j].gender === "unknown" && out[j].start >= title.end && out[j].end <= m.start) out.splice(j, 1);
  }
  return title;
}
