import path from 'node:path';
import { expect, request as newRequest, test } from '@playwright/test';

const screenshots = path.resolve(import.meta.dirname, '../../../docs/screenshots');
const ADMIN = { username: 'focal-point', password: 'a long and careful passphrase' };
const ANALYST = { username: 'duty-analyst', password: 'an analyst passphrase here' };
const MONITOR = { username: 'alert-monitor', password: 'a monitor passphrase too' };
const today = new Date().toISOString().slice(0, 10);

test.describe.configure({ mode: 'serial' });

async function apiAs(baseURL: string, who: { username: string; password: string }) {
  const ctx = await newRequest.newContext({ baseURL });
  const login = await ctx.post('/api/auth/login', { data: who });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { ctx, headers: { 'x-csrf-token': csrfToken } };
}

test('an alert appears live while a report is submitted; the analyst takes it through assessment and decision', async ({
  page,
  baseURL,
}) => {
  const admin = await apiAs(baseURL!, ADMIN);
  for (const [u, role] of [
    [ANALYST, 'analyst'],
    [MONITOR, 'monitor'],
  ] as const)
    expect(
      (
        await admin.ctx.post('/api/users', { data: { ...u, role }, headers: admin.headers })
      ).status(),
    ).toBe(201);

  // The analyst has the alerts page open, connected to the live stream.
  await page.goto('/login');
  await page.getByLabel('Username').fill(ANALYST.username);
  await page.getByLabel('Password').fill(ANALYST.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Alerts' }).click();
  // The first load can wait behind the start's analyses on a slow machine.
  await expect(page.getByRole('heading', { name: /Alerts/ })).toContainText('Live', {
    timeout: 20_000,
  });

  // A monitor in the field reports a massacre; the page is not reloaded.
  const monitor = await apiAs(baseURL!, MONITOR);
  const sent = await monitor.ctx.post('/api/reports', {
    headers: monitor.headers,
    data: {
      occurredOn: today,
      iso3: 'CAF',
      latitude: 5.75,
      longitude: 20.67,
      place: 'Bambari',
      description:
        'Armed men massacred 14 villagers on the road to Bambari; survivors fled to the camp.',
      language: 'en',
      fatalitiesBest: 14,
      civiliansTargeted: true,
      actors: ['Unknown armed group'],
      reporter: { name: 'Witness in Bambari', contact: '+236 7555 0101' },
    },
  });
  expect(sent.status()).toBe(201);
  const banner = page
    .getByRole('status')
    .getByRole('link', { name: /New alert: Civilians killed in large numbers/ });
  await expect(banner).toBeVisible({ timeout: 10_000 });
  const row = page
    .getByRole('table', { name: 'Alerts' })
    .getByRole('row', { name: /Civilians killed in large numbers/ });
  await expect(row).toContainText('Central African Republic');
  await expect(row).toContainText('violence');
  await expect(row).toContainText('early warning');
  await expect(page.getByText('Witness in Bambari')).toHaveCount(0);
  // The queue says how many alerts match, and that this one rests on an unverified report.
  await expect(page.getByTestId('alerts-count')).toContainText(/1–\d+ of \d+/);
  await expect(row).toContainText('to verify');

  // Assessment, advice, decision: each step with an owner and a deadline, the decision recorded.
  await banner.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Civilians killed in large numbers',
  );
  // Why it was raised, in words: the report's place, actor and deaths, what it was read as, and
  // the context as sentences; no internal key or reference code on the page.
  const reportNo = Number((await sent.json()).id);
  const events = page.getByRole('table', { name: 'Events' });
  await expect(events.getByRole('link', { name: `Field report no. ${reportNo}` })).toBeVisible();
  await expect(events).toContainText('Unknown armed group');
  await expect(events).toContainText('14 killed');
  await expect(events).toContainText(
    'Civilians deliberately targeted (coded as targeting civilians)',
  );
  await expect(page.getByTestId('alert-context')).toContainText(/structural (tier|assessment)/);
  const main = page.locator('main');
  for (const code of [
    'report:',
    'structuralTier',
    'withinDays',
    'civilians_targeted',
    'mass-killing',
  ])
    await expect(main).not.toContainText(code);
  const form = page.getByRole('form', { name: 'Record step' });
  await expect(form.getByLabel('Move to')).toHaveValue('assessment');
  await form.getByLabel('Comment').fill('Corroborating with the UN field office.');
  await form.getByRole('button', { name: 'Record step' }).click();
  await expect(page.getByTestId('alert-status')).toHaveText('assessment');
  await expect(form.getByLabel('Move to')).toHaveValue('advice');
  await form.getByLabel('Owner').fill(ADMIN.username);
  await form.getByRole('button', { name: 'Record step' }).click();
  await expect(page.getByTestId('alert-status')).toHaveText('advice');
  await expect(form.getByLabel('Move to')).toHaveValue('decision');
  // The decision step refuses to go without the decision.
  await form
    .getByLabel('Decision taken')
    .fill('Urgent briefing to the focal point; request a monitoring mission to Ouaka.');
  await form.getByRole('button', { name: 'Record step' }).click();
  await expect(page.getByTestId('alert-status')).toHaveText('decision');
  await expect(page.getByTestId('alert-decision')).toHaveText(
    'Urgent briefing to the focal point; request a monitoring mission to Ouaka.',
  );
  const steps = page.getByRole('list', { name: 'Workflow' });
  await expect(steps.getByRole('listitem')).toHaveCount(3);
  await expect(steps).toContainText('Corroborating with the UN field office.');
  await page.screenshot({ path: path.join(screenshots, 'alert-workflow.png'), fullPage: true });

  // The report alone asked for verification; verified, it moves the stage of its province.
  const analyst = await apiAs(baseURL!, ANALYST);
  const reportId = Number((await sent.json()).id);
  const verified = await analyst.ctx.post(`/api/reports/${reportId}/verify`, {
    headers: analyst.headers,
    data: { status: 'verified', credibility: 2, reason: 'Confirmed by the UN field office.' },
  });
  expect(verified.status()).toBe(200);
  await expect
    .poll(
      async () =>
        (
          (await (await analyst.ctx.get('/api/escalation/CAF')).json()) as {
            stage: string;
          }
        ).stage,
    )
    .toBe('violence');

  // The country page joins structure and the escalation stage, province by province.
  await page.goto('/country/CAF');
  // The page gathers structure, forecasts and escalation: slow on a busy machine.
  await expect(page.getByTestId('country-stage')).toHaveText('violence', { timeout: 30_000 });
  await expect(page.locator('[data-stage="violence"]').first()).toBeAttached();
  await expect(page.getByRole('table', { name: 'Recent events' })).toContainText('field report');
  await page.getByRole('heading', { name: /Escalation/ }).scrollIntoViewIfNeeded();
  await page.screenshot({
    path: path.join(screenshots, 'country-escalation.png'),
    fullPage: false,
  });

  // Every step is in the tamper-evident audit log (filtered by action: background refreshes after
  // other tests' imports write their own entries meanwhile).
  const actionsOf = async (action: string) => {
    const audit = await admin.ctx.get(`/api/audit?limit=500&action=${action}`);
    expect(audit.status()).toBe(200);
    return ((await audit.json()) as { entries: Array<{ action: string }> }).entries;
  };
  expect(await actionsOf('alert.advance')).toHaveLength(3);
  expect((await actionsOf('alert.raise')).length).toBeGreaterThan(0);
});
