/** Line and column (1-based; columns count Unicode code points) of each offset of one text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  /** `line:column` of a UTF-16 offset. */
  at(offset: number): string {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = [...this.text.slice(this.starts[lo], offset)].length + 1;
    return `${lo + 1}:${column}`;
  }
}
