import { expect, it } from 'vitest';
import { contentDisposition } from './content-disposition';

it('names an Arabic, accented or quoted file exactly (filename*) with an ASCII fallback', () => {
  expect(contentDisposition('attachment', 'تقرير.pdf')).toBe(
    `attachment; filename="_____.pdf"; filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1.pdf`,
  );
  const h = contentDisposition('attachment', 'Témoignage "Bambari" (1).jpg');
  expect(h).toContain('filename="T_moignage _Bambari_ (1).jpg"');
  expect(decodeURIComponent(h.split("UTF-8''")[1]!)).toBe('Témoignage "Bambari" (1).jpg');
  // Every byte of the header is a legal header character (Node refuses others with a 500).
  expect(h).toMatch(/^[\x20-\x7e]+$/);
  expect(contentDisposition('inline', '../../etc/passwd')).toContain('filename=".._.._etc_passwd"');
});
