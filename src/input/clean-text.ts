import type { Extracted } from "./extract";

const BLANK_RE = /^\s*$/;

/**
 * Builds the clean text of a marked-up submission one character at a time, recording for every clean
 * character the raw [start, end) that produced it, and the paragraph boundaries. Whitespace collapses to one
 * space; line breaks ("\n") and paragraph breaks are only emitted before the next visible character, so no
 * paragraph starts or ends with whitespace.
 */
export class CleanTextBuilder {
  private text = "";
  private starts: number[] = [];
  private ends: number[] = [];
  private paragraphs: Extracted["paragraphs"] = [];
  /** Clean offset where the open paragraph starts, or -1 when none is open. */
  private paragraphStart = -1;
  private pendingSpace: [number, number] | null = null;
  private pendingBreaks = 0;
  private pendingBreak: [number, number] = [0, 0];

  /** Appends visible text (one or more UTF-16 units) produced by raw [start, end). */
  add(chars: string, start: number, end: number): void {
    if (this.paragraphStart < 0 && BLANK_RE.test(chars)) return; // no paragraph starts with blank text
    if (this.paragraphStart >= 0 && this.pendingBreaks >= 2) this.closeParagraph();
    if (this.paragraphStart < 0) {
      if (this.paragraphs.length > 0) {
        const prevEnd = this.ends[this.ends.length - 1];
        this.push("\n\n", prevEnd, Math.max(prevEnd, start));
      }
      this.paragraphStart = this.text.length;
    } else if (this.pendingBreaks > 0) {
      this.push("\n", this.pendingBreak[0], this.pendingBreak[1]);
    } else if (this.pendingSpace) {
      this.push(" ", this.pendingSpace[0], this.pendingSpace[1]);
    }
    this.pendingSpace = null;
    this.pendingBreaks = 0;
    this.push(chars, start, end);
  }

  /** Collapsible whitespace at raw [start, end). */
  space(start: number, end: number): void {
    if (this.paragraphStart < 0 || this.pendingBreaks > 0) return;
    if (this.pendingSpace && this.pendingSpace[1] === start) this.pendingSpace[1] = end;
    else if (!this.pendingSpace) this.pendingSpace = [start, end];
  }

  /** A line break (a segment boundary inside the paragraph) produced by raw [start, end); two make a paragraph break. */
  lineBreak(start: number, end: number): void {
    if (this.paragraphStart < 0) return;
    if (this.pendingBreaks === 0) this.pendingBreak = [start, end];
    this.pendingBreaks++;
    this.pendingSpace = null;
  }

  /** Ends the open paragraph (a block element boundary, a blank line). */
  paragraphBreak(): void {
    if (this.paragraphStart >= 0) this.closeParagraph();
  }

  /** The clean text, its raw-offset map and its paragraphs. */
  finish(): Extracted {
    this.paragraphBreak();
    return {
      text: this.text,
      map: { starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) },
      paragraphs: this.paragraphs,
    };
  }

  private closeParagraph(): void {
    this.paragraphs.push({ index: this.paragraphs.length, start: this.paragraphStart, end: this.text.length });
    this.paragraphStart = -1;
    this.pendingSpace = null;
    this.pendingBreaks = 0;
  }

  private push(chars: string, start: number, end: number): void {
    this.text += chars;
    for (let k = 0; k < chars.length; k++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }
}
