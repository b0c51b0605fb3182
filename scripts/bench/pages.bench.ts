/**
 * How fast each page of the web app becomes usable on the bundled data (issue 20): `lens serve`
 * on a new SQLite database, the first start's analyses finished, then real Chromium signs in and
 * opens every page three times. "Interactive" is from the navigation's start to the first moment
 * the page's heading is shown with no "Loading…" left in it (its data arrived and rendered),
 * observed in the page itself (a MutationObserver), so that the test driver's polling adds
 * nothing. Prints a Markdown table.
 */
import { chromium } from '@playwright/test';
import { PAGES, pageUrl } from '../../apps/web/e2e/pages';
import { benchServer } from './bench-server';

const RUNS = 3;

const s = await benchServer('pages', 8193);
try {
  const get = async <T>(p: string) =>
    (await (await fetch(`${s.url}${p}`, { headers: s.auth })).json()) as T;
  // The first start's analyses run after it serves: wait until none is pending or running.
  for (;;) {
    const { jobs } = await get<{ jobs: Array<{ status: string }> }>('/api/refresh?limit=50');
    if (jobs.length > 0 && jobs.every((j) => j.status === 'done' || j.status === 'failed')) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  await fetch(`${s.url}/api/reports`, {
    method: 'POST',
    headers: { ...s.auth, 'content-type': 'application/json' },
    body: JSON.stringify({
      occurredOn: '2024-05-17',
      iso3: 'MMR',
      latitude: 20.146,
      longitude: 92.898,
      description: 'Armed men burned homes in the northern quarter and shot at residents.',
      language: 'en',
      fatalitiesBest: 4,
      civiliansTargeted: true,
    }),
  });
  const alert = (await get<{ alerts: Array<{ id: number }> }>('/api/alerts?kind=all&limit=1'))
    .alerts[0]!.id;
  const report = (await get<{ reports: Array<{ id: number }> }>('/api/reports?limit=1')).reports[0]!
    .id;
  const browser = await chromium.launch({
    executablePath: process.env.LENS_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ baseURL: s.url, viewport: { width: 1280, height: 900 } });
  // As a string: tsx would wrap a function's inner functions in a helper the page lacks.
  await page.addInitScript(`
    new MutationObserver(() => {
      const main = document.querySelector('main');
      if (window.lensReady === undefined && main && main.querySelector('h1') &&
          !main.textContent.includes('Loading…'))
        window.lensReady = performance.now();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  `);
  await page.goto('/login');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill('a long and careful passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Watch list' }).waitFor();
  const rows: string[] = [];
  let worst = 0;
  for (const p of PAGES) {
    const url = pageUrl(p, { alert, report });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(url);
      const ready = await page.waitForFunction(
        () => (window as unknown as { lensReady?: number }).lensReady,
        undefined,
        { timeout: 30_000, polling: 100 },
      );
      times.push((await ready.jsonValue()) as number);
    }
    const median = [...times].sort((a, b) => a - b)[1]!;
    worst = Math.max(worst, median);
    rows.push(
      `| \`${p}\` | ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')} | **${median.toFixed(0)} ms** |`,
    );
  }
  await browser.close();
  console.log('| page | 3 runs | median |\n| --- | --- | --- |');
  console.log(rows.join('\n'));
  console.log(`\nslowest median: ${worst.toFixed(0)} ms`);
} finally {
  await s.stop();
}
