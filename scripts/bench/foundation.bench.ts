/**
 * The foundation's benchmarks (BENCHMARKS.md): time from `lens serve` to the first healthy
 * /api/health, and the latency of GET /api/countries under 100 concurrent connections on SQLite
 * and PostgreSQL. Run with `npm run bench:foundation` (it starts a throw-away PostgreSQL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createUser, createApiToken, type UseCaseDeps } from '@lens/core';
import { createStore, migrateToLatest, openDatabase } from '@lens/db';
import { nodeAdapters } from '@lens/node';
import { serve } from '../../apps/server/src/serve-process';

const PG = process.env.LENS_TEST_PG_URL;
const CONNECTIONS = 100;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? NaN;
}

async function issueToken(url: string): Promise<string> {
  const conn = openDatabase(url);
  await migrateToLatest(conn);
  const deps: UseCaseDeps = nodeAdapters(createStore(conn));
  const admin = await createUser(
    deps,
    { username: 'bench-admin', password: 'a long bench passphrase', role: 'admin' },
    undefined,
    'bench',
  );
  const viewer = await createUser(
    deps,
    { username: 'bench-viewer', password: 'a long bench passphrase', role: 'viewer' },
    undefined,
    'bench',
  );
  const principal = {
    userId: admin.id,
    username: admin.username,
    role: admin.role,
    via: 'session' as const,
  };
  const { token } = await createApiToken(deps, { name: 'bench', userId: viewer.id }, principal);
  await conn.close();
  return token;
}

async function latency(url: string, token: string) {
  const times: number[] = [];
  let errors = 0;
  let finish: (r: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
  const instance = autocannon(
    {
      url: `${url}/api/countries`,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers: { authorization: `Bearer ${token}` },
    },
    (err, result) => {
      if (err) throw err;
      finish(result);
    },
  );
  // autocannon reports p97.5 but not p95, so every response time is kept and the percentile computed here.
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status === 200) times.push(ms);
    else errors += 1;
  });
  const result = await done;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    errors: errors + result.errors + result.timeouts,
    breakdown: `non-200 ${errors}, socket errors ${result.errors}, timeouts (>10 s) ${result.timeouts}`,
    rps: Math.round(result.requests.average),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'lens-bench-'));
const lines: string[] = [];
try {
  const startups: number[] = [];
  for (let i = 0; i < 3; i++) {
    const url = `sqlite:${path.join(dir, `startup-${i}.db`)}`;
    const s = await serve(url, 8300 + i);
    startups.push(s.msToHealthy);
    await s.stop();
  }
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = await serve(`sqlite:${path.join(dir, 'startup-0.db')}`, 8310 + i);
    warm.push(s.msToHealthy);
    await s.stop();
  }
  lines.push(
    `start to first healthy /api/health, new SQLite database (migrate + load countries), 3 runs: ${startups.map((m) => `${Math.round(m)} ms`).join(', ')}`,
  );
  lines.push(
    `start to first healthy /api/health, existing database, 3 runs: ${warm.map((m) => `${Math.round(m)} ms`).join(', ')}`,
  );

  const bare = await serve('', 8330, {}, path.join(import.meta.dirname, 'bare-fastify.ts'));
  await latency(bare.url, 'none');
  const control = await latency(bare.url, 'none');
  await bare.stop();
  lines.push(
    `control: bare Fastify serving the same JSON precomputed (no auth, no database), ${CONNECTIONS} connections, ${DURATION_S} s: ` +
      `${control.requests} requests, ${control.errors} errors (${control.breakdown}), ${control.rps} req/s, p50 ${control.p50.toFixed(0)} ms, p95 ${control.p95.toFixed(0)} ms, p99 ${control.p99.toFixed(0)} ms`,
  );
  const targets: Array<[string, string]> = [['sqlite', `sqlite:${path.join(dir, 'latency.db')}`]];
  if (PG) targets.push(['postgres', PG]);
  else lines.push('PostgreSQL skipped: LENS_TEST_PG_URL is not set (run npm run bench:foundation)');
  for (const [name, url] of targets) {
    const token = await issueToken(url);
    const s = await serve(url, 8320);
    await latency(s.url, token);
    const r = await latency(s.url, token);
    await s.stop();
    lines.push(
      `GET /api/countries (260 rows, token auth) on ${name}, ${CONNECTIONS} connections, ${DURATION_S} s: ` +
        `${r.requests} requests, ${r.errors} errors (${r.breakdown}), ${r.rps} req/s, p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms; ` +
        `p95 ${(r.p95 / control.p95).toFixed(1)}x the control's`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const l of lines) console.log(l);
