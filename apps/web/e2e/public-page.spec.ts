import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

const screenshots = path.resolve(import.meta.dirname, '../../../docs/screenshots');

test('an admin publishes a public page; anyone reads it, without an account, in four languages, and sees only what was chosen', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const visitor = await browser.newContext();
  const anyone = await visitor.newPage();
  // Off by default.
  await anyone.goto('/public');
  await expect(anyone.getByRole('status')).toHaveText(
    'This organisation does not publish a public page.',
  );

  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Watch list' })).toBeVisible({ timeout: 30_000 });
  await page.goto('/data');
  const settings = page.getByRole('region', { name: 'Public page' });
  await settings.getByLabel('Publish the public page').check();
  await settings.getByLabel('Countries (ISO3 codes, separated by commas)').fill('MMR, MEX');
  await settings.getByLabel('Show alerts (stage, severity, province, days)').check();
  await settings.getByLabel('Organisation name shown on the page').fill('Regional situation room');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('status')).toHaveText('Saved.');

  await anyone.goto('/public');
  await expect(anyone.getByRole('heading', { name: 'Atrocity risk watch list' })).toBeVisible();
  await expect(anyone.getByText('Published by Regional situation room')).toBeVisible();
  const table = anyone.getByRole('table', { name: 'Atrocity risk watch list' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(table).toContainText('Myanmar');
  await expect(table).toContainText('Mexico');
  await expect(table).not.toContainText('Sudan');
  // No shell, no workspace: no link to reports, alerts or the network.
  await expect(anyone.getByRole('link', { name: 'Reports' })).toHaveCount(0);
  await expect(anyone.getByRole('link', { name: /HXL/ })).toHaveAttribute(
    'href',
    '/api/public/watchlist.csv?lang=en',
  );
  const csv = await visitor.request.get('/api/public/watchlist.csv');
  expect((await csv.text()).split('\r\n')[1]).toMatch(/^#country\+name,#country\+code/);

  await anyone.screenshot({
    path: path.join(screenshots, 'public-watch-list.png'),
    fullPage: true,
  });
  await table.getByRole('link', { name: 'Myanmar' }).click();
  await expect(anyone.getByRole('heading', { name: 'Myanmar', level: 1 })).toBeVisible();
  await expect(
    anyone.getByRole('region', { name: 'Alerts' }).locator('tbody tr').first(),
  ).toBeVisible();
  await expect(anyone.getByRole('region', { name: 'Actors' })).toHaveCount(0);
  await expect(anyone.getByRole('region', { name: 'Sources' })).toContainText(/V-Dem/);

  // In Arabic, right to left; in French; a country not chosen is not there.
  await anyone.getByLabel('Language').selectOption('ar');
  await expect(anyone.getByRole('heading', { name: 'ميانمار', level: 1 })).toBeVisible();
  await expect(anyone.locator('html')).toHaveAttribute('dir', 'rtl');
  await anyone.screenshot({
    path: path.join(screenshots, 'public-country-ar.png'),
    fullPage: true,
  });
  await anyone.getByLabel('اللغة').selectOption('fr');
  await anyone.getByRole('link', { name: /Tous les pays publiés/ }).click();
  await expect(
    anyone.getByRole('heading', { name: 'Liste de surveillance des risques d’atrocités' }),
  ).toBeVisible();
  await anyone.goto('/public/country/SDN');
  await expect(anyone.getByRole('status')).toHaveText('Ce pays n’est pas publié.');
  await visitor.close();
});
