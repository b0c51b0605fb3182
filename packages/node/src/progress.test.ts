import { describe, expect, it } from 'vitest';
import { terminalProgress } from './progress';

function fakeStream(isTTY: boolean) {
  const out: string[] = [];
  return {
    out,
    stream: { isTTY, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream,
  };
}

describe('progress output', () => {
  it('prints JSON lines off a terminal: the first and last of a step, not every update', () => {
    const { out, stream } = fakeStream(false);
    const progress = terminalProgress(stream);
    for (let done = 0; done <= 100; done++) progress('importing ged.csv (MB)', done, 100);
    expect(out.map((l) => JSON.parse(l) as { done: number })).toEqual([
      { progress: 'importing ged.csv (MB)', done: 0, total: 100 },
      { progress: 'importing ged.csv (MB)', done: 100, total: 100 },
    ]);
  });

  it('draws a bar on a terminal and ends the line when the step is done', () => {
    const { out, stream } = fakeStream(true);
    const progress = terminalProgress(stream);
    progress('loading countries', 0, 260);
    progress('loading countries', 260, 260);
    expect(out.at(-1)).toContain('[##############################] loading countries 260/260\n');
  });
});
