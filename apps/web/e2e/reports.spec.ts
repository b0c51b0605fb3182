import path from 'node:path';
import { expect, test, type APIRequestContext, type Page, type Route } from '@playwright/test';

const screenshots = path.resolve(import.meta.dirname, '../../../docs/screenshots');

const ADMIN = { username: 'focal-point', password: 'a long and careful passphrase' };
const MONITOR = { username: 'field-monitor', password: 'a monitor passphrase here' };
const CONTACT = '+95 9 7711 2299';
const NAME = 'Ko Aung Min';

const seg = (marker: number, body: Buffer) =>
  Buffer.concat([
    Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff]),
    body,
  ]);
/** A photo whose EXIF holds a GPS position and the phone model. */
const PHOTO = Buffer.concat([
  Buffer.from([0xff, 0xd8]),
  seg(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
  seg(
    0xe1,
    Buffer.from('Exif\0\0GPSLatitude 20.146N GPSLongitude 92.898E Model Redmi 9', 'latin1'),
  ),
  seg(0xdb, Buffer.alloc(65, 1)),
  seg(0xda, Buffer.from([1, 1, 0, 0, 63, 0])),
  Buffer.from([0x12, 0x34, 0xff, 0xd9]),
]);

test.describe.configure({ mode: 'serial' });

async function signedIn(request: APIRequestContext, who: { username: string; password: string }) {
  const login = await request.post('/api/auth/login', { data: who });
  expect(login.status()).toBe(200);
  return ((await login.json()) as { csrfToken: string }).csrfToken;
}

test('a monitor submits a report in Arabic; the reporter is sealed; it is placed in its province', async ({
  page,
  request,
}) => {
  const csrf = await signedIn(request, ADMIN);
  const created = await request.post('/api/users', {
    data: { ...MONITOR, role: 'monitor' },
    headers: { 'x-csrf-token': csrf },
  });
  expect(created.status()).toBe(201);

  await page.goto('/login');
  await page.getByLabel('Username').fill(MONITOR.username);
  await page.getByLabel('Password').fill(MONITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: 'إبلاغ' }).click();
  const form = page.getByRole('form', { name: 'أبلغ عما حدث' });
  await form.getByLabel('تاريخ الحدث').fill('2024-05-17');
  await form.getByLabel('البلد').selectOption('MMR');
  await form.getByLabel('المكان (قرية، حي، معلم)').fill('Sittwe');
  await form.getByLabel('خط العرض').fill('20.146');
  await form.getByLabel('خط الطول').fill('92.898');
  await form
    .getByLabel('ماذا حدث')
    .fill('أحرق مسلحون منازل في الحي الشمالي وأطلقوا النار على السكان الفارين.');
  await form.getByLabel('عدد القتلى (أفضل تقدير)').fill('4');
  await form.getByLabel('استُهدف المدنيون عمداً').check();
  await form.locator('input[type="file"]').setInputFiles({
    name: 'sittwe.jpg',
    mimeType: 'image/jpeg',
    buffer: PHOTO,
  });
  await form.getByLabel('اسمك (اختياري)').fill(NAME);
  await form.getByLabel('كيف نتواصل معك (اختياري)').fill(CONTACT);
  await page.screenshot({ path: path.join(screenshots, 'report-form-ar.png'), fullPage: true });
  await form.getByRole('button', { name: 'إرسال البلاغ' }).click();
  await expect(page.getByRole('status')).toContainText('تم استلام البلاغ');
  // The monitor does not get the analysts' queue.
  await expect(page.getByRole('link', { name: 'البلاغات' })).toHaveCount(0);
});

