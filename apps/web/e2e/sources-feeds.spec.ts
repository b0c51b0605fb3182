import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ADMIN, signIn } from './sign-in';

const root = path.resolve(import.meta.dirname, '../../..');
const screenshots = path.join(root, 'docs/screenshots');
/** The local stand-in for GDELT 2.0 (packages/node/src/feeds/testing), in its own process. */
let replay: ChildProcess;
let replayUrl = '';
test.beforeAll(async () => {
  replay = spawn(
    process.execPath,
    ['--import', 'tsx', 'packages/node/src/feeds/testing/serve-replay.ts'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  replayUrl = await new Promise<string>((resolve) =>
    replay.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())),
  );
});
test.afterAll(() => {
  replay.kill('SIGTERM');
});

test('the Data page shows each feed: last success, next run, the source’s lag, and a stale feed', async ({
  page,
  request,
}) => {
  const login = await request.post('/api/auth/login', { data: ADMIN });
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const post = (url: string, data: object = {}) =>
    request.post(url, { data, headers: { 'x-csrf-token': csrf } });
  expect(
    (
      await post('/api/feeds', {
        id: 'gdelt',
        connector: 'gdelt2',
        settings: { baseUrl: `${replayUrl}/gdelt` },
      })
    ).status(),
  ).toBe(201);
  // A source that answers 404: three failed runs in a row make the feed stale.
  await post('/api/feeds', {
    id: 'mirror',
    connector: 'gdelt2',
    settings: { baseUrl: `${replayUrl}/gone` },
    intervalMinutes: 60,
  });
  // Run until it is stale (the server's scheduler may run it too: a run of ours is then "busy").
  const stale = async () =>
    (
      (await (await request.get('/api/feeds')).json()) as {
        feeds: Array<{ id: string; staleSince: string | null }>;
      }
    ).feeds.find((f) => f.id === 'mirror')?.staleSince;
  for (let i = 0; i < 20 && !(await stale()); i++) await post('/api/feeds/mirror/run');

  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page);
  await page.getByRole('link', { name: 'Data' }).click();
  const feeds = page.getByRole('table', { name: 'Feeds' });
  const gdelt = feeds.locator('tr[data-feed="gdelt"]');
  await expect(gdelt).toContainText('GDELT 2.0 events (every 15 minutes)');
  // The server's scheduler ran the new feed at once; the page follows within seconds.
  await expect(gdelt).toContainText(/stored .*\d+ added, 0 revised, 0 deleted/, {
    timeout: 20_000,
  });
  await expect(gdelt).toHaveAttribute('data-state', 'ok');
  await expect(gdelt).toContainText('up to date');
  await expect(gdelt).toContainText('2011'); // the source's data run up to August 2011
  const mirror = feeds.locator('tr[data-feed="mirror"]');
  await expect(mirror).toContainText('stale: it has missed its schedule');
  await expect(mirror).toContainText(/[3-9] failed runs in a row/);
  await expect(mirror).toContainText('GDELT 2.0 lastupdate.txt: 404');
  await expect(page.getByRole('alert')).toContainText('These feeds have missed their schedule');
  await page.screenshot({ path: path.join(screenshots, 'feeds.png'), fullPage: true });

  // A new 15-minute file: "Run now" stores it; pausing stops the schedule.
  await request.post(`${replayUrl}/control/gdelt/published?n=2`);
  await gdelt.getByRole('button', { name: 'Run now' }).click();
  await expect(gdelt).toContainText(/\d+ added/);
  await gdelt.getByRole('button', { name: 'Pause' }).click();
  await expect(gdelt).toHaveAttribute('data-state', 'paused');
  await gdelt.getByRole('button', { name: 'Resume' }).click();
  await expect(gdelt).not.toHaveAttribute('data-state', 'paused');
  // No internal names on the page: connectors and states are words.
  await expect(feeds).not.toContainText('gdelt2');
});
