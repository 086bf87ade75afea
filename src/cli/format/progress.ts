/**
 * A one-line progress display on stderr, only when stderr is a terminal (so logs and
 * pipes stay clean). Redrawn at most ten times a second.
 */
export interface ProgressLine {
  update(done: number, parts: string, total?: number | null): void;
  done(): void;
}

export function progressLine(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, label: string): ProgressLine {
  if (!stream.isTTY) return { update() {}, done() {} };
  const started = Date.now();
  let last = 0;
  let drawn = false;
  return {
    update(done, parts, total) {
      const t = Date.now();
      if (t - last < 100) return;
      last = t;
      const secs = (t - started) / 1000;
      const rate = secs > 0 ? done / secs : 0;
      let bar = '';
      if (total && total > 0) {
        const width = 24;
        const filled = Math.min(width, Math.round((done / total) * width));
        bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} `;
      } else {
        bar = `${done} `;
      }
      const text = `${label} ${bar}${parts}  ${rate.toFixed(1)}/s`;
      const width = (stream.columns ?? 100) - 1;
      stream.write(`\r${text.slice(0, width).padEnd(Math.min(width, text.length + 2))}\u001b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
