import type { Page } from '@playwright/test';

/** The administrator first-run.spec creates; later specs sign in as it. */
export const ADMIN = { username: 'focal-point', password: 'a long and careful passphrase' };

/** Signs in through the login page. */
export async function signIn(page: Page, who: { username: string; password: string } = ADMIN) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(who.username);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
