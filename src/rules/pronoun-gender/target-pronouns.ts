// What the English pronoun check reads of the two documents alone, before any alignment: the target's pronouns by
// segment, the people index of both documents, the referents of the sentences a pronoun may look back to, and where
// quotations run. Worked out once per check and kept in its memo: a check on two threads starts the rule before the
// alignment is known (src/cli/two-threads.ts MEMO_FIRST_RULES), and the rule, run again once it is, finds them there.
import type { RuleContext } from "../../check/rule";
import { PeopleIndex } from "./people-index";
import { pronounsIn, withoutSlashPairs } from "./pronouns";
import { quoteState, type Referent, referentsOf } from "./referents";
import { WINDOW } from "./source-beads";
import type { PronounMention } from "./types";

/** The target's pronouns and the people and referents they are judged against (`targetPronouns`). */
export interface TargetPronouns {
  pronounsBySeg: (readonly PronounMention[])[];
  people: PeopleIndex;
  refsBySeg: (readonly Referent[])[];
  quotedAt: (offset: number, segment: number) => boolean;
}

declare module "../../segment/memo" {
  interface CheckMemo {
    /** `targetPronouns` (src/rules/pronoun-gender/target-pronouns.ts): null when the target has no pronoun. */
    englishPronouns?: TargetPronouns | null;
  }
}

/** The target's pronouns, people and referents, worked out once per check; null when the target has no pronoun. */
export function targetPronouns(ctx: RuleContext): TargetPronouns | null {
  if (ctx.memo.englishPronouns === undefined) ctx.memo.englishPronouns = readTargetPronouns(ctx);
  return ctx.memo.englishPronouns;
}

function readTargetPronouns(ctx: RuleContext): TargetPronouns | null {
  const tgt = ctx.target;
  // "his/her" names no one's gender: neither half is judged.
  const pronounsBySeg = tgt.segments.map((seg) => withoutSlashPairs(tgt.text, pronounsIn(tgt.text, tgt.lang, seg.start, seg.end)));
  if (pronounsBySeg.every((list) => list.length === 0)) return null;
  // Referents matter only in a pronoun's sentence and the two before it.
  const needed = tgt.segments.map(() => false);
  pronounsBySeg.forEach((list, k) => {
    if (list.length > 0) for (let s = Math.max(0, k - WINDOW); s <= k; s++) needed[s] = true;
  });
  const people = new PeopleIndex([ctx.source, ctx.target]);
  return { pronounsBySeg, people, refsBySeg: referentsOf(ctx, people, needed), quotedAt: quoteState(ctx.target) };
}
