import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { hostilePdf } from '../testing';
import { pdfSanitiser } from './pdf-sanitiser';

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

describe('PDFs shown to readers', () => {
  it('keep their pages and lose metadata, JavaScript, embedded files and annotations', async () => {
    const hostile = await hostilePdf();
    // The test's PDF carries what it should (so the checks below can fail).
    for (const s of ['Aung Ko Ko', '/JavaScript', '/EmbeddedFile', 'witnesses.txt', '/OpenAction'])
      expect(latin1(hostile)).toContain(s);
    const shown = await pdfSanitiser.pdf(hostile, 'statement.pdf');
    const text = latin1(shown);
    for (const s of [
      'Aung Ko Ko',
      'JavaScript',
      'EmbeddedFile',
      'witnesses.txt',
      'OpenAction',
      '/Annots',
      '/AA',
      'xmpmeta',
      'Phone of the witness',
    ])
      expect(text, s).not.toContain(s);
    const reread = await PDFDocument.load(shown);
    expect(reread.getPageCount()).toBe(1);
    expect(reread.getPage(0).getSize()).toEqual({ width: 400, height: 300 });
    expect(reread.catalog.get(PDFName.of('Names'))).toBeUndefined();
    // The page's content (the statement's text, drawn with its font) is all there.
    expect(reread.getPage(0).node.Resources()?.toString()).toContain('/Font');
  });

  it('refuses a file that is not a readable PDF, naming it', async () => {
    await expect(
      pdfSanitiser.pdf(new TextEncoder().encode('%PDF-1.7\nnot really'), 'broken.pdf'),
    ).rejects.toThrow(/broken\.pdf cannot be read as a PDF/);
  });
});
