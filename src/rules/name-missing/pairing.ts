// Which new name of a target sentence stands in the place of which lost source name (name-missing's own pairing,
// split out of name-missing.ts for its size).
import type { RuleContext } from "../../check/rule";
import { peopleIn, type Person } from "./people";

/** [start, end) of a sentence or bead side. */
type Span = { start: number; end: number };

/**
 * The lost source names of a bead paired with the new target names that stand in their place, as many pairs as the
 * fewer of the two: each lost name, in order, with a new name, each taken once. A new person (a given name of the
 * tables) is taken before a proper-looking run (`strict`), and that before any other new run, unless another stands
 * much nearer the lost name's place: a name's place in the target sentence is compared with the lost name's in the
 * source sentence (a translation keeps a name about where the source has it), and a new run elsewhere in the
 * sentence ("Scott Avenue", "White House") is another thing the sentence names.
 */
export function pairUp(
  ctx: RuleContext,
  names: { gone: Person[]; added: Person[]; strict: Person[] },
  source: Span,
  target: Span,
): [Person, Person][] {
  const { gone, added, strict } = names;
  if (!gone.length || !added.length) return [];
  const people = added.length > 1 ? peopleIn(ctx.target.text, target.start, target.end, ctx.target.lang) : [];
  const person = (x: Person) => people.some((y) => x.start <= y.start && y.end <= x.end);
  const free = [...added];
  const out: [Person, Person][] = [];
  for (const g of gone) {
    if (!free.length) break;
    const at = share(g, source);
    const cost = (x: Person) => Math.abs(share(x, target) - at) + (person(x) ? 0 : strict.includes(x) ? 0.5 : 1);
    let best = 0;
    for (let i = 1; i < free.length; i++) if (cost(free[i]) < cost(free[best])) best = i;
    out.push([g, free.splice(best, 1)[0]]);
  }
  return out;
}

/** A name's middle as a share (0 to 1) of its sentence span. */
const share = (x: Person, s: Span) => ((x.start + x.end) / 2 - s.start) / Math.max(1, s.end - s.start);
