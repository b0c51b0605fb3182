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
  // Resilience beside risk: four factors from the assessment's indicators, each with a score.
  const resilience = page.getByTestId('resilience');
  await expect(resilience.getByRole('heading')).toContainText('Resilience beside risk');
  await expect(resilience.locator('li[data-factor]')).toHaveCount(4);
  await expect(resilience.locator('li[data-factor="institutions"]')).toContainText(
    /Strong, inclusive institutions\s*\d+/,
  );
  await expect(resilience.locator('li[data-factor="institutions"]')).toContainText(
    'Rule of law index (V-Dem)',
  );
  await expect(resilience).toContainText(/Overall resilience: \d+\/100/);
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

test('an analyst writes a scenario for Myanmar; its watched indicators light from the events Lens holds', async ({
  page,
}) => {
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Watch list' })).toBeVisible({ timeout: 30_000 });
  await page.goto('/country/MMR');
  const section = page.getByTestId('scenarios');
  await expect(section).toBeVisible({ timeout: 30_000 });
  const form = section.getByRole('form', { name: 'Write a scenario' });
  await form.getByLabel('Title').fill('Reprisals against villages in Sagaing');
  await form
    .getByLabel('How escalation could unfold')
    .fill('After resistance attacks, the military burns villages and kills civilians.');
  await form.getByLabel('By whom').fill('Military Forces of Myanmar');
  await form.getByLabel('Against whom').fill('Villagers suspected of supporting resistance forces');
  await form.getByLabel('Where').fill('Sagaing region');
  await form.getByLabel('Civilians deliberately targeted').check();
  await form.getByLabel('Sexual violence').check();
  await form.getByRole('button', { name: 'Save scenario' }).click();
  const scenario = section.locator('article.scenario');
  await expect(
    scenario.getByRole('heading', { name: 'Reprisals against villages in Sagaing' }),
  ).toBeVisible();
  // The bundled events stop at the end of 2023: the scenario is read as of their last day.
  await expect(section).toContainText(/Read as of 2023-12-\d\d, the last day/);
  await expect(scenario.getByTestId('scenario-lit')).toContainText(
    /[12] of 2 watched indicators lit/,
  );
  await expect(
    scenario.getByRole('list', { name: 'Indicators to watch' }).locator('li[data-lit="true"]'),
  ).toContainText(['Civilians deliberately targeted']);
});