test('an analyst verifies it; nobody but an admin sees the reporter, and the reveal is audited', async ({
  page,
  request,
}) => {
  await page.goto('/login');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Reports' }).click();
  const table = page.getByRole('table', { name: 'Field reports' });
  const row = table.locator('tr[data-report]').first();
  await expect(row).toContainText('Rakhine');
  await expect(row).toContainText('أحرق مسلحون');
  await expect(row).toContainText('reporter sealed');
  await expect(page.locator('body')).not.toContainText(CONTACT);
  const form = row.getByRole('form');
  await form.getByRole('combobox', { name: 'Status' }).selectOption('verified');
  await form.getByRole('combobox', { name: 'Credibility' }).selectOption('2');
  await form.getByRole('textbox', { name: 'Reason' }).fill('Matches imagery of burned homes');
  await form.getByRole('button', { name: 'Record' }).click();
  await expect(row.locator('[data-status]')).toHaveAttribute('data-status', 'verified');
  await page.screenshot({ path: path.join(screenshots, 'reports-queue.png'), fullPage: false });
  // Triage: the admin takes the report and finds it under "Assigned to me".
  await row.getByRole('button', { name: 'Assign to me' }).click();
  await expect(row.locator('[data-assignee]')).toHaveAttribute('data-assignee', ADMIN.username);
  await page.getByLabel('Assigned to me').check();
  await expect(table.locator('tr[data-report]')).toHaveCount(1);
  await page.getByLabel('Assigned to me').uncheck();

  // A viewer gets the province, not the coordinates, and never the reporter.
  const csrf = await signedIn(request, ADMIN);
  await request.post('/api/users', {
    data: { username: 'desk-viewer', password: 'a viewer passphrase here', role: 'viewer' },
    headers: { 'x-csrf-token': csrf },
  });
  const id = Number(await row.getAttribute('data-report'));
  const reveal = await request.post(`/api/reports/${id}/reveal`, {
    data: { reason: 'Follow-up interview agreed with protection officer' },
    headers: { 'x-csrf-token': csrf },
  });
  expect(await reveal.json()).toEqual({ name: NAME, contact: CONTACT });
  // The photo arrived; the copy analysts open has no GPS position or phone model.
  const list = (await (await request.get(`/api/reports/${id}/attachments`)).json()) as {
    attachments: Array<{ id: number; mimeType: string }>;
  };
  expect(list.attachments).toHaveLength(1);
  const shown = await (
    await request.get(`/api/reports/${id}/attachments/${list.attachments[0]!.id}`)
  ).body();
  expect(shown.includes(Buffer.from('GPSLatitude'))).toBe(false);
  expect(shown.includes(Buffer.from('Redmi'))).toBe(false);
  const audit = (await (await request.get('/api/audit?limit=50&action=report.reveal')).json()) as {
    entries: Array<{ action: string; recordId: string }>;
  };
  expect(audit.entries[0]?.recordId).toBe(String(id));
  const recent = await (await request.get('/api/audit?limit=500')).text();
  expect(recent).not.toContain(CONTACT);

  await signedIn(request, { username: 'desk-viewer', password: 'a viewer passphrase here' });
  const seen = await request.get(`/api/reports/${id}`);
  const body = (await seen.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ admin1Name: 'Rakhine', latitude: null });
  expect(JSON.stringify(body)).not.toContain(CONTACT);
  const denied = await request.post(`/api/reports/${id}/reveal`, {
    data: { reason: 'curious about it' },
  });
  expect(denied.status()).toBe(403);
});

test('the admin opens a report: its facts, photo, credibility in words and audit trail; a reveal needs a reason', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/login');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Reports' }).click();
  const row = page.getByRole('table', { name: 'Field reports' }).locator('tr[data-report]').first();
  const id = Number(await row.getAttribute('data-report'));
  // A click on the row (not on its form) opens the report.
  await row.locator('td[lang]').click();
  await expect(page).toHaveURL(new RegExp(`/reports/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Report no. ${id}`);
  const facts = page.getByTestId('report-facts');
  await expect(facts).toContainText('Sittwe, Rakhine, Myanmar');
  await expect(facts).toContainText('أحرق مسلحون');
  await expect(facts).toContainText('People killed4');
  await expect(page.getByRole('img', { name: 'sittwe.jpg' })).toHaveAttribute(
    'src',
    /\/api\/reports\/\d+\/attachments\/\d+$/,
  );
  await expect(page.getByTestId('report-verification')).toContainText(
    'Verified · Credibility 2: probably true',
  );
  await expect(page.getByTestId('report-verification')).toContainText('Admiralty scale');
  const trail = page.getByRole('list', { name: 'Audit trail' });
  await expect(trail).toContainText('desk-viewer · opened a report');
  await expect(trail).toContainText('recorded a verification');
  await expect(trail).toContainText('revealed a reporter');
  await expect(trail).toContainText('focal-point');
  await expect(trail).not.toContainText('#');
  await expect(page.locator('body')).not.toContainText(CONTACT);
  await page.screenshot({ path: path.join(screenshots, 'report-review.png'), fullPage: true });
  const reveal = page.getByRole('form', { name: 'Reveal reporter' });
  await reveal
    .getByLabel('Why it must be revealed')
    .fill('Protection follow-up agreed with the officer');
  await reveal.getByRole('button', { name: 'Reveal reporter' }).click();
  await expect(page.getByTestId('revealed')).toContainText(NAME);
  await expect(page.getByTestId('revealed')).toContainText(CONTACT);
});

