import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

const root = path.resolve(import.meta.dirname, '../../..');
const EWP = path.resolve(root, '../shared/data/restricted/ewp-2025');
const screenshots = path.join(root, 'docs/screenshots');

/** The CLI against the server's own database file, as an analyst would run it beside the server. */
const lens = (...args: string[]) =>
  execFileSync(process.execPath, [path.join(root, 'apps/cli/bin/lens.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, LENS_DATABASE_URL: 'sqlite:var/e2e/lens.db' },
    encoding: 'utf8',
    timeout: 300_000,
  });

test.describe.configure({ mode: 'serial' });

test('a fresh install shows the moving picture: open-model forecasts and Myanmar’s stage from its bundled events', async ({
  page,
}) => {
  // No restricted file and no command: what `npm start` loaded, trained and evaluated on its own.
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page);
  await page.getByRole('link', { name: 'Forecasts' }).click();
  await expect(page.getByTestId('model')).toContainText('lens-open');
  await expect(page.getByLabel('Data year')).toHaveValue('2024');
  const table = page.getByRole('table', { name: 'Risk of a new mass killing' });
  // Every country with data: 165 of the open model's 2024 rows, ranked.
  await expect(table.getByRole('row')).toHaveCount(166);
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(0)).toHaveText('1');
  // Drivers by name, not variable.
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(3)).not.toContainText(
    /\.log2|v2\w|mk_/,
  );
  // The model card: its data, its back-test on this install (every score), what it cannot see.
  const card = page.getByTestId('model-card');
  await card.getByText('Model card').click();
  await expect(card).toContainText('V-Dem v14 lite, key variables: 14 (lite, key variables)');
  await expect(page.getByTestId('model-card-backtest')).toContainText(/AUC 0\.\d{3}/);
  // Recalibrated on earlier years only: what its forecasts carry.
  await expect(page.getByTestId('model-card-recalibrated')).toContainText(/Brier 0\.00\d\d/);
  await expect(card).toContainText('Coups are coded by V-Dem');
  // Each predictor by name, with the source variables it is built of.
  await expect(
    card
      .getByRole('table', { name: 'Predictors' })
      .getByRole('row', { name: /coup attempt in the last five years/ }),
  ).toContainText('V-Dem v14 lite, key variables: e_pt_coup');
  await page.screenshot({ path: path.join(screenshots, 'forecasts-open-model.png') });

  // Myanmar's risk over the years, with its drivers by name.
  await table.getByRole('link', { name: 'Myanmar' }).click();
  // The country page gathers structure, forecasts and escalation: slow on a busy machine.
  await expect(page.getByRole('heading', { name: 'Myanmar', level: 1 })).toBeVisible({
    timeout: 30_000,
  });
  const drivers = page.getByRole('list', { name: 'Main drivers' });
  await expect(drivers.getByRole('listitem').first()).toBeVisible();
  // The forecast with its interval: what followed forecasts like it in the back-test.
  await expect(page.getByTestId('forecast-interval')).toContainText(
    /90% interval \d+\.\d%–\d+\.\d%/,
  );
  await expect(drivers).not.toContainText('.log2');
  await expect(drivers).not.toContainText('v2');
  // A past year's forecast is the open model's back-test, fitted on years known then (ADR 21).
  await page.goto('/country/MMR?year=2010');
  await expect(page.getByText('Back-test: model fitted on years up to 2008 only')).toBeVisible({
    timeout: 30_000,
  });

  // Myanmar's escalation, replayed from the bundled GED after the first load: its data end in 2023,
  // so the page says so and holds the last known stage (never "none").
  await page.goto('/country/MMR');
  await expect(page.getByRole('heading', { name: 'Myanmar', level: 1 })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByTestId('country-stage')).toHaveText('violence', { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: /Escalation/ })).toContainText(
    'no event data since 2023-',
  );
  await expect(page.getByRole('table', { name: 'Provinces' })).toContainText('Rakhine');
  await expect(page.locator('[data-stage="violence"]').first()).toBeAttached();
  // The provinces as shapes, by stage, then by the monthly model's risk.
  const map = page.getByRole('img', { name: 'Provinces' });
  await expect(map.locator('path[data-province]')).toHaveCount(14);
  await expect(map.locator('path[data-stage="violence"]').first()).toBeAttached();
  await expect(map.locator('text.province-label').first()).toBeVisible();
  await page.getByRole('radio', { name: 'Risk, 3 months' }).check();
  await expect(map).toHaveAttribute('data-colour-by', 'risk');
  await map.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, 'country-province-risk.png') });
  const alerts = page.getByRole('table', { name: 'Alerts' });
  await expect(alerts.getByRole('row').nth(1)).toBeVisible();
  await expect(alerts).toContainText('2023-');
});

test('an analyst sees the ranked 2025-26 forecast as a table and a choropleth', async ({
  page,
}) => {
  test.skip(!existsSync(EWP), `${EWP} is absent: the forecast page is not tested with real data`);
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page);
  await page.getByRole('link', { name: 'Forecasts' }).click();

  lens(
    'features',
    'build',
    '--spec',
    'ewp-2025',
    '--from',
    EWP,
    '--out',
    path.join(root, 'var/e2e/ewp.csv'),
  );
  lens(
    'models',
    'add-reference',
    '--id',
    'ewp-2025',
    '--coefficients',
    path.join(EWP, 'coefficients_3Sep2025_fullprecision_from_rds.csv'),
  );
  // The open model is the default of a fresh install; the EWP's is made the default here.
  lens('models', 'default', 'ewp-2025');
  lens('forecast', '--year', '2024', '--out', path.join(root, 'var/e2e/forecast.csv'));

  await page.reload();
  const table = page.getByRole('table', { name: 'Risk of a new mass killing' });
  // The server may still be bringing analyses up to date after the imports above (slow machines).
  await expect(table.getByRole('row')).toHaveCount(169, { timeout: 30_000 });
  const first = table.getByRole('row').nth(1);
  await expect(first.getByRole('cell').nth(0)).toHaveText('1');
  await expect(first.getByRole('cell').nth(1)).toHaveText('Myanmar');
  await expect(first.getByRole('cell').nth(2)).toHaveText('10.4%');
  await expect(page.getByTestId('model')).toContainText('ewp-2025');
  // The map colours Myanmar in the top band and shows its risk when selected.
  const myanmar = page.locator('path[data-iso3="MMR"]');
  await expect(myanmar).toHaveAttribute('fill', '#8f1d2c');
  await myanmar.click();
  await expect(page.getByTestId('forecast-detail')).toContainText('10.4%');
  await page.screenshot({ path: path.join(screenshots, 'forecasts.png'), fullPage: false });

  // Each country's page: its risk over the years with its onsets marked, and its drivers.
  await table.getByRole('link', { name: 'Myanmar' }).click();
  // The country page gathers structure, forecasts and escalation: slow on a busy machine.
  await expect(page.getByRole('heading', { name: 'Myanmar', level: 1 })).toBeVisible({
    timeout: 30_000,
  });
  const chart = page.getByRole('img', { name: 'Risk over the years' });
  await expect(chart.locator('circle.onset[data-year="2016"]')).toHaveCount(1);
  await expect(chart.locator('circle.onset[data-year="2021"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'What drives the 2024 forecast' })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Main drivers' }).getByRole('listitem').first(),
  ).toContainText('coup attempt in the last five years');
  await page.screenshot({ path: path.join(screenshots, 'country-risk.png'), fullPage: true });
});
