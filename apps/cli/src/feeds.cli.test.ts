import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@lens/db/testing';
import { csvObjects, ReplayServer } from '@lens/node/testing';

const BIN = path.resolve(import.meta.dirname, '../bin/lens.mjs');
const DATA = path.resolve(import.meta.dirname, '../../../data/bundled');
const KEY = randomBytes(32).toString('base64');

/** `lens` as its own process, without blocking this one (the replay server answers it). */
function lens(url: string, args: string[], input = '') {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LENS_DATABASE_URL: url, LENS_REPORTER_KEY: KEY },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(input);
  });
}

const replay = new ReplayServer();
beforeAll(async () => {
  await replay.start();
  replay.gdeltFromV1(
    path.join(DATA, 'gdelt-v1-georgia-sample/aug2011.csv'),
    '20110801000000',
    300,
    1,
  );
  replay.gdelt.published = 1;
  const ged = csvObjects(
    path.join(DATA, 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv'),
  );
  replay.ucdp.versions.set(
    '24.0.1',
    ged.filter((r) => String(r.date_start).startsWith('2023-01')),
  );
  replay.ucdp.token = 'cli-token';
});
afterAll(() => replay.stop());

describeEachDatabase('lens feeds', (get) => {
  it('adds, runs, lists, pauses a feed; a token is read from standard input, never echoed', async () => {
    const { url } = get();
    const add = await lens(url, [
      'feeds',
      'add',
      'gdelt',
      'gdelt2',
      '--settings',
      JSON.stringify({ baseUrl: `${replay.url}/gdelt` }),
    ]);
    expect(add.code, add.err).toBe(0);
    const run = await lens(url, ['feeds', 'run', 'gdelt']);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/succeeded manual\s+\+\d{3} ~0 -0\s+20110801000000/);
    expect((await lens(url, ['feeds', 'pause', 'gdelt'])).code).toBe(0);
    const list = await lens(url, ['feeds', 'list']);
    expect(list.out).toMatch(/^gdelt\s+gdelt2\s+paused\s+every 15 min\s+last success \d{4}-/m);

    await lens(url, [
      'feeds',
      'add',
      'candidate',
      'ucdp-candidate',
      '--settings',
      JSON.stringify({ baseUrl: `${replay.url}/ucdp/api`, version: '24.0.1' }),
    ]);
    const creds = await lens(url, ['feeds', 'credentials', 'candidate'], 'cli-token\n');
    expect(creds.code, creds.err).toBe(0);
    expect(creds.out + creds.err).not.toContain('cli-token');
    const ucdp = await lens(url, ['feeds', 'run', 'candidate']);
    expect(ucdp.code, ucdp.out + ucdp.err).toBe(0);
    expect(ucdp.out).toMatch(/succeeded manual\s+\+\d+ ~0 -0\s+24\.0\.1/);
    // Seven CLI processes, each a cold start (about 3 s on a busy two-core machine).
  }, 90_000);

  it('says what is wrong with bad settings, and a failed run exits non-zero', async () => {
    const { url } = get();
    const bad = await lens(url, ['feeds', 'add', 'x', 'gdelt2', '--settings', '{nope']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/--settings must be a JSON object/);
    await lens(url, [
      'feeds',
      'add',
      'down',
      'gdelt2',
      '--settings',
      JSON.stringify({ baseUrl: `${replay.url}/missing` }),
    ]);
    const failed = await lens(url, ['feeds', 'run', 'down']);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/failed\s+manual[\s\S]*GDELT 2\.0 lastupdate\.txt: 404/);
  });
});
