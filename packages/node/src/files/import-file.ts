import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  CsvParser,
  IMPORTERS,
  importDataset,
  LensError,
  type CsvRecord,
  type DatasetKind,
  type ImportResult,
  type Progress,
  type UseCaseDeps,
} from '@lens/core';

const CHUNK = 1 << 20;

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The delimiter of the header line: the most frequent of comma, semicolon and tab. */
async function sniffDelimiter(file: string): Promise<string> {
  const fh = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    const firstLine = buffer.subarray(0, bytesRead).toString('utf8').split('\n')[0] ?? '';
    const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
    counts.sort((a, b) => b[1] - a[1]);
    return counts[0]?.[1] ? counts[0][0] : ',';
  } finally {
    await fh.close();
  }
}

/** Where the first invalid UTF-8 byte is, as line and column, for the error message. */
async function locateBadUtf8(file: string): Promise<{ line: number; column: number }> {
  let line = 1;
  let column = 1;
  let need = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
    for (const b of chunk as Buffer) {
      if (need > 0) {
        if ((b & 0xc0) !== 0x80) return { line, column };
        need -= 1;
        if (need === 0) column += 1;
        continue;
      }
      if (b === 0x0a) {
        line += 1;
        column = 1;
      } else if (b < 0x80) column += 1;
      else if ((b & 0xe0) === 0xc0 && b >= 0xc2) need = 1;
      else if ((b & 0xf0) === 0xe0) need = 2;
      else if ((b & 0xf8) === 0xf0 && b <= 0xf4) need = 3;
      else return { line, column };
    }
  }
  return { line, column };
}

async function* records(
  file: string,
  name: string,
  delimiter: string,
  encoding: string,
  onBytes: (bytesRead: number) => void,
): AsyncGenerator<CsvRecord[]> {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const parser = new CsvParser({ delimiter, source: name });
  let bytesRead = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
    bytesRead += (chunk as Buffer).length;
    onBytes(bytesRead);
    let text: string;
    try {
      text = decoder.decode(chunk as Buffer, { stream: true });
    } catch {
      const at = await locateBadUtf8(file);
      throw new LensError(
        'invalid',
        `${name}: line ${at.line}, column ${at.column}: the file is not ${encoding} text (name its encoding with --encoding, e.g. windows-1252)`,
        {
          file: name,
          line: String(at.line),
          column: String(at.column),
        },
      );
    }
    const out = parser.push(text);
    if (out.length > 0) yield out;
  }
  const last = parser.end(parser.push(decoder.decode()));
  if (last.length > 0) yield last;
}

/** Imports a file from disk: hashes it, streams it through the parser, and imports it all or nothing. */
export async function importFile(
  deps: UseCaseDeps,
  input: {
    kind: DatasetKind;
    file: string;
    version?: string | undefined;
    encoding?: string | undefined;
    actor: string;
    progress?: Progress;
  },
): Promise<ImportResult> {
  const name = path.basename(input.file);
  const info = await stat(input.file).catch(() => undefined);
  if (!info?.isFile()) throw new LensError('not_found', `${input.file}: no such file`);
  if (info.size === 0)
    throw new LensError('invalid', `${name}: line 1, column 1: the file is empty`, {
      file: name,
      line: '1',
      column: '1',
    });
  const spec = IMPORTERS[input.kind];
  if (!spec) throw new LensError('invalid', `Importing "${input.kind}" is not supported yet`);
  const encoding = input.encoding ?? 'utf-8';
  try {
    new TextDecoder(encoding);
  } catch {
    throw new LensError(
      'invalid',
      `Unknown encoding "${encoding}"; use a WHATWG label such as utf-8, windows-1252 or iso-8859-1`,
    );
  }
  const sha256 = await sha256File(input.file);
  const delimiter = spec.delimiter ?? (await sniffDelimiter(input.file));
  // Progress in megabytes of the file read, so a long import shows how far it has come.
  const total = Math.max(1, Math.ceil(info.size / 1e6));
  const step = `importing ${name}`;
  const result = await importDataset(deps, {
    kind: input.kind,
    fileName: name,
    sha256,
    version: input.version,
    records: records(input.file, name, delimiter, encoding, (bytes) =>
      input.progress?.(`${step} (MB)`, Math.min(Math.floor(bytes / 1e6), total - 1), total),
    ),
    actor: input.actor,
  });
  input.progress?.(`${step} (MB)`, total, total);
  return result;
}
