import { PDFDocument, PDFName } from 'pdf-lib';
import { LensError, type DocumentSanitiser } from '@lens/core';

/** Page entries that can act or carry data beside what the page shows. */
const PAGE_KEYS = ['Annots', 'AA', 'Metadata', 'PieceInfo', 'Thumb'] as const;

/**
 * The copy of a PDF shown to analysts and viewers: its pages, rebuilt into a new document, and
 * nothing else. Left behind: the document information (author, creator tool, dates), XMP
 * metadata, the open action and every JavaScript, embedded files, forms, and the pages'
 * annotations and actions. The original is sealed and kept for admins, as for photos.
 */
export const pdfSanitiser: DocumentSanitiser = {
  async pdf(bytes, fileName) {
    try {
      return await rebuild(bytes);
    } catch (e) {
      const why = /encrypt/i.test((e as Error).message) ? 'it is encrypted' : 'it is damaged';
      throw new LensError(
        'invalid',
        `${fileName} cannot be read as a PDF (${why}); send it without a password, or as photos of its pages`,
      );
    }
  },
};

async function rebuild(bytes: Uint8Array): Promise<Uint8Array> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  // Removed from the source before copying: copyPages takes only what the pages still reach.
  for (const page of source.getPages())
    for (const key of PAGE_KEYS) page.node.delete(PDFName.of(key));
  const copy = await PDFDocument.create({ updateMetadata: false });
  for (const page of await copy.copyPages(source, source.getPageIndices())) copy.addPage(page);
  if (copy.getPageCount() === 0) throw new Error('no pages');
  // Object streams off: the copy's every object stays readable (and checkable) as text.
  return copy.save({ useObjectStreams: false, updateFieldAppearances: false });
}
