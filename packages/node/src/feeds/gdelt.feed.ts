import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import {
  CsvParser,
  FeedError,
  GDELT2_COLUMNS,
  type Feed,
  type FeedPull,
  type FeedPullInput,
  type FeedTable,
} from '@lens/core';
import { FeedHttp, type FeedHttpOptions } from './feed-http';

const DEFAULT_BASE = 'http://data.gdeltproject.org/gdeltv2';
/** Files one run back-fills at most (a day of 15-minute files); the rest follow at once. */
const DEFAULT_BACKFILL = 96;

export interface GdeltFile {
  readonly size: number;
  readonly md5: string;
  readonly url: string;
  /** YYYYMMDDHHMMSS, from the file name. */
  readonly stamp: string;
}

/** The export files named in lastupdate.txt or masterfilelist.txt ("size md5 url" lines). */
export function exportFiles(text: string, source: string): GdeltFile[] {
  const out: GdeltFile[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const m = /^(\d+) ([0-9a-f]{32}) (\S+\/(\d{14})\.export\.CSV\.zip)$/i.exec(line);
    if (m) out.push({ size: Number(m[1]), md5: m[2]!.toLowerCase(), url: m[3]!, stamp: m[4]! });
    else if (!/^\d+ [0-9a-f]{32} \S+$/i.test(line))
      throw new FeedError(
        `GDELT 2.0 ${source}: line ${i + 1} is not "size md5 url": "${line.slice(0, 80)}"`,
      );
  });
  return out;
}

const stampIso = (s: string) =>
  `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(8, 10)}:${s.slice(10, 12)}:${s.slice(12, 14)}Z`;

/** One export file: its size and MD5 checked before anything is parsed, then its one CSV read. */
export function readExportZip(file: GdeltFile, bytes: Buffer): FeedTable {
  const name = file.url.slice(file.url.lastIndexOf('/') + 1);
  if (bytes.length !== file.size)
    throw new FeedError(
      `GDELT 2.0 ${name}: ${bytes.length} bytes arrived, the file list says ${file.size} (cut off?)`,
    );
  const md5 = createHash('md5').update(bytes).digest('hex');
  if (md5 !== file.md5)
    throw new FeedError(`GDELT 2.0 ${name}: MD5 ${md5} does not match the file list's ${file.md5}`);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    throw new FeedError(`GDELT 2.0 ${name}: the zip cannot be read (${(e as Error).message})`);
  }
  const csv = Object.keys(entries).filter((n) => /\.csv$/i.test(n));
  if (csv.length !== 1)
    throw new FeedError(`GDELT 2.0 ${name}: expected one CSV in the zip, found ${csv.length}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(entries[csv[0]!]);
  } catch {
    throw new FeedError(`GDELT 2.0 ${name}: ${csv[0]} is not UTF-8`);
  }
  const parser = new CsvParser({ delimiter: '\t', source: `GDELT 2.0 ${csv[0]}` });
  const records = parser.push(text);
  parser.end(records);
  return { name: `GDELT 2.0 ${csv[0]}`, kind: 'gdelt2', header: GDELT2_COLUMNS, records };
}

/**
 * GDELT 2.0's event exports: every 15 minutes lastupdate.txt names the newest export zip with its
 * size and MD5. A run takes every file after the cursor: the newest from lastupdate.txt, and any
 * missed in between from the master file list (at most a day's files per run; the rest follow in
 * the next run, which is due at once).
 */
export function gdeltFeed(http: FeedHttpOptions = {}): Feed {
  return {
    connector: 'gdelt2',
    defaultInterval: 15,
    kind: 'gdelt2',
    async pull(input: FeedPullInput): Promise<FeedPull> {
      const base = String(input.settings.baseUrl ?? DEFAULT_BASE).replace(/\/$/, '');
      const cap = Number(input.settings.maxBackfill ?? DEFAULT_BACKFILL);
      const done = (input.cursor as { stamp?: string } | null)?.stamp;
      const client = new FeedHttp('GDELT 2.0', input, http);
      const last = exportFiles(
        (await client.ok(`${base}/lastupdate.txt`, 'lastupdate.txt')).body.toString('utf8'),
        'lastupdate.txt',
      );
      const newest = last[0];
      if (!newest) throw new FeedError('GDELT 2.0 lastupdate.txt: no export file is named');
      let files: GdeltFile[] = [];
      if (!done) files = [newest];
      else if (newest.stamp > done) {
        // Is there a gap? The file 15 minutes after the cursor is the newest one, or the master
        // list names what came between.
        const next = new Date(Date.parse(stampIso(done)) + 15 * 60_000)
          .toISOString()
          .replace(/[-:T]/g, '')
          .slice(0, 14);
        files =
          next >= newest.stamp
            ? [newest]
            : exportFiles(
                (await client.ok(`${base}/masterfilelist.txt`, 'masterfilelist.txt')).body.toString(
                  'utf8',
                ),
                'masterfilelist.txt',
              ).filter((f) => f.stamp > done && f.stamp <= newest.stamp);
        if (!files.some((f) => f.stamp === newest.stamp)) files.push(newest);
        files.sort((a, b) => a.stamp.localeCompare(b.stamp));
      }
      const more = files.length > cap;
      files = files.slice(0, cap);
      const tables: FeedTable[] = [];
      for (const f of files) {
        const res = await client.ok(f.url, f.url.slice(f.url.lastIndexOf('/') + 1));
        tables.push(readExportZip(f, res.body));
      }
      const through = files[files.length - 1]?.stamp ?? done ?? newest.stamp;
      return {
        version: through,
        tables,
        deletions: [],
        cursor: { stamp: through },
        bytes: client.bytes,
        sourceTime: stampIso(through),
        notes: more ? [`back-fill continues: files after ${through} follow in the next run`] : [],
        more,
      };
    },
  };
}
