// Mutations the way real copy goes wrong: marks, quotes, numbers, abbreviations, breaks, markup, lost sentences.
import type { Format, Lang } from "../../src/types";
import type { ArticlePair } from "./corpus";
import { caseSeed, Rng } from "./rng";

/** One generated check: its inputs and the names of the mutations applied (for the failure file). */
export interface FuzzCase {
  index: number;
  article: string;
  from: Lang;
  to: Lang;
  format: Format;
  source: string;
  target: string;
  mutations: string[];
}

type Para = string[];
const MARKS = ["?", "!", ".", ",", ";", ":", "…"];
const OPENERS_CLOSERS = ["¿", "¡", "«", "»", "“", "”", "„", '"', "'", "‘", "’", "(", ")", "[", "]"];
const FLIP: Record<string, string> = {
  "“": "”",
  "”": "“",
  "«": "»",
  "»": "«",
  "(": ")",
  ")": "(",
  "[": "]",
  "]": "[",
  "¿": "?",
  "?": "¿",
  "¡": "!",
  "!": "¡",
  "‘": "’",
  "’": "‘",
};
const ABBREVIATIONS = [
  "a. m.",
  "p. m.",
  "EE. UU.",
  "Sr.",
  "Sra.",
  "Dr.",
  "etc.",
  "U.S.",
  "a.m.",
  "No.",
  "pág.",
  "St.",
  "Mr.",
  "S.A.",
  "núm.",
  "i.e.",
  "(ed.)",
  "1.º",
  "Jr.",
];
const HTML_TOKENS = [
  "<b>",
  "</b>",
  "<i>",
  "</p>",
  "<p>",
  "<br>",
  "<br/>",
  "&amp;",
  "&nbsp;",
  "&#8220;",
  "&#x201D;",
  "&",
  "<!-- x -->",
  "<",
  ">",
  "<script>x</script>",
  '<a href="?q=1&amp;b">',
  "</a>",
  "<h2>",
  "</h2>",
  "<li>",
  "<pre>",
  "</pre>",
  "&bogus;",
  "<!--",
];
const MD_TOKENS = [
  "**",
  "*",
  "_",
  "__",
  "`",
  "``",
  "```\n",
  "# ",
  "## ",
  "> ",
  "- ",
  "1. ",
  "[",
  "](http://x.y)",
  "\\",
  "~~",
  "<b>",
  "&amp;",
  "  \n",
  "---\n",
  "![",
  "<!--",
  "\\*",
];
const ODD = [
  "\u00a0",
  "\u202f",
  "\u200b",
  "\u202e",
  "\u2028",
  "\t",
  "\r\n",
  "😀",
  "\ud83d",
  "\ufeff",
  "–",
  "—",
  "-",
  "%",
  "°",
  "º",
  "$",
  "€",
];

/** An index in [0, text.length] that does not split a surrogate pair. */
function safeAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at > 0 && c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

/** A random position matching `re` (its match index plus `shift`), or any position when none matches. */
function spot(text: string, rng: Rng, re: RegExp, shift = 0): number {
  const at: number[] = [];
  for (const m of text.matchAll(re)) if (at.length < 400) at.push(m.index + (shift < 0 ? m[0].length + shift + 1 : shift));
  return safeAt(text, at.length ? rng.pick(at) : rng.int(0, text.length));
}

