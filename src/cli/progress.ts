// A progress line for long runs on an interactive terminal: files done / total, replies, elapsed.
// It redraws in place on stderr at most ten times a second and erases itself when the run ends.
// Never shown in CI, when stderr is not a terminal, with --quiet, or for runs of 200 files or fewer.

export const PROGRESS_MIN_FILES = 200;
const REDRAW_MS = 100;

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export function progressWanted(stream: ProgressStream, quiet: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (quiet || !stream.isTTY) return false;
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return false;
  if (env.TERM === 'dumb') return false;
  return true;
}

export class Progress {
  private replies = 0;
  private lastDraw = 0;
  private shown = false;
  private readonly started: number;

  constructor(private readonly stream: ProgressStream, private readonly now: () => number = Date.now) {
    this.started = now();
  }

  /** Called as each file finishes; draws only for runs over the threshold. */
  update(done: number, total: number, replies: number): void {
    this.replies += replies;
    if (total <= PROGRESS_MIN_FILES) return;
    const t = this.now();
    if (done < total && t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    const elapsed = ((t - this.started) / 1000).toFixed(1);
    const pct = Math.floor((done / total) * 100);
    let line = `complaintlint: ${done}/${total} files (${pct}%), ${this.replies} ${this.replies === 1 ? 'reply' : 'replies'}, ${elapsed}s`;
    const width = (this.stream.columns || 80) - 1; // 0 when the terminal size is unknown
    if (line.length > width) line = line.slice(0, Math.max(10, width));
    this.stream.write(`\r\x1b[2K${line}`);
    this.shown = true;
  }

  /** Erases the line so the report starts on a clean line. */
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
