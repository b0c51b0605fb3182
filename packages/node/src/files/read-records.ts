import { createReadStream } from 'node:fs';
import { CsvParser, LensError, type CsvRecord } from '@lens/core/importing';

const CHUNK = 1 << 17;

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

/** A file's records in batches: decoded (fatal on bad bytes, named by line and column) and parsed. */
export async function* records(
  file: string,
  name: string,
  delimiter: string,
  encoding: string,
  onBytes: (bytesRead: number) => void,
  /** Given the header, the only columns to make into strings (the reader's importer says). */
  columns?: (header: readonly string[]) => readonly number[] | undefined,
): AsyncGenerator<CsvRecord[]> {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const parser = new CsvParser({ delimiter, source: name });
  let bytesRead = 0;
  // Bad bytes anywhere, a character cut by the end of the file included, are named by place.
  const text = async (chunk: Buffer | undefined): Promise<string> => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
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
  };
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
    bytesRead += (chunk as Buffer).length;
    onBytes(bytesRead);
    const out = parser.push(await text(chunk as Buffer));
    if (columns && out.length > 0) {
      parser.keepColumns(columns(out[0]!.fields));
      columns = undefined;
    }
    if (out.length > 0) yield out;
  }
  const last = parser.end(parser.push(await text(undefined)));
  if (last.length > 0) yield last;
}