/** What waits in the device's outbox (IndexedDB), as anyone holding the phone could read it. */
const outboxOnDevice = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('lens-outbox', 1);
        open.onerror = () => reject(open.error ?? new Error('no outbox'));
        open.onsuccess = () => {
          const all = open.result
            .transaction('reports', 'readonly')
            .objectStore('reports')
            .getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(JSON.stringify(all.result));
          };
          all.onerror = () => reject(all.error ?? new Error('unreadable outbox'));
        };
      }),
  );

/** Signs the monitor in and opens the form, once online: the device keeps its outbox key. */
async function monitorOnline(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(MONITOR.username);
  await page.getByLabel('Password').fill(MONITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Report' }).click();
  await page.waitForFunction(
    () =>
      localStorage.getItem('lens-outbox-key') !== null &&
      localStorage.getItem('lens-pickable-countries') !== null,
  );
}

async function fileFromAdmin(request: APIRequestContext, text: string) {
  await signedIn(request, ADMIN);
  const reports = (await (await request.get('/api/reports?iso3=CAF')).json()) as {
    reports: Array<{ description: string; submittedBy: string; hasReporter: boolean }>;
  };
  return reports.reports.find((r) => r.description === text);
}

test('a report written offline is sealed on the device and sent when the connection returns', async ({
  page,
  context,
  request,
}) => {
  await monitorOnline(page);
  const form = page.getByRole('form', { name: 'Report what happened' });
  await form.getByLabel('Country').selectOption('CAF');
  const text = `Offline report ${Date.now()}: armed men at the Bambari checkpoint.`;
  await form.getByLabel('What happened').fill(text);
  await form.getByLabel('Your name (optional)').fill(NAME);
  await form.getByLabel('How to reach you (optional)').fill(CONTACT);
  await context.setOffline(true);
  await form.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByTestId('outbox')).toContainText('1 report(s) saved on this device');
  await expect(page.getByTestId('outbox')).toContainText('only the Lens server can open them');
  // Whoever holds the phone reads neither the report nor who wrote it.
  const onDevice = await outboxOnDevice(page);
  expect(onDevice).toContain('wrappedKey');
  for (const secret of [text, 'Bambari', NAME, CONTACT]) expect(onDevice).not.toContain(secret);
  await context.setOffline(false);
  await expect(page.getByTestId('outbox')).toContainText('1 saved report(s) sent');
  expect(await outboxOnDevice(page)).toBe('[]');
  const stored = await fileFromAdmin(request, text);
  expect(stored?.submittedBy).toContain(MONITOR.username);
  expect(stored?.hasReporter).toBe(true);
});

test('a cold start with no connection opens the report form; the sealed report goes once the session is checked', async ({
  page,
  context,
  request,
}) => {
  await monitorOnline(page);
  // The service worker holds the shell (the page, its scripts and styles) before the phone goes off.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.close();

  // The phone restarts in the field: no network at all, not even for the service worker.
  await context.setOffline(true);
  const cut = (route: Route) => route.abort('internetdisconnected');
  await context.route('**/*', cut);
  const cold = await context.newPage();
  await cold.goto('/report');
  await expect(cold.getByTestId('offline')).toContainText('You are offline');
  const form = cold.getByRole('form', { name: 'Report what happened' });
  await form.getByLabel('Country').selectOption('CAF');
  const text = `Cold start report ${Date.now()}: the market at Kaga-Bandoro burned.`;
  await form.getByLabel('What happened').fill(text);
  await form.getByLabel('How to reach you (optional)').fill(CONTACT);
  await form.getByRole('button', { name: 'Send report' }).click();
  await expect(cold.getByTestId('outbox')).toContainText('1 report(s) saved on this device');
  const onDevice = await outboxOnDevice(cold);
  for (const secret of [text, 'Kaga-Bandoro', CONTACT]) expect(onDevice).not.toContain(secret);

  await context.unroute('**/*', cut);
  await context.setOffline(false);
  await expect(cold.getByTestId('outbox')).toContainText('1 saved report(s) sent', {
    timeout: 20_000,
  });
  expect(await outboxOnDevice(cold)).toBe('[]');
  const stored = await fileFromAdmin(request, text);
  expect(stored?.submittedBy).toContain(MONITOR.username);
  expect(stored?.hasReporter).toBe(true);
});
