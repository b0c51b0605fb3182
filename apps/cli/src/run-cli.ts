import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../bin/lens.mjs');

/** Runs `lens` against a database, as a user would; for the command-line tests. */
export function lens(
  url: string,
  args: string[],
  timeout = 120_000,
  env: Record<string, string> = {},
) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, LENS_DATABASE_URL: url, ...env },
    encoding: 'utf8',
    timeout,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
