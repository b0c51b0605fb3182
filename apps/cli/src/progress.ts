import type { Progress } from '@lens/core';

/** A progress bar on a terminal; JSON lines otherwise, so scripts and CI logs can read it. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    return (step, done, total) => {
      stream.write(
        `${JSON.stringify({ progress: step, done: done ?? null, total: total ?? null })}\n`,
      );
    };
  }
  return (step, done, total) => {
    if (done === undefined || total === undefined || total === 0) {
      stream.write(`${step}\n`);
      return;
    }
    const width = 30;
    const filled = Math.round((done / total) * width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    stream.write(`\r[${bar}] ${step} ${done}/${total}${done >= total ? '\n' : ''}`);
  };
}
