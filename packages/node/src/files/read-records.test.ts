import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parseCsv, type CsvRecord } from '@lens/core';
import { records } from './read-records';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lens-records-'));
const read = async (file: string) => {
  const out: CsvRecord[] = [];
  for await (const batch of records(file, path.basename(file), ',', 'utf-8', () => undefined))
    out.push(...batch);
  return out;
};

it('reads characters cut by a chunk boundary (2, 3 and 4 bytes) as written', async () => {
  // Rows of Arabic, Burmese and a 4-byte symbol; a filler row moves the cut into each of them.
  for (const shift of [0, 1, 2, 3]) {
    const row = 'ميانمار,မြန်မာ,𝔘𝔑\n';
    const text = `id,name,other\n${'x'.repeat(131_072 - 14 - shift)},a,b\n${row.repeat(20_000)}`;
    const file = path.join(dir, `cut-${shift}.csv`);
    writeFileSync(file, text);
    const got = await read(file);
    expect(got).toEqual(parseCsv(text));
  }
});

it('refuses a character cut by the end of the file, naming where', async () => {
  const file = path.join(dir, 'cut-end.csv');
  writeFileSync(file, Buffer.concat([Buffer.from('id,name\n1,C'), Buffer.from([0xc3])]));
  await expect(read(file)).rejects.toThrow('cut-end.csv: line 2, column 4: the file is not utf-8');
});
