import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { INDICATOR_LABELS } from '../../../packages/core/src/assessment/indicator-labels';
import { VARIABLE_LABELS } from '../../../packages/core/src/features/variable-labels';
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
  // The frameworks catalog's item ids (its own numbering of the UN Framework, RF1.1, is the
  // document's and is allowed).
  /\b(?:BEL|MAP|CPA|STAN|TFAP|HARFF|TEN|OSAPG|GAP|FC|PI|WP|G)\.[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*\b/,
  // The catalog's source keys.
  /\b[A-Z]+_[A-Z0-9_]+\b/,
];

/**
 * Content Lens holds in English with a translation in each other language (catalog texts,
 * indicator and predictor labels): one shown in English on a French, Spanish or Arabic page is a
 * missing translation. Short texts are left out, as a translation may rightly equal them.
 */
function untranslated(lang: 'fr' | 'es' | 'ar'): string[] {
  const catalog = JSON.parse(
    readFileSync(path.join(root, `data/frameworks/translations/${lang}.json`), 'utf8'),
  ) as { strings: Record<string, string> };
  const pairs = [
    ...Object.entries(catalog.strings),
    ...Object.entries(INDICATOR_LABELS[lang]),
    ...Object.entries(VARIABLE_LABELS[lang]),
  ];
  return pairs.filter(([en, there]) => en.length >= 24 && en !== there).map(([en]) => en);
}

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
    const english = lang === 'en' ? [] : untranslated(lang);
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
      for (const en of english)
        if (text.includes(en)) findings.push({ page: url, lang, what: `English "${en}"` });
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
