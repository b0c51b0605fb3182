import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_SETUP_TOKEN } from '../playwright.config';

const screenshots = path.resolve(import.meta.dirname, '../../../docs/screenshots');
const manifest = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../../data/bundled/manifest.json'), 'utf8'),
) as { datasets: unknown[] };
const BUNDLED_DATASETS = manifest.datasets.length;
const ADMIN = { username: 'focal-point', password: 'a long and careful passphrase' };

test.describe.configure({ mode: 'serial' });

test('the first administrator is created with the setup token', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();
  await page.getByLabel('Setup token').fill('wrong-token');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create the first administrator' }).click();
  await expect(page.getByRole('alert')).toContainText('setup token is wrong');
  await page.getByLabel('Setup token').fill(E2E_SETUP_TOKEN);
  await page.getByRole('button', { name: 'Create the first administrator' }).click();
  await expect(page.getByRole('heading', { name: 'Lens' })).toBeVisible();
});

test('a wrong password is refused with a message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill('not my password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong username or password');
});

test('an admin signs in and lands on the watch list: every country, what moved and why', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/login');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Watch list' })).toBeVisible();
  // The as-of day is said, and what the month and the year are compared against.
  await expect(page.getByTestId('watch-as-of')).toContainText(/As of \d{4}-\d{2}-\d{2}/);
  await expect(page.getByTestId('watch-as-of')).toContainText('Year: the');
  const map = page.getByRole('img', { name: 'Countries by structural tier' });
  await expect(map).toBeVisible();
  expect(await map.locator('path.country[data-iso3]').count()).toBeGreaterThan(150);
  const table = page.getByRole('table', { name: 'Watch list' });
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(150);
  // Sudan: a tier, a two-year onset risk with its interval, read by name (no codes).
  const sudan = table.locator('tr[data-iso3="SDN"]');
  await expect(sudan.getByRole('link', { name: 'Sudan' })).toBeVisible();
  await expect(sudan).toContainText(/\d+\.\d%/);
  await expect(sudan).not.toContainText('SDN');
  await page.screenshot({ path: path.join(screenshots, 'watch-list.png') });
  // Only what moved: fewer rows, each with an arrow and a reason.
  const all = await table.locator('tbody tr').count();
  await page.getByLabel('Show').selectOption('moved');
  const moved = await table.locator('tbody tr').count();
  expect(moved).toBeGreaterThan(0);
  expect(moved).toBeLessThan(all);
  await expect(table.locator('tbody tr').first().locator('[data-direction]').first()).toBeVisible();
  await page.getByLabel('Show').selectOption('');
  await sudan.getByRole('link', { name: 'Sudan' }).click();
  await expect(page).toHaveURL(/\/country\/SDN$/);
  await expect(page.getByRole('heading', { name: /Sudan/ }).first()).toBeVisible();
});

test('the interface switches to French and to right-to-left Arabic', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Liste de veille' })).toBeVisible();
  await page.getByLabel('Langue').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: 'البلدان' }).click();
  await expect(page.getByRole('cell', { name: 'جنوب السودان' })).toBeVisible();
  await page.screenshot({ path: path.join(screenshots, 'countries-ar.png') });
  await page.getByLabel('اللغة').selectOption('en');
});

test('the data page lists every bundled dataset with its licence and file hash', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Data' }).click();
  const table = page.getByRole('table', { name: 'Datasets' });
  await expect(table).toContainText('UCDP Organized Violence Country-Year Dataset');
  await expect(table).toContainText('Varieties of Democracy (V-Dem)');
  await expect(table).toContainText('CC BY-SA 4.0');
  // The bundled files, and the open model's feature table built from them at the first start.
  await expect(table.getByRole('row')).toHaveCount(BUNDLED_DATASETS + 2);
  await expect(table).toContainText('Lens feature spec lens-open');
  // What the first load brought up to date by itself: each country's escalation, the forecasts.
  const refresh = page.getByRole('table', { name: 'Analyses kept up to date' });
  await expect(refresh).toContainText('Escalation stage and alerts: Myanmar');
  await expect(refresh).toContainText('Forecasts of the default model: every country');
  await expect(refresh.locator('tr[data-status="failed"]')).toHaveCount(0);
  await expect(refresh.locator('tr[data-status="done"]')).toHaveCount(4);
  await page.screenshot({ path: path.join(screenshots, 'datasets.png'), fullPage: true });
});

test('a viewer does not see the user administration', async ({ page, request }) => {
  const login = await request.post('/api/auth/login', { data: ADMIN });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await request.post('/api/users', {
    data: { username: 'reader', password: 'another careful passphrase', role: 'viewer' },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(created.status()).toBe(201);
  await page.goto('/login');
  await page.getByLabel('Username').fill('reader');
  await page.getByLabel('Password').fill('another careful passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Watch list' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
});
