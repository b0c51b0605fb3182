/**
 * What the HTTP benches share: `lens serve` on a new SQLite database (or a server already running
 * at BENCH_URL, set up with the same token), its first admin, and an API token for the load.
 */
import { mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../../apps/server/src/serve-process';

export const BENCH_SETUP_TOKEN = 'bench-setup-token';
const ADMIN = { username: 'admin', password: 'a long and careful passphrase' };

export interface BenchServer {
  readonly url: string;
  /** `authorization: Bearer ...` for an admin's API token. */
  readonly auth: { authorization: string };
  readonly databaseUrl: string;
  /** The server process (undefined with BENCH_URL). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export async function benchServer(
  name: string,
  port: number,
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `lens-bench-${name}-`));
  const databaseUrl = `sqlite:${path.join(dir, 'lens.db')}`;
  const s = process.env.BENCH_URL
    ? { url: process.env.BENCH_URL, child: undefined, stop: () => Promise.resolve() }
    : await serve(databaseUrl, port, {
        LENS_SETUP_TOKEN: BENCH_SETUP_TOKEN,
        LENS_REPORTER_KEY: randomBytes(32).toString('base64'),
        ...env,
      });
  const json = { 'content-type': 'application/json' };
  const user = (await (
    await fetch(`${s.url}/api/setup`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ token: BENCH_SETUP_TOKEN, ...ADMIN }),
    })
  ).json()) as { id: number };
  const login = await fetch(`${s.url}/api/auth/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify(ADMIN),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const { token } = (await (
    await fetch(`${s.url}/api/tokens`, {
      method: 'POST',
      headers: { ...json, cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ name: 'bench', userId: user.id }),
    })
  ).json()) as { token: string };
  return {
    url: s.url,
    auth: { authorization: `Bearer ${token}` },
    databaseUrl,
    pid: s.child?.pid,
    stop: () => s.stop(),
  };
}
