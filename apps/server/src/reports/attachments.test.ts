import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyEvidence } from '@lens/core';
import { describeEachDatabase } from '@lens/db/testing';
import { exifPhoto, hostilePdf } from '@lens/node/testing';
import { as, createTestApp, type TestApp } from '../testing';

/** A JPEG carrying a GPS position and the phone model in its EXIF segment. */
const PHOTO = exifPhoto();
const REPORT = {
  occurredOn: '2024-02-10',
  iso3: 'CAF',
  latitude: 4.36,
  longitude: 18.56,
  description: 'Houses burned in the PK5 district; photo attached.',
  language: 'fr',
  civiliansTargeted: true,
};

/** A multipart body with the report and files, as a browser's FormData sends it. */
function multipart(report: unknown, files: Array<{ name: string; type: string; data: Buffer }>) {
  const boundary = '----lens-test-boundary';
  const parts: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="report"\r\n\r\n${JSON.stringify(report)}\r\n`,
    ),
  ];
  for (const f of files)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describeEachDatabase('report attachments', (get) => {
  let t: TestApp;
  let reportId = 0;
  let attachmentId = 0;
  beforeAll(async () => {
    t = await createTestApp(get());
  });
  afterAll(async () => {
    await t.app.close();
  });
  /** A monitor submits the report with these files, as the form does. */
  const send = (files: Array<{ name: string; type: string; data: Buffer }>) => {
    const body = multipart(REPORT, files);
    return t.app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: body.payload,
      headers: { ...as(t.callers.monitor), ...body.headers },
    });
  };

  it('takes a photo with a report; the copy shown has no GPS or device; the hash is audited', async () => {
    const res = await send([{ name: 'pk5.jpg', type: 'image/jpeg', data: PHOTO }]);
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json() as { id: number; attachments: Array<{ id: number; sha256: string }> };
    reportId = r.id;
    attachmentId = r.attachments[0]!.id;
    expect(r.attachments[0]!.sha256).toBe(t.deps.evidence!.sha256(PHOTO));
    const shown = await t.app.inject({
      method: 'GET',
      url: `/api/reports/${reportId}/attachments/${attachmentId}`,
      headers: as(t.callers.viewer),
    });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe('image/jpeg');
    expect(shown.rawPayload.includes(Buffer.from('GPSLatitude'))).toBe(false);
    expect(shown.rawPayload.includes(Buffer.from('Galaxy'))).toBe(false);
    expect(shown.rawPayload.subarray(-4)).toEqual(Buffer.from([0x12, 0x34, 0xff, 0xd9]));
    const audit = await t.deps.store.audit.list({ limit: 50 });
    expect(audit.find((e) => e.action === 'evidence.received')?.detail).toMatchObject({
      sha256: r.attachments[0]!.sha256,
    });
    expect(audit.find((e) => e.action === 'evidence.viewed')?.recordId).toBe(String(attachmentId));
  });

  it('keeps the original sealed: only an admin opens it, audited', async () => {
    const denied = await t.app.inject({
      method: 'GET',
      url: `/api/reports/${reportId}/attachments/${attachmentId}?original=true`,
      headers: as(t.callers.analyst),
    });
    expect(denied.statusCode).toBe(403);
    const original = await t.app.inject({
      method: 'GET',
      url: `/api/reports/${reportId}/attachments/${attachmentId}?original=true`,
      headers: as(t.callers.admin),
    });
    expect(original.rawPayload.equals(PHOTO)).toBe(true);
    // On disk, no file holds the GPS position in clear: the original is sealed.
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)],
      );
    const stored = files(t.evidenceDir);
    expect(stored).toHaveLength(2);
    for (const f of stored)
      expect(readFileSync(f).includes(Buffer.from('GPSLatitude'))).toBe(false);
    const audit = await t.deps.store.audit.list({ limit: 50 });
    expect(audit.some((e) => e.action === 'evidence.viewed-original')).toBe(true);
  });

  it('refuses wrong types, hostile metadata and oversized files with a clear error, storing nothing', async () => {
    const before = (await t.deps.store.attachments.all()).length;
    const cases: Array<[Array<{ name: string; type: string; data: Buffer }>, number, RegExp]> = [
      [
        [{ name: 'x.png', type: 'image/png', data: PHOTO }],
        400,
        /sent as image\/png but its content is image\/jpeg/,
      ],
      [
        [{ name: 'page.html', type: 'text/html', data: Buffer.from('<html><script>') }],
        400,
        /page\.html is not a JPEG, PNG or PDF/,
      ],
      [
        [
          {
            name: 'evil.jpg',
            type: 'image/jpeg',
            data: Buffer.concat([
              PHOTO.subarray(0, 4),
              Buffer.from([0xff, 0xff]),
              PHOTO.subarray(6, 40),
            ]),
          },
        ],
        400,
        /evil\.jpg: byte \d+: a JPEG segment runs past the end/,
      ],
      [
        [{ name: 'big.jpg', type: 'image/jpeg', data: Buffer.alloc(11 * 1024 * 1024, 0xff) }],
        413,
        /./,
      ],
    ];
    for (const [files, status, message] of cases) {
      const body = multipart(REPORT, files);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/reports',
        payload: body.payload,
        headers: { ...as(t.callers.monitor), ...body.headers },
      });
      expect(res.statusCode, files[0]!.name).toBe(status);
      expect(res.json().message).toMatch(message);
    }
    expect((await t.deps.store.attachments.all()).length).toBe(before);
  });

  it('lens evidence verify re-hashes every file and names any that changed', async () => {
    expect(await verifyEvidence(t.deps, 'test')).toEqual({ checked: 1, mismatches: [] });
    const a = (await t.deps.store.attachments.all())[0]!;
    const evidence = t.deps.evidence!;
    // Tamper with the shown copy on disk.
    const shown = Buffer.from(await evidence.get(a.shownRef));
    shown[shown.length - 3] = 0x99;
    writeFileSync(path.join(t.evidenceDir, a.shownRef.slice(0, 2), a.shownRef), shown);
    const r = await verifyEvidence(t.deps, 'test');
    expect(r.mismatches).toEqual([
      { attachment: a.id, report: a.reportId, problem: 'the shown copy does not match its hash' },
    ]);
  });

  it('takes reports that arrive together with the same new photo, and serves an Arabic file name', async () => {
    // Issue 21: the evidence store's temporary name was per process, so simultaneous writes of
    // the same bytes collided (500, ENOENT on rename).
    const photo = Buffer.concat([PHOTO.subarray(0, -4), Buffer.from([0x56, 0x78, 0xff, 0xd9])]);
    const sent = await Promise.all(
      Array.from({ length: 6 }, () => {
        const body = multipart(REPORT, [{ name: 'تقرير.jpg', type: 'image/jpeg', data: photo }]);
        return t.app.inject({
          method: 'POST',
          url: '/api/reports',
          payload: body.payload,
          headers: { ...as(t.callers.monitor), ...body.headers },
        });
      }),
    );
    for (const res of sent) expect(res.statusCode, res.body).toBe(201);
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)],
      );
    expect(files(t.evidenceDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const r = sent[0]!.json() as { id: number; attachments: Array<{ id: number }> };
    const shown = await t.app.inject({
      method: 'GET',
      url: `/api/reports/${r.id}/attachments/${r.attachments[0]!.id}`,
      headers: as(t.callers.viewer),
    });
    expect(shown.statusCode, shown.body).toBe(200);
    const disposition = shown.headers['content-disposition'] as string;
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('تقرير.jpg');
  });

  it('shows a PDF to readers rebuilt without its author, JavaScript or embedded files; the admin has the original', async () => {
    const pdf = Buffer.from(await hostilePdf());
    const res = await send([{ name: 'statement.pdf', type: 'application/pdf', data: pdf }]);
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json() as { id: number; attachments: Array<{ id: number; sha256: string }> };
    expect(r.attachments[0]!.sha256).toBe(t.deps.evidence!.sha256(pdf));
    const url = `/api/reports/${r.id}/attachments/${r.attachments[0]!.id}`;
    const shown = await t.app.inject({ method: 'GET', url, headers: as(t.callers.viewer) });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe('application/pdf');
    for (const s of ['Aung Ko Ko', 'JavaScript', 'EmbeddedFile', 'witnesses.txt'])
      expect(shown.rawPayload.includes(Buffer.from(s)), s).toBe(false);
    expect(shown.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const original = await t.app.inject({
      method: 'GET',
      url: `${url}?original=true`,
      headers: as(t.callers.admin),
    });
    expect(original.rawPayload.equals(pdf)).toBe(true);

    // A PDF that cannot be read is refused by name, and the report is not stored half-way.
    const before = (await t.deps.store.reports.list({ limit: 1000 })).length;
    const broken = multipart(REPORT, [
      { name: 'scan.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.7\nnothing more') },
    ]);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: broken.payload,
      headers: { ...as(t.callers.monitor), ...broken.headers },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ message: string }>().message).toMatch(
      /scan\.pdf cannot be read as a PDF/,
    );
    expect((await t.deps.store.reports.list({ limit: 1000 })).length).toBe(before);
  });
});
