// date-mismatch on the real corpus: issues on the clean newstest pairs (both directions) and a planted month swap.
import { check } from "../../src/checker";
import { RULES } from "../../src/rules";
import { buildArticle } from "./corpus";
import type { EvalContext, EvalModule } from "./types";

const ES_MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAY_AFTER = EN_MONTHS.map((m) => new RegExp(`\\b${m} \\d`));

const dates: EvalModule = {
  name: "dates",
  run(ctx: EvalContext) {
    const only = RULES.filter((r) => r.meta.id === "date-mismatch");
    let pairs = 0;
    let clean = 0;
    let planted = 0;
    let hit = 0;
    for (const a of ctx.articles) {
      const { es, en } = buildArticle(a);
      pairs += es.segments.length;
      clean += check({ source: { text: es.text, lang: "es" }, target: { text: en.text, lang: "en" } }, only).issues.length;
      clean += check({ source: { text: en.text, lang: "en" }, target: { text: es.text, lang: "es" } }, only).issues.length;
      // Plant: the first English "Month <day>" whose aligned Spanish segment names the same month becomes the next month.
      for (let k = 0; k < en.segments.length; k++) {
        const [ts, te] = en.segments[k];
        const seg = en.text.slice(ts, te);
        const sseg = es.text.slice(es.segments[k][0], es.segments[k][1]);
        const mi = DAY_AFTER.findIndex((re, i) => re.test(seg) && sseg.includes(ES_MONTHS[i]));
        if (mi < 0) continue;
        const at = ts + seg.search(DAY_AFTER[mi]);
        const swapped = en.text.slice(0, at) + EN_MONTHS[(mi + 1) % 12] + en.text.slice(at + EN_MONTHS[mi].length);
        planted++;
        const r = check({ source: { text: es.text, lang: "es" }, target: { text: swapped, lang: "en" } }, only);
        if (r.issues.some((i) => i.target?.start === at)) hit++;
        break;
      }
    }
    console.log(
      `clean newstest, both directions: ${clean} date-mismatch issues = ${((100 * clean) / (2 * pairs)).toFixed(2)} per 100 pairs`,
    );
    console.log(
      `planted month swap (es->en, "Month <day>" -> next month): ${hit}/${planted} flagged at the right place (${((100 * hit) / Math.max(1, planted)).toFixed(1)}%)`,
    );
  },
};

export default dates;
