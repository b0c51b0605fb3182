import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signBundle } from '../../../packages/core/src/sharing/bundle';
import { signIn } from './sign-in';

const UN = 'UN early-warning office';
const screenshots = path.resolve(import.meta.dirname, '../../../docs/screenshots');

/** A partner instance of our own making: its key pair, and a bundle it signs for this server. */
function partner() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const keyId = createHash('sha256').update(pem.trim()).digest('hex').slice(0, 16);
  const bundle = signBundle(
    {
      schema: 'lens-share/1',
      signer: { instance: UN, keyId },
      recipient: 'Regional situation room',
      sequence: 1,
      previous: null,
      createdAt: new Date().toISOString(),
      items: [
        {
          kind: 'assessment',
          originId: 'MMR/2023',
          iso3: 'MMR',
          day: '2023-12-31',
          body: { year: 2023, tier: 'negligible', score: 12, risk2y: 0.01, overridden: true },
          origin: UN,
        },
        {
          kind: 'alert',
          originId: '4711',
          iso3: 'MMR',
          day: '2023-11-20',
          body: {
            rule: 'Mass killing of civilians',
            stage: 'violence',
            severity: 'critical',
            basis: 'evidence',
            place: 'Rakhine State',
            firstEventDate: '2023-11-13',
            lastEventDate: '2023-11-19',
            step: 'assessment',
          },
          origin: UN,
        },
        {
          kind: 'brief',
          originId: 'MMR/brief',
          iso3: 'MMR',
          day: '2024-03-01',
          body: {
            asOf: '2024-03-01',
            lang: 'en',
            year: 2023,
            tier: 'high',
            stage: 'violence',
            risk2y: 0.12,
            score: 71,
            drivers: [{ name: 'Record of serious violations', score: 88 }],
            sources: ['UCDP GED 24.1'],
            measures: ['Deploy human rights monitors to Rakhine State'],
            pitfalls: ['Blind neutrality'],
            redFlags: [],
          },
          origin: UN,
        },
      ],
      withdrawals: [],
    },
    (data) => sign(null, Buffer.from(data), privateKey).toString('base64'),
  );
  return { pem, bundle };
}

test('an admin registers a partner, receives its signed bundle file once, and its assessment and alert show in the workspace', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const un = partner();
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Watch list' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Sharing' }).click();
  await expect(page.getByRole('region', { name: 'This instance' })).toContainText(
    'Regional situation room',
  );
  await expect(
    page.getByRole('region', { name: 'This instance' }).getByLabel('Public key'),
  ).toHaveValue(/BEGIN PUBLIC KEY/);

  const form = page.getByRole('form', { name: 'Register a partner' });
  await form.getByLabel('Name').fill(UN);
  await form.getByLabel('Address').fill('https://un.example.org');
  await form.getByLabel('Public key').fill(un.pem);
  await form.getByLabel('Trust').selectOption('high');
  await form.getByLabel('alerts').check();
  await form.getByLabel('Countries shared (ISO3 codes separated by commas, or *)').fill('MMR');
  await form.getByRole('button', { name: 'Register' }).click();
  const row = page.getByRole('table', { name: 'Partners' }).locator(`tr[data-partner="${UN}"]`);
  await expect(row).toContainText('high trust');
  await expect(row).toContainText('assessments, alerts; MMR; summary; places: province; no delay');

  const file = {
    name: 'un-bundle-1.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(un.bundle)),
  };
  const receive = page.getByRole('form', { name: 'Receive a bundle file' });
  await receive.getByLabel('Bundle file (JSON)').setInputFiles(file);
  await receive.getByRole('button', { name: 'Receive a bundle file' }).click();
  await expect(receive.getByRole('status')).toHaveText(`Bundle 1 from ${UN}: 3 items received.`);
  // Handed over twice: refused, saying why.
  await receive.getByLabel('Bundle file (JSON)').setInputFiles(file);
  await receive.getByRole('button', { name: 'Receive a bundle file' }).click();
  await expect(receive.getByRole('alert')).toHaveText(/Bundle refused: .*already received/);
  await expect(page.getByRole('table', { name: 'Received from partners' })).toContainText(
    'Myanmar',
  );

  // A pull token for the partner, shown once.
  await row.getByRole('button', { name: 'Issue a pull token' }).click();
  await expect(row.getByTestId('pull-token')).toHaveText(/^lensp_/);

  await page.screenshot({ path: path.join(screenshots, 'sharing.png'), fullPage: true });
  // The partner's assessment beside the team's own, the disagreement visible.
  await page.goto('/country/MMR');
  const views = page.getByRole('region', { name: 'Partners’ assessments' });
  await expect(views).toContainText('Your team:');
  await expect(views.locator('li[data-comparison="lower"]')).toContainText(
    `${UN}: Negligible (2023) lower than yours`,
  );
  const brief = page.getByRole('region', { name: 'Partners’ briefs' });
  await views.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, 'partners-on-country-page.png') });
  await expect(brief.getByRole('heading', { name: `${UN}, brief of 2024-03-01` })).toBeVisible();
  await expect(brief).toContainText('Deploy human rights monitors to Rakhine State');
  await expect(brief).toContainText('two-year onset probability 12.0%');
  // Its alert in the queue, with its origin and where it stands in the partner's workflow.
  await page.goto('/alerts');
  const theirs = page.getByRole('table', { name: 'Partners’ alerts' }).locator('tbody tr');
  await expect(theirs).toHaveCount(1);
  await expect(theirs).toContainText(UN);
  await expect(theirs).toContainText('Myanmar');
  await expect(theirs).toContainText('violence');
  await expect(theirs).toContainText('Rakhine State');
  await expect(theirs).toContainText('assessment');

  // The trust changes; the partnership ends: the partner is retired, what it sent stays.
  await page.goto('/sharing');
  const again = page.getByRole('table', { name: 'Partners' }).locator(`tr[data-partner="${UN}"]`);
  await again.getByLabel(`Change the trust: ${UN}`).selectOption('medium');
  await expect(again.getByRole('status')).toHaveText('medium trust');
  await again
    .getByLabel('Why retire it (a key lost, the partnership ended)')
    .fill('Partnership ended');
  await again.getByRole('button', { name: 'Retire' }).click();
  await expect(page.getByText('No partner is registered yet.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Received from partners' })).toContainText(
    'Myanmar',
  );
});
