import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { records } from './read-records';
import { parsedInWorker } from './parallel-import';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  IMPORTERS,
  importDataset,
  LensError,
  type DatasetKind,
  type ImportResult,
  type Progress,
  type UseCaseDeps,
} from '@lens/core';

const CHUNK = 1 << 20;
/** From this size up a file is parsed in a worker thread (below it, starting one costs more). */
const PARALLEL_ABOVE = 32 * 1024 * 1024;

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
    /** Files at least this large are parsed in a worker thread while this one writes (bytes). */
    parallelAbove?: number;
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
  const delimiter = spec.delimiter ?? (await sniffDelimiter(input.file));
  // Progress in megabytes of the file read, so a long import shows how far it has come.
  const total = Math.max(1, Math.ceil(info.size / 1e6));
  const step = `importing ${name}`;
  const onBytes = (bytes: number) =>
    input.progress?.(`${step} (MB)`, Math.min(Math.floor(bytes / 1e6), total - 1), total);
  // A large file is parsed and checked in a worker thread while this thread writes (issue 17).
  const parallel =
    info.size >=
    (input.parallelAbove ?? Number(process.env.LENS_IMPORT_PARALLEL_ABOVE ?? PARALLEL_ABOVE));
  // The worker starts before the file is hashed: it boots and reads ahead meanwhile.
  const worker = parallel
    ? parsedInWorker(
        {
          file: input.file,
          name,
          kind: input.kind,
          delimiter,
          encoding,
          version: input.version,
          countries: await deps.store.countries.list(),
        },
        onBytes,
      )
    : undefined;
  let result: ImportResult;
  try {
    result = await importDataset(deps, {
      kind: input.kind,
      fileName: name,
      sha256: await sha256File(input.file),
      version: input.version,
      ...(worker
        ? { chunks: worker.chunks }
        : { records: records(input.file, name, delimiter, encoding, onBytes) }),
      actor: input.actor,
      // Event files run at 300 to 700 bytes a row: a low estimate, so only large loads are prepared.
      expectedEvents: Math.floor(info.size / 700),
    });
  } finally {
    await worker?.stop();
  }
  input.progress?.(`${step} (MB)`, total, total);
  return result;
}
