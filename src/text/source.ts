/** A 1-based line and column (in UTF-16 code units, 1-based) in a text. */
export interface Position {
  line: number;
  column: number;
}

/**
 * A text with its line table, so that any offset can be turned into a line and column and back.
 * Lines are split on "\n" only: the text is expected to have gone through {@link prepareText}.
 */
export class SourceText {
  readonly text: string;
  readonly lines: readonly string[];
  private readonly starts: number[];

  constructor(text: string) {
    this.text = text;
    const lines = text.split('\n');
    this.lines = lines;
    const starts: number[] = new Array(lines.length);
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
      starts[i] = offset;
      offset += (lines[i] as string).length + 1;
    }
    this.starts = starts;
  }

  /** Number of lines (a trailing newline makes a last, empty line). */
  get lineCount(): number {
    return this.lines.length;
  }

  /** The text of a 1-based line, or "" outside the text. */
  line(n: number): string {
    return this.lines[n - 1] ?? '';
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(n: number): number {
    if (n < 1) return 0;
    if (n > this.starts.length) return this.text.length;
    return this.starts[n - 1] as number;
  }

  /** The line and column of an offset (clamped to the text). */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] as number) + 1 };
  }

  /** The offset of a 1-based line and column. */
  offsetAt(pos: Position): number {
    return this.lineStart(pos.line) + Math.max(0, pos.column - 1);
  }
}
