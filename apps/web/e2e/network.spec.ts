import path from 'node:path';
import { expect, test } from '@playwright/test';

const screenshots = path.resolve(import.meta.dirname, '../../../docs/screenshots');
const ADMIN = { username: 'focal-point', password: 'a long and careful passphrase' };

test('the network view shows Myanmar’s perpetrators, their targets and opponents; an actor page lists its ties', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Networks' }).click();
  await expect(page.getByRole('heading', { name: 'Perpetrator network' })).toBeVisible();
  const graph = page.getByRole('img', { name: 'Perpetrator network' });
  await expect(graph.locator('[data-actor="Government of Myanmar (Burma)"]')).toBeAttached();
  const table = page.getByRole('table', { name: 'Actors by PageRank' });
  await expect(table.getByRole('row').nth(1)).toContainText('Government of Myanmar (Burma)');
  await page.screenshot({ path: path.join(screenshots, 'network-myanmar.png'), fullPage: false });

  // Dates filter the network: before 2016, ARSA is not in it.
  await expect(graph.locator('[data-actor="ARSA"]')).toBeAttached();
  await page.getByLabel('To', { exact: true }).fill('2015-12-31');
  await expect(graph.locator('[data-actor="ARSA"]')).toHaveCount(0);
  await page.getByLabel('To', { exact: true }).fill('');
  await expect(graph.locator('[data-actor="ARSA"]')).toBeAttached();

  // Hiding civilian targets leaves only armed actors.
  await page.getByLabel('Hide civilian targets').check();
  await expect(graph.locator('[data-actor^="Civilians"]')).toHaveCount(0);
  await page.getByLabel('Hide civilian targets').uncheck();

  // An actor page: its names, scores and ties with the events behind them.
  await table.getByRole('link', { name: 'ARSA', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ARSA');
  const ties = page.getByRole('table', { name: 'Ties' });
  await expect(
    ties.getByRole('row', { name: /fights.*Government of Myanmar \(Burma\)/ }),
  ).toBeVisible();
  await expect(
    ties.getByRole('row', { name: /targets.*Civilians \(Rakhine/ }).first(),
  ).toBeVisible();
  await expect(ties).toContainText('ucdp-ged:');

  // Another country from the picker.
  await page.getByRole('link', { name: /Perpetrator network/ }).click();
  await page.locator('select[name="country"]').selectOption('CAF');
  await expect(
    page.getByRole('img', { name: 'Perpetrator network' }).locator('[data-actor="anti-Balaka"]'),
  ).toBeAttached();
});
