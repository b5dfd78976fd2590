// Import progress on stderr: a redrawn bar on a terminal, a plain line every few files when piped to a log.

export interface Progress {
  update(done: number, total: number, file: string): void;
  /** Prints a line without garbling the bar. */
  log(line: string): void;
  /** Clears the bar; call once at the end. */
  done(): void;
}

interface Output {
  write(text: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

/** In a log, one line per this many files keeps long runs visible without flooding it. */
export const LINE_EVERY_FILES = 25;

const BAR_WIDTH = 24;
/** Redrawing more often than this only costs time. */
const REDRAW_MS = 80;

export function createProgress(out: Output, quiet: boolean): Progress {
  const tty = out.isTTY === true;
  let barShown = false;
  let lastDraw = 0;

  const clear = (): void => {
    if (barShown) {
      out.write('\r\x1b[2K');
      barShown = false;
    }
  };

  return {
    update(done, total, file) {
      if (quiet || total === 0) return;
      if (tty) {
        const now = Date.now();
        if (done < total && now - lastDraw < REDRAW_MS) return;
        lastDraw = now;
        const filled = Math.round((done / total) * BAR_WIDTH);
        const head = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} `;
        const room = Math.max(10, (out.columns ?? 80) - head.length - 1);
        const name = file.length > room ? `...${file.slice(file.length - room + 3)}` : file;
        out.write(`\r\x1b[2K${head}${name}`);
        barShown = true;
      } else if (done % LINE_EVERY_FILES === 0 || done === total) {
        out.write(`progress: ${done}/${total} files (${file})\n`);
      }
    },
    log(line) {
      if (quiet && !line.startsWith('interrupted')) return;
      clear();
      out.write(`${line}\n`);
    },
    done() {
      clear();
    },
  };
}
