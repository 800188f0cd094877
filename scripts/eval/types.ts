import type { Lang } from "../../src/types";
import type { NewstestArticle } from "./corpus";

/** What every evaluation module receives. */
export interface EvalContext {
  /** The newstest articles (clean professional pairs), possibly limited by --limit. */
  articles: NewstestArticle[];
  /** Folder holding the corpus files (bio-mqm, wmt24 …). */
  corpusDir: string;
  /** --pair xx-yy: the one direction to measure (suites that read it run on that pair's corpora). */
  pair?: { from: Lang; to: Lang };
}

/** One section of `npm run eval`: prints its own measurements. */
export interface EvalModule {
  name: string;
  /** Runs only when named in --only (long or interactive sections). */
  onRequest?: boolean;
  run(ctx: EvalContext): void | Promise<void>;
}
