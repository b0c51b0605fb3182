import { describe, expect, it } from 'vitest';
import { shownCopy, sniffType, stripJpeg, stripPng } from './image-metadata';

const bytes = (...xs: Array<number | string>) =>
  Uint8Array.from(
    xs.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x])),
  );
const seg = (marker: number, body: Array<number | string>) => {
  const b = bytes(...body);
  return [0xff, marker, (b.length + 2) >> 8, (b.length + 2) & 0xff, ...b];
};

/** A JPEG's structure: SOI, APP0 (JFIF), APP1 (EXIF with a GPS position), a comment, DQT, SOS, data, EOI. */
const jpeg = bytes(
  0xff,
  0xd8,
  ...seg(0xe0, ['JFIF', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
  ...seg(0xe1, ['Exif', 0, 0, 'GPSLatitude 20.146N GPSLongitude 92.898E Model Pixel 7']),
  ...seg(0xfe, ['taken by Ko Aung']),
  ...seg(0xdb, [0, ...new Array<number>(64).fill(1)]),
  ...seg(0xda, [1, 1, 0, 0, 63, 0]),
  0x12,
  0x34,
  0xff,
  0xd9,
);
const text = (b: Uint8Array) => String.fromCharCode(...b);

describe('attachment metadata', () => {
  it('recognises files by their bytes', () => {
    expect(sniffType(jpeg)).toBe('image/jpeg');
    expect(sniffType(bytes('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffType(bytes('<html>'))).toBeNull();
  });

  it('removes EXIF (GPS, device) and comments from a JPEG and keeps the image data', () => {
    const s = stripJpeg(jpeg, 'photo.jpg');
    expect(text(s)).not.toContain('GPS');
    expect(text(s)).not.toContain('Pixel 7');
    expect(text(s)).not.toContain('Ko Aung');
    expect(text(s)).toContain('JFIF');
    expect(s.subarray(-4)).toEqual(bytes(0x12, 0x34, 0xff, 0xd9));
    expect(text(jpeg)).toContain('GPS'); // the original is untouched
  });

  it('refuses a JPEG whose segment lengths lie, naming the file and byte', () => {
    const hostile = Uint8Array.from(jpeg);
    hostile[5] = 0xff; // APP0 claims 65,000+ bytes
    expect(() => stripJpeg(hostile, 'evil.jpg')).toThrow(
      /evil\.jpg: byte 2: a JPEG segment runs past the end/,
    );
    expect(() => stripJpeg(jpeg.subarray(0, 30), 'short.jpg')).toThrow(/short\.jpg/);
  });

  it('removes text and EXIF chunks from a PNG', () => {
    const chunk = (type: string, data: string) => {
      const d = bytes(data);
      return [0, 0, d.length >> 8, d.length & 0xff, ...bytes(type), ...d, 0, 0, 0, 0];
    };
    const png = bytes(
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...chunk('IHDR', 'xxxxxxxxxxxxx'),
      ...chunk('tEXt', 'Author\0Ko Aung'),
      ...chunk('eXIf', 'GPS 20.1N'),
      ...chunk('IDAT', 'pixels'),
      ...chunk('IEND', ''),
    );
    const s = stripPng(png, 'a.png');
    expect(text(s)).not.toContain('Ko Aung');
    expect(text(s)).not.toContain('GPS');
    expect(text(s)).toContain('IDAT');
    expect(shownCopy(png, 'image/png', 'a.png')).toEqual(s);
    expect(() => stripPng(png.subarray(0, png.length - 12), 'cut.png')).toThrow(
      /cut\.png: .*end chunk/,
    );
  });
});
