import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@lens/db';

/**
 * Runs `once` RUNS times on a new SQLite file and, with LENS_TEST_PG_URL, on that PostgreSQL
 * server with its public schema emptied before each run; returns each database's results.
 */
export async function onEachDatabase<R>(
  prefix: string,
  runs: number,
  once: (url: string) => Promise<R>,
): Promise<Array<[string, R[]]>> {
  const targets: Array<[string, () => string]> = [
    ['sqlite', () => `sqlite:${path.join(mkdtempSync(path.join(tmpdir(), prefix)), 'lens.db')}`],
  ];
  const pg = process.env.LENS_TEST_PG_URL;
  if (pg) targets.push(['postgres', () => pg]);
  const out: Array<[string, R[]]> = [];
  for (const [name, url] of targets) {
    const results: R[] = [];
    for (let i = 0; i < runs; i++) {
      if (name === 'postgres') {
        const c = openDatabase(url());
        await c.db.schema.dropSchema('public').ifExists().cascade().execute();
        await c.db.schema.createSchema('public').execute();
        await c.close();
      }
      results.push(await once(url()));
    }
    out.push([name, results]);
  }
  return out;
}

export const median = (xs: number[]): number =>
  xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
