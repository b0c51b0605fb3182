import type { Progress } from '@lens/core';

/**
 * A progress bar on a terminal; JSON lines otherwise, so scripts and CI logs can read it.
 * Updates come at most every 250 ms (JSON: every second), but a step's first and last always show.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let last = 0;
  let lastStep = '';
  const due = (step: string, interval: number, done?: number, total?: number): boolean => {
    const now = Date.now();
    const finished = done !== undefined && total !== undefined && done >= total;
    if (!finished && step === lastStep && now - last < interval) return false;
    last = now;
    lastStep = step;
    return true;
  };
  if (!stream.isTTY) {
    return (step, done, total) => {
      if (!due(step, 1000, done, total)) return;
      stream.write(
        `${JSON.stringify({ progress: step, done: done ?? null, total: total ?? null })}\n`,
      );
    };
  }
  return (step, done, total) => {
    if (!due(step, 250, done, total)) return;
    if (done === undefined || total === undefined || total === 0) {
      stream.write(`\r\x1b[K${step}${done !== undefined ? ` ${done}` : ''}`);
      return;
    }
    const width = 30;
    const filled = Math.round((done / total) * width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    stream.write(`\r\x1b[K[${bar}] ${step} ${done}/${total}${done >= total ? '\n' : ''}`);
  };
}
