import path from 'node:path';
import { expect, request as newRequest, test } from '@playwright/test';
import { signIn } from './sign-in';

const screenshots = path.resolve(import.meta.dirname, '../../../docs/screenshots');
const OFFICER = { username: 'desk-officer', password: 'a desk officer passphrase' };

test.describe.configure({ mode: 'serial' });

const login = async (baseURL: string, who: { username: string; password: string }) => {
  const ctx = await newRequest.newContext({ baseURL });
  const status = (await ctx.post('/api/auth/login', { data: who })).status();
  await ctx.dispose();
  return status;
};

test('an admin creates, demotes, disables, re-enables, unlocks and resets a user from the web app', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page);
  await page.getByRole('link', { name: 'Users' }).click();
  const create = page.getByRole('form', { name: 'Create user' });
  await create.getByLabel('Username').fill(OFFICER.username);
  await create.getByLabel('Password').fill(OFFICER.password);
  await create.getByLabel('Role').selectOption({ label: 'analyst' });
  await create.getByRole('button', { name: 'Create user' }).click();
  const row = page.locator(`tr[data-user="${OFFICER.username}"]`);
  await expect(row).toContainText('active');
  // Role names, never role codes.
  await row.getByLabel(`Role of ${OFFICER.username}`).selectOption({ label: 'reader' });
  await expect(page.getByRole('status')).toContainText(`${OFFICER.username}: saved`);
  await expect(row.getByLabel(`Role of ${OFFICER.username}`)).toHaveValue('viewer');

  await row.getByRole('button', { name: 'Disable' }).click();
  await expect(row.getByTestId('user-status')).toHaveText('Disabled');
  expect(await login(baseURL!, OFFICER)).toBe(401);
  await row.getByRole('button', { name: 'Re-enable' }).click();
  await expect(row.getByTestId('user-status')).toHaveText('active');
  expect(await login(baseURL!, OFFICER)).toBe(200);

  // Five wrong passwords lock this address out; the page says until when; the admin unlocks it.
  for (let i = 0; i < 5; i++)
    expect(await login(baseURL!, { ...OFFICER, password: `wrong guess ${i}` })).toBe(401);
  expect(await login(baseURL!, OFFICER)).toBe(423);
  await page.reload();
  await expect(row.getByTestId('user-status')).toContainText('refused until');
  await page.screenshot({ path: path.join(screenshots, 'users-admin.png'), fullPage: true });
  await row.getByRole('button', { name: 'Unlock' }).click();
  await expect(row.getByTestId('user-status')).toHaveText('active');
  expect(await login(baseURL!, OFFICER)).toBe(200);

  await row.getByRole('button', { name: 'Reset password' }).click();
  const reset = page.getByRole('form', { name: `Reset password: ${OFFICER.username}` });
  await reset.getByLabel('New password').fill('a brand new desk passphrase');
  await reset.getByRole('button', { name: 'Save' }).click();
  // The form closes once the new password is stored.
  await expect(reset).toHaveCount(0);
  expect(await login(baseURL!, OFFICER)).toBe(401);
  expect(await login(baseURL!, { ...OFFICER, password: 'a brand new desk passphrase' })).toBe(200);
});

test('an admin issues an API token for a partner system, which works until it is revoked', async ({
  page,
  baseURL,
}) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Users' }).click();
  const issue = page.getByRole('form', { name: 'Issue token' });
  await issue.getByLabel('What it is for').fill('partner-sync');
  await issue.getByLabel('Acts as').selectOption({ label: `${OFFICER.username} (reader)` });
  await issue.getByRole('button', { name: 'Issue token' }).click();
  const secret = (await page.getByTestId('token-secret').locator('code').textContent())!;
  expect(secret.length).toBeGreaterThan(20);
  const partner = await newRequest.newContext({
    baseURL: baseURL!,
    extraHTTPHeaders: { authorization: `Bearer ${secret}` },
  });
  expect((await partner.get('/api/watchlist')).status()).toBe(200);
  const row = page.locator('tr[data-token="partner-sync"]');
  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(row).toContainText('revoked');
  expect((await partner.get('/api/watchlist')).status()).toBe(401);
  await partner.dispose();
  // The secret is shown once: not after a reload, and not in the list.
  await page.reload();
  await expect(page.getByTestId('token-secret')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(secret);
});

test('an admin adds a signed webhook for alerts and removes it', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Users' }).click();
  const form = page.getByRole('form', { name: 'Add webhook' });
  await form.getByLabel('Address').fill('http://127.0.0.1:9/lens-alerts');
  await form.getByRole('button', { name: 'Add webhook' }).click();
  const secret = (await page.getByTestId('webhook-secret').locator('code').textContent())!;
  expect(secret.length).toBeGreaterThan(20);
  const row = page.locator('tr[data-webhook="http://127.0.0.1:9/lens-alerts"]');
  await expect(row).toContainText('focal-point');
  await row.getByRole('button', { name: 'Remove' }).click();
  await expect(row).toHaveCount(0);
  // A bad address is refused with the reason.
  await form.getByLabel('Address').fill('ftp://example.org/x');
  await form.evaluate((f: HTMLFormElement) => (f.noValidate = true));
  await form.getByRole('button', { name: 'Add webhook' }).click();
  await expect(page.getByRole('alert')).toContainText('http(s) URL');
});

test('the audit log page filters, verifies the chain and names people, not account numbers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page);
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  const filter = page.getByRole('form', { name: 'Filter' });
  await filter.getByLabel('Action').fill('user.update');
  await filter.getByRole('button', { name: 'Filter' }).click();
  const table = page.getByRole('table', { name: 'Audit log' });
  await expect(table.locator('tr[data-action="user.update"]')).toHaveCount(5);
  await expect(table.locator('tbody tr:not([data-action="user.update"])')).toHaveCount(0);
  await expect(table.locator('tbody tr').first()).toContainText('focal-point');
  await expect(table.locator('tbody tr').first()).toContainText('changed a user');
  await expect(table).not.toContainText('focal-point#');
  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await expect(page.getByTestId('audit-check')).toContainText('The chain is intact');
  await page.screenshot({ path: path.join(screenshots, 'audit-log.png'), fullPage: false });
});
