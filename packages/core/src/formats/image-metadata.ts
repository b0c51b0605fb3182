import { LensError } from '../domain/errors';

/**
 * Attachment types Lens accepts, recognised by their bytes (never by the name or the declared
 * type alone), and metadata stripping for images: EXIF (GPS position, device, owner), XMP, IPTC
 * and comments are removed from the copy analysts see; the original is kept sealed.
 */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export function sniffType(b: Uint8Array): AttachmentType | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length >= 8 && png.every((v, i) => b[i] === v)) return 'image/png';
  if (b.length >= 5 && String.fromCharCode(...b.subarray(0, 5)) === '%PDF-')
    return 'application/pdf';
  return null;
}

const bad = (file: string, at: number, what: string): never => {
  throw new LensError('invalid', `${file}: byte ${at}: ${what}`, { attachments: what });
};

/**
 * A JPEG without its APP1-APP15 segments (EXIF, XMP, IPTC/Photoshop, ICC) and comments; the
 * image data (from the start-of-scan marker on) is copied unchanged.
 */
export function stripJpeg(b: Uint8Array, file: string): Uint8Array {
  const out: Uint8Array[] = [b.subarray(0, 2)];
  let i = 2;
  for (;;) {
    if (i + 4 > b.length) bad(file, i, 'the JPEG ends before its image data');
    if (b[i] !== 0xff) bad(file, i, 'not a JPEG marker');
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xda) {
      out.push(b.subarray(i)); // start of scan: the rest is image data
      break;
    }
    if (marker === 0xd9) bad(file, i, 'the JPEG ends before its image data');
    const len = (b[i + 2]! << 8) | b[i + 3]!;
    if (len < 2 || i + 2 + len > b.length)
      bad(file, i, 'a JPEG segment runs past the end of the file');
    const drop = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;
    if (!drop) out.push(b.subarray(i, i + 2 + len));
    i += 2 + len;
  }
  return concat(out);
}

/** PNG chunks that carry text, dates or EXIF: removed from the copy analysts see. */
const PNG_METADATA = new Set(['tEXt', 'iTXt', 'zTXt', 'eXIf', 'tIME']);

export function stripPng(b: Uint8Array, file: string): Uint8Array {
  const out: Uint8Array[] = [b.subarray(0, 8)];
  let i = 8;
  let ended = false;
  while (i < b.length) {
    if (i + 12 > b.length) bad(file, i, 'a PNG chunk runs past the end of the file');
    const len = ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
    if (i + 12 + len > b.length) bad(file, i, 'a PNG chunk runs past the end of the file');
    const type = String.fromCharCode(...b.subarray(i + 4, i + 8));
    if (!PNG_METADATA.has(type)) out.push(b.subarray(i, i + 12 + len));
    i += 12 + len;
    if (type === 'IEND') {
      ended = true;
      break;
    }
  }
  if (!ended) bad(file, i, 'the PNG has no end chunk');
  return concat(out);
}

/** The copy analysts see: images without metadata; PDFs as received here, rebuilt at intake by the document sanitiser. */
export function shownCopy(b: Uint8Array, type: AttachmentType, file: string): Uint8Array {
  return type === 'image/jpeg' ? stripJpeg(b, file) : type === 'image/png' ? stripPng(b, file) : b;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
