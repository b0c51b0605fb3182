import { describe, expect, it } from 'vitest';
import { CsvParser, csvField, csvText, parseCsv, type CsvRecord } from './csv';
import { reportsCsv } from './report-export';
import type { Report } from '../domain/report';

describe('CSV parser', () => {
  it('reads quoted fields with commas, doubled quotes, newlines, CRLF and a BOM', () => {
    const text =
      '\uFEFFid,name,note\r\n1,"Côte d\'Ivoire","said ""stop""\r\nthen left"\r\n2,Mali,\r\n';
    const rows = parseCsv(text);
    expect(rows.map((r) => r.fields)).toEqual([
      ['id', 'name', 'note'],
      ['1', "Côte d'Ivoire", 'said "stop"\r\nthen left'],
      ['2', 'Mali', ''],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('gives the same records however the text is split into chunks', () => {
    const text = 'a,b\n"x\ny",2\r\n3,"4"\n';
    const whole = parseCsv(text).map((r) => r.fields);
    for (let size = 1; size <= text.length; size++) {
      const p = new CsvParser();
      const out: CsvRecord[] = [];
      for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size), out);
      p.end(out);
      expect(out.map((r) => r.fields)).toEqual(whole);
    }
  });

  it('names the file, line and column of a truncated quoted field', () => {
    expect(() => parseCsv('a,b\n1,"unterminated\n', { source: 'ged.csv' })).toThrow(
      /ged\.csv: line 2, column 3: a quoted field is never closed/,
    );
  });

  it('names the place of a stray quote or text after a closing quote', () => {
    expect(() => parseCsv('a,b\n1,ab"c\n', { source: 'x.csv' })).toThrow(
      /x\.csv: line 2, column 5: a quote inside an unquoted field/,
    );
    expect(() => parseCsv('a,b\n1,"ab"c\n', { source: 'x.csv' })).toThrow(
      /line 2, column 7: text after a closing quote/,
    );
  });

  it('makes strings of the kept columns only, and still checks the others', () => {
    const p = new CsvParser({ source: 'wide.csv' });
    const head = p.push('id,skip,keep,"quoted skip"\n');
    expect(head[0]!.fields).toEqual(['id', 'skip', 'keep', 'quoted skip']);
    p.keepColumns([2]);
    const rows = p.end(p.push('1,a,b,"c, ""d"""\r\n2,"x\ny",z,w\n'));
    // The first column is always kept; the others read as empty; field counts are unchanged.
    expect(rows.map((r) => r.fields)).toEqual([
      ['1', '', 'b', ''],
      ['2', '', 'z', ''],
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    // A stray quote in a column nobody reads is still named by line and column.
    const q = new CsvParser({ source: 'wide.csv' });
    q.push('id,skip,keep\n');
    q.keepColumns([2]);
    expect(() => q.end(q.push('1,ok,fine\n2,bad"quote,fine\n'))).toThrow(
      'wide.csv: line 3, column 6: a quote inside an unquoted field',
    );
  });

  it('reads tab-separated text', () => {
    expect(parseCsv('a\tb\n1\t2', { delimiter: '\t' }).map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('writes fields that read back as written', () => {
    const fields = ['Burma/Myanmar', 'Congo, Democratic Republic of (Zaire)', 'say "no"', 'a\r\nb'];
    expect(fields.map(csvField)).toEqual([
      'Burma/Myanmar',
      '"Congo, Democratic Republic of (Zaire)"',
      '"say ""no"""',
      '"a\r\nb"',
    ]);
    expect(parseCsv(`${fields.map(csvField).join(',')}\n`)[0]!.fields).toEqual(fields);
  });
});

describe('csvText (issue 21: CSV formula injection)', () => {
  it('shows text that would start a formula, never runs it', () => {
    expect(csvText('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    for (const s of ['+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(csvText(s)).toMatch(/^"?'/);
    expect(csvText('Sittwe, Rakhine')).toBe('"Sittwe, Rakhine"');
    expect(csvText('houses burned')).toBe('houses burned');
  });

  it('is what the reports export writes for free text, while numbers stay numbers', () => {
    const report = {
      id: 7,
      description: '=cmd|" /C calc"!A0',
      actors: ['@militia'],
      fatalitiesBest: -1,
    } as unknown as Report;
    const row = reportsCsv([report]).split('\r\n')[2]!;
    expect(row).toContain(`"'=cmd|"" /C calc""!A0"`);
    expect(row).toContain("'@militia");
    expect(row).toContain(',-1,');
  });
});
