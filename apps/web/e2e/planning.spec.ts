import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

const screenshots = path.resolve(import.meta.dirname, '../../../docs/screenshots');

test('an analyst plans prevention for Myanmar, is warned of blind neutrality, and downloads the brief', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  await expect(page.getByRole('link', { name: 'Prevention' })).toBeVisible();
  await page.goto('/plan/MMR?year=2021');
  await expect(page.getByRole('heading', { name: 'Prevention planning: Myanmar' })).toBeVisible();
  const agenda = page.getByRole('list', { name: 'Agenda for the context' });
  await expect(agenda).toContainText('Escalation prevention');
  await expect(agenda).toContainText(/armed conflict under way: \d+ battle deaths in 2021/);
  const recs = page.getByRole('table', { name: 'Recommended measures' });
  // Each recommendation says what kind of link put it there.
  await expect(recs.locator('tr[data-measure="CPA.D.DIP"]')).toContainText(
    /\((sourced|proposed, unsourced|analyst link)\)/,
  );
  // Violence under way: the response sphere is on the agenda, its measures recommended.
  await expect(agenda).toContainText('Response: protect at-risk groups');
  await expect(recs.locator('tr[data-measure="RR.RESP.PRO.01"]')).toContainText(
    'Protecting groups at risk where they are',
  );
  // Past cases like this one, with what matched, the lesson and the source, marked if recalled.
  const cases = page.getByRole('region', { name: 'Similar past cases' });
  const mmr = cases.locator('li[data-case="CASE.MMR.2017"]');
  await expect(mmr).toContainText('Myanmar, 2016–2017 · not prevented');
  await expect(mmr).toContainText(/Matched on: .*same country/);
  await expect(mmr).toContainText(
    'Lesson: Quiet diplomacy that put the democratic transition first',
  );
  await expect(mmr).toContainText('recalled, not checked against its source');
  await mmr.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, 'similar-cases.png'), fullPage: false });

  // Envoys for all parties alike, while the military does most of the killing.
  await recs
    .locator('tr[data-measure="CPA.D.DIP"]')
    .getByRole('button', { name: 'Add to plan' })
    .click();
  await page.getByLabel('Objective').fill('Protect civilians and open talks');
  await page.getByLabel('Addressed to: Diplomatic measures').selectOption('all_parties');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Plan version 1 saved')).toBeVisible();
  const warnings = page.getByRole('list', { name: 'Pitfalls and tensions' });
  await expect(warnings).toContainText('Blind neutrality');
  await expect(warnings).toContainText(
    /Government of Myanmar \(Burma\) caused \d+% of the \d+ civilian deaths/,
  );
  await warnings.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, 'prevention-plan.png'), fullPage: false });

  // Addressed to the perpetrators instead: the warning goes.
  await page.getByLabel('Addressed to: Diplomatic measures').selectOption('perpetrators');
  await page.getByLabel('Applied by: Diplomatic measures').selectOption(['asean']);
  await page.getByLabel('Did it work?: Diplomatic measures').selectOption('too_early');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Plan version 2 saved')).toBeVisible();
  await expect(page.getByText('No pitfall or tension applies to this plan.')).toBeVisible();

  // The needs assessment: versioned, beside what the registry knows (ASEAN judged able earlier).
  const needs = page.getByRole('form', { name: 'Needs assessment' });
  await expect(needs).toContainText('No needs assessment yet.');
  await expect(needs).toContainText(/Preventive activity the registry knows: .*ASEAN/);
  await needs
    .getByLabel('Sources of resilience')
    .fill('Interfaith networks; ethnic armed organisations’ local administrations');
  await needs.getByRole('button', { name: 'Save needs assessment' }).click();
  await expect(needs).toContainText(/Version 1, by focal-point on \d{4}-\d{2}-\d{2}/);

  // An analyst's own risk -> measure link: recommended as an analyst link, then retired.
  const links = page.getByRole('form', { name: 'Your risk -> measure links' });
  await links.locator('select[name="measureId"]').selectOption('CPA.S.SOC.02');
  await links.getByLabel('Why this measure answers it').fill('Civil society documents abuses');
  await links.getByRole('button', { name: 'Add link' }).click();
  const row = page
    .getByRole('table', { name: 'Recommended measures' })
    .locator('tr[data-measure="CPA.S.SOC.02"]');
  await expect(row).toContainText('(analyst link)');
  await page
    .getByRole('form', { name: 'Your risk -> measure links' })
    .getByRole('button', { name: 'Retire' })
    .click();
  await expect(row).toHaveCount(0);

  // The brief, in Arabic with the human-rights lexicon, as HTML and PDF.
  await page.locator('select[name="briefLang"]').selectOption('ar');
  await page.locator('select[name="lexicon"]').selectOption('human_rights');
  const html = await page.getByRole('link', { name: 'Open brief (HTML)' }).getAttribute('href');
  expect(html).toBe('/api/briefs/MMR?year=2021&lang=ar&lexicon=human_rights&format=html');
  const doc = await page.request.get(html!);
  expect(doc.status()).toBe(200);
  const body = await doc.text();
  expect(body).toContain('dir="rtl"');
  expect(body).toContain('خطر الانتهاكات الجسيمة لحقوق الإنسان');
  const pdf = await page.request.get(
    (await page.getByRole('link', { name: 'Download brief (PDF)' }).getAttribute('href'))!,
  );
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // What worked: the review saved above ("too early to say") is counted on the cases page, and
  // beside the recommendation in a context like Myanmar's.
  await page.getByRole('link', { name: 'Cases' }).click();
  const worked = page.getByRole('table', { name: 'What worked in this instance' });
  await expect(worked.locator('tr[data-measure="CPA.D.DIP"]')).toContainText(
    /Diplomatic measures\s*0\s*0\s*0\s*1/,
  );
  await expect(worked).toContainText('Myanmar 2021 · too early to say');
  const library = page.getByRole('list', { name: 'Past cases' });
  await expect(library.locator('li[data-case]')).toHaveCount(14);
  await expect(library.locator('li[data-case="CASE.GMB.2017"]')).toContainText(
    'Gambia, 2016–2017 · prevented',
  );
  await page.goto('/plan/MMR?year=2021');
  await expect(
    page
      .getByRole('table', { name: 'Recommended measures' })
      .locator('tr[data-measure="CPA.D.DIP"]')
      .getByTestId('experience'),
  ).toHaveText('In this instance, in contexts like this: 1 too early to say');
});
