import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PAGES, pageUrl } from './pages';
import { signIn } from './sign-in';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const root = path.resolve(import.meta.dirname, '../../..');
const LOADING = ['Loading…', 'Chargement…', 'Cargando…', 'جارٍ التحميل…'];
const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;

/**
 * What a person must never read as a label: internal keys (snake_case, not a file's name) and raw
 * event references. The audit log's stored values (`data-raw`) are evidence and shown as stored.
 */
const CODES = [
  /\b[a-z]+(?:_[a-z0-9]+)+\b(?!\.[a-z]{2,4})/,
  /\b(?:ucdp-ged|acled|gdelt\d?|report):\d+\b/,
];

// axe is injected as a script: the app's Content-Security-Policy (script-src 'self') is bypassed
// for this test only.
test.use({ bypassCSP: true });

interface Finding {
  readonly page: string;
  readonly lang: string;
  readonly what: string;
}

async function settled(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible({ timeout: 30_000 });
  for (const l of LOADING)
    await expect(page.locator('main')).not.toContainText(l, { timeout: 30_000 });
}

test('every page, in all four languages, has no serious accessibility violation and no raw code', async ({
  page,
  request,
}) => {
  test.setTimeout(600_000);
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Watch list' })).toBeVisible({ timeout: 30_000 });
  const login = await request.post('/api/auth/login', {
    data: { username: 'focal-point', password: 'a long and careful passphrase' },
  });
  expect(login.status()).toBe(200);
  const alertId = (
    (await (await request.get('/api/alerts?kind=all&limit=1')).json()) as {
      alerts: Array<{ id: number }>;
    }
  ).alerts[0]!.id;
  const reportId = (
    (await (await request.get('/api/reports?limit=1')).json()) as {
      reports: Array<{ id: number }>;
    }
  ).reports[0]!.id;
  const pages = PAGES.map((p) => pageUrl(p, { alert: alertId, report: reportId }));
  const findings: Finding[] = [];
  for (const lang of LANGUAGES) {
    await page.goto('/');
    await settled(page);
    await page.locator('select[name="lang"], header select').first().selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const url of pages) {
      await page.goto(url);
      await settled(page);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (o: object) => Promise<{
                violations: Array<{
                  id: string;
                  impact: string | null;
                  nodes: Array<{ target: unknown[] }>;
                }>;
              }>;
            };
          }
        ).axe;
        const r = await axe.run({ resultTypes: ['violations'] });
        return r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) => `${v.impact} ${v.id}: ${v.nodes.length} × ${JSON.stringify(v.nodes[0]?.target)}`,
          );
      });
      for (const v of violations) findings.push({ page: url, lang, what: `axe ${v}` });
      const text = await page.locator('main').evaluate((m: HTMLElement) => {
        const raw = [...m.querySelectorAll<HTMLElement>('[data-raw]')];
        for (const r of raw) r.style.display = 'none';
        const shown = m.innerText;
        for (const r of raw) r.style.display = '';
        return shown;
      });
      for (const re of CODES) {
        const m = re.exec(text);
        if (m)
          findings.push({
            page: url,
            lang,
            what: `code "${m[0]}" in "${text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')}"`,
          });
      }
    }
  }
  mkdirSync(path.join(root, 'var'), { recursive: true });
  writeFileSync(path.join(root, 'var/walk-findings.json'), JSON.stringify(findings, null, 2));
  expect(findings).toEqual([]);
});
