import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test('an analyst adds an election ahead on the country page; monitoring is heightened there and on the watch list', async ({
  page,
}) => {
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Watch list' })).toBeVisible({ timeout: 30_000 });
  await page.goto('/country/KEN');
  const section = page.getByTestId('triggers');
  await expect(section).toBeVisible({ timeout: 30_000 });
  await expect(section.getByTestId('monitoring')).toHaveText('Routine monitoring');
  const form = section.getByRole('form', { name: 'Add a trigger' });
  const day = inDays(20);
  await form.getByLabel('Date').fill(day);
  await form.getByLabel('Kind').selectOption('election');
  await form.getByLabel('What').fill('General election');
  await form.getByLabel('Source').fill('Electoral commission calendar');
  await form.getByLabel('Days before it raises the level').fill('30');
  await form.getByRole('button', { name: 'Add trigger' }).click();
  await expect(section.getByTestId('monitoring')).toHaveText('Monitoring heightened');
  const ahead = section.getByRole('list', { name: 'Triggers ahead' });
  await expect(ahead).toContainText(`${day} (in 20 days) · election: General election`);
  await expect(ahead).toContainText('Source: Electoral commission calendar');

  await page.goto('/');
  const row = page.locator('tr[data-iso3="KEN"]');
  await expect(row.getByTestId('watch-trigger')).toContainText(
    `Monitoring heightened: ${day} · election`,
  );

  // Retired, it no longer counts.
  await page.goto('/country/KEN');
  await section.getByRole('button', { name: 'Retire' }).click();
  await expect(section.getByTestId('monitoring')).toHaveText('Routine monitoring');
});
