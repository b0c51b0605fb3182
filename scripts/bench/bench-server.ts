/**
 * What the HTTP benches share: `lens serve` on a new SQLite database (or a server already running
 * at BENCH_URL, set up with the same token), its first admin, and an API token for the load.
 */
import { mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
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
  /** The environment it was started with (a second server on the same database reuses it). */
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

/** A new PostgreSQL database on BENCH_PG_URL's server, for benches that run on PostgreSQL. */
export async function benchPgDatabase(name: string): Promise<string> {
  const url = process.env.BENCH_PG_URL!;
  const db = `lens_bench_${name}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${db}`);
  await admin.end();
  return url.replace(/\/[^/?]*(\?|$)/, `/${db}$1`);
}

/** Another `lens serve` on the first one's database and keys (the first did the setup). */
export async function secondBenchServer(first: BenchServer, port: number): Promise<BenchServer> {
  const s = await serve(first.databaseUrl, port, first.env);
  return { ...first, url: s.url, pid: s.child.pid, stop: () => s.stop() };
}

export async function benchServer(
  name: string,
  port: number,
  extraEnv: Record<string, string> = {},
  databaseUrl = `sqlite:${path.join(mkdtempSync(path.join(os.tmpdir(), `lens-bench-${name}-`)), 'lens.db')}`,
): Promise<BenchServer> {
  const env = {
    LENS_SETUP_TOKEN: BENCH_SETUP_TOKEN,
    LENS_REPORTER_KEY: randomBytes(32).toString('base64'),
    ...extraEnv,
  };
  const s = process.env.BENCH_URL
    ? { url: process.env.BENCH_URL, child: undefined, stop: () => Promise.resolve() }
    : await serve(databaseUrl, port, env);
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
    env,
    pid: s.child?.pid,
    stop: () => s.stop(),
  };
}
