import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

const screenshots = path.resolve(import.meta.dirname, '../../../docs/screenshots');

test('a team runs a desktop exercise on Myanmar as of 1 June 2017, then reveals what followed and is scored', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Watch list' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Exercises' }).click();
  const start = page.getByRole('form', { name: 'Start an exercise' });
  await start.getByLabel('Country (ISO3 code)').fill('MMR');
  await start.getByLabel('As of').fill('2017-06-01');
  await start.getByLabel('Team').fill('Regional office, team A');
  await start.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('note')).toHaveText(
    'Exercise: Myanmar as of 2017-06-01, team Regional office, team A. Nothing after that day is shown.',
  );
  // Every alert shown was raised by the exercise day.
  const alerts = page.getByRole('table', { name: 'Alerts raised by that day' });
  const rows = alerts.locator('tr[data-alert]');
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allTextContents())
    expect(text.slice(0, 10) <= '2017-06-01', text).toBe(true);
  await rows.first().getByRole('button', { name: 'decision' }).click();
  await expect(rows.first().locator('td').nth(2)).toHaveText('decision', { timeout: 20_000 });
  // Myanmar's own 2016-17 case would tell what came next: not among the similar cases.
  await expect(page.locator('li[data-case="CASE.MMR.2017"]')).toHaveCount(0);
  const plan = page.getByRole('table', { name: 'The team’s measures' });
  await plan.locator('tr').first().getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Save the team’s measures' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 20_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshots, 'exercise.png'), fullPage: false });

  await page.getByRole('button', { name: 'Reveal what followed and score' }).click();
  const revealed = page.getByTestId('revealed');
  await expect(revealed).toContainText(/First atrocity: 2017-(08|09)-\d\d/, { timeout: 30_000 });
  await expect(revealed).toContainText('Government of Myanmar (Burma)');
  await expect(revealed).toContainText(/Timing: a decision \d+ days before the first atrocity/);
  await expect(revealed.getByTestId('overall')).toHaveText(/^\d+\/100$/);
  // Listed with its score, to compare with other teams.
  await page.getByRole('link', { name: '← Desktop exercises' }).click();
  await expect(
    page.getByRole('table', { name: 'Desktop exercises' }).locator('tr[data-exercise]').first(),
  ).toContainText(/Regional office, team A\s*Myanmar\s*2017-06-01\s*\d+\/100/);
});