const insertAt = (text: string, at: number, s: string) => text.slice(0, at) + s + text.slice(at);
const run = (rng: Rng) => Array.from({ length: rng.int(1, 5) }, () => rng.pick(MARKS)).join("");
const SENT_END = /[.?!…»”"](?=\s|$)/g;
const SENT_START = /(?:^|\n\n|[.?!] )(?=\S)/g;

/** Character-level mutations of one rendered side. */
const CHAR_MUTATIONS: Record<string, (t: string, rng: Rng, f: Format) => string> = {
  markRunAtEnd: (t, rng) => insertAt(t, spot(t, rng, SENT_END, 1), run(rng)),
  markRunBeforeEnd: (t, rng) => insertAt(t, spot(t, rng, SENT_END), run(rng)),
  markRunAtStart: (t, rng) => insertAt(t, spot(t, rng, SENT_START, -1), run(rng) + (rng.chance(0.5) ? " " : "")),
  duplicateMark: (t, rng) => {
    const at = spot(t, rng, /[?!.,;:…]/g);
    return insertAt(t, at, (t[at] ?? "?").repeat(rng.int(1, 4)));
  },
  quoteRemove: (t, rng) => {
    const at = spot(t, rng, /[«»“”„"'‘’()[\]¿¡]/g);
    return t.slice(0, at) + t.slice(at + 1);
  },
  quoteDouble: (t, rng) => {
    const at = spot(t, rng, /[«»“”„"'‘’()[\]¿¡]/g);
    return insertAt(t, at, t[at] ?? "«");
  },
  quoteFlip: (t, rng) => {
    const at = spot(t, rng, /[«»“”()[\]¿¡?!‘’]/g);
    const c = t[at];
    return c && FLIP[c] ? t.slice(0, at) + FLIP[c] + t.slice(at + 1) : t;
  },
  insertMark: (t, rng) => insertAt(t, spot(t, rng, rng.chance(0.5) ? / /g : /[.,?!]/g, rng.int(0, 1)), rng.pick(OPENERS_CLOSERS)),
  digitChange: (t, rng) => {
    const at = spot(t, rng, /\d/g);
    return /\d/.test(t[at] ?? "") ? t.slice(0, at) + String(rng.int(0, 9)) + t.slice(at + 1) : insertAt(t, at, String(rng.int(0, 99999)));
  },
  separatorChange: (t, rng) => {
    const at = spot(t, rng, /(?<=\d)[.,:\s'](?=\d)/g);
    return t.slice(0, at) + rng.pick([".", ",", ":", " ", "\u00a0", "", "'", ".,"]) + t.slice(at + 1);
  },
  numberInsert: (t, rng) =>
    insertAt(
      t,
      spot(t, rng, / /g, 1),
      rng.pick([
        "10.30 h ",
        "10:30 ",
        "3,5 % ",
        "1.500.000 ",
        "2024 ",
        "XIV ",
        "1,000.5 ",
        "3 de mayo de 2024 ",
        "May 3, 2024 ",
        "½ ",
        "0,0001 ",
        "99999999999999999999 ",
      ]),
    ),
  abbreviation: (t, rng) => insertAt(t, spot(t, rng, / /g, 1), rng.pick(ABBREVIATIONS) + (rng.chance(0.7) ? " " : "")),
  lineBreak: (t, rng) =>
    insertAt(t, spot(t, rng, rng.chance(0.5) ? / /g : /[.,;:?!]/g, 1), rng.pick(["\n", "\n\n", "\n\n\n", " \n", "\r\n"])),
  formatToken: (t, rng, f) => {
    const tokens = f === "html" ? HTML_TOKENS : f === "markdown" ? MD_TOKENS : rng.chance(0.5) ? HTML_TOKENS : MD_TOKENS;
    return insertAt(t, spot(t, rng, rng.chance(0.5) ? / /g : /\n/g, rng.int(0, 1)), rng.pick(tokens));
  },
  oddCharacter: (t, rng) => insertAt(t, safeAt(t, rng.int(0, t.length)), rng.pick(ODD)),
};

/** Structure-level mutations of one side's paragraphs of sentences. */
const STRUCT_MUTATIONS: Record<string, (ps: Para[], rng: Rng) => void> = {
  sentenceDelete: (ps, rng) => {
    const p = rng.pick(ps);
    if (p.length) p.splice(rng.int(0, p.length - 1), 1);
  },
  sentenceRepeat: (ps, rng) => {
    const p = rng.pick(ps);
    if (p.length) {
      const k = rng.int(0, p.length - 1);
      p.splice(k, 0, ...Array(rng.int(1, 3)).fill(p[k]));
    }
  },
  sentenceSwap: (ps, rng) => {
    const a = rng.pick(ps);
    const b = rng.pick(ps);
    if (a.length && b.length) {
      const i = rng.int(0, a.length - 1);
      const j = rng.int(0, b.length - 1);
      [a[i], b[j]] = [b[j], a[i]];
    }
  },
  paragraphEmpty: (ps, rng) => {
    const p = rng.pick(ps);
    p.splice(0, p.length, ...(rng.chance(0.5) ? [] : [rng.pick([" ", "\u00a0", "  \t"])]));
  },
  paragraphMerge: (ps, rng) => {
    if (ps.length < 2) return;
    const k = rng.int(0, ps.length - 2);
    ps.splice(k, 2, [...ps[k], ...ps[k + 1]]);
  },
};
const CHAR_NAMES = Object.keys(CHAR_MUTATIONS);
const STRUCT_NAMES = Object.keys(STRUCT_MUTATIONS);

/** A side as the format writes it: text paragraphs, HTML <p>/<h1>, or Markdown with a heading and list items. */
function render(ps: Para[], format: Format, rng: Rng): string {
  const paras = ps.map((p) => p.join(" "));
  if (format === "html")
    return paras.map((p, k) => (k === 0 && rng.chance(0.5) ? `<h1>${p}</h1>` : `<p>${p}</p>`)).join(rng.chance(0.5) ? "\n" : "");
  if (format === "markdown") return paras.map((p, k) => (k === 0 ? `# ${p}` : rng.chance(0.1) ? `- ${p}` : p)).join("\n\n");
  return paras.join("\n\n");
}

/** Case `index` of run `seed`: a window of a corpus article pair, mutated on one or both sides. */
export function makeCase(pairs: readonly ArticlePair[], seed: number, index: number): FuzzCase {
  const rng = new Rng(caseSeed(seed, index));
  const pair = rng.pick(pairs);
  const whole = rng.chance(0.01);
  const p0 = whole ? 0 : rng.int(0, pair.source.length - 1);
  const count = whole ? pair.source.length : rng.int(1, 4);
  const source = pair.source.slice(p0, p0 + count).map((p) => p.slice(0, 8));
  const target = pair.target.slice(p0, p0 + count).map((p) => p.slice(0, 8));
  const format: Format = rng.pick(["text", "text", "text", "html", "markdown"]);
  const mutations: string[] = [];
  const n = rng.int(1, 6);
  const sides = { source, target };
  const chars: { side: "source" | "target"; name: string }[] = [];
  for (let k = 0; k < n; k++) {
    const side = rng.chance(0.7) ? "target" : "source";
    if (rng.chance(0.2)) {
      const name = rng.pick(STRUCT_NAMES);
      if (sides[side].length) STRUCT_MUTATIONS[name](sides[side], rng);
      mutations.push(`${side}:${name}`);
    } else chars.push({ side, name: rng.pick(CHAR_NAMES) });
  }
  const text = { source: render(source, format, rng), target: render(target, format, rng) };
  for (const c of chars) {
    text[c.side] = CHAR_MUTATIONS[c.name](text[c.side], rng, format);
    mutations.push(`${c.side}:${c.name}`);
  }
  return { index, article: pair.id, from: pair.from, to: pair.to, format, source: text.source, target: text.target, mutations };
}
