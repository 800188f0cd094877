/** Stands in the clean text for one inline code (a tag or a placeholder element), so spans can point at it. */
export const CODE_CHAR = "\ufffc";

/** One inline code of a segment, as the file has it: its element, its id and its raw span. */
export interface InlineCode {
  /** Element name; the closing tag of a paired element is "/" + name (e.g. "g", "/g"). */
  kind: string;
  /** The id that pairs it across languages (id, x or i attribute), or null. */
  id: string | null;
  /** Raw span of the whole element in the file. */
  start: number;
  end: number;
}

/** The clean text of one segment of a bilingual file, with the raw span of every character and its codes. */
export class SegText {
  text = "";
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Inline codes in order; code k stands at clean offset `codeAt[k]` (a CODE_CHAR). */
  readonly codes: InlineCode[] = [];
  readonly codeAt: number[] = [];

  /** Appends decoded text; `start`/`end` is its raw span (exclusive). Same length: char by char; else all of it. */
  addText(data: string, start: number, end: number): void {
    const exact = data.length === end - start;
    for (let i = 0; i < data.length; i++) {
      this.starts.push(exact ? start + i : start);
      this.ends.push(exact ? start + i + 1 : end);
    }
    this.text += data;
  }

  /** Appends an inline code as one CODE_CHAR mapped to its raw element. */
  addCode(code: InlineCode): void {
    this.codes.push(code);
    this.codeAt.push(this.text.length);
    this.addText(CODE_CHAR, code.start, code.end);
  }
}
