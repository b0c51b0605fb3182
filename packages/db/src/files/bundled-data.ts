import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  isDatasetKind,
  LensError,
  type DatasetKind,
  type ImportResult,
  type Progress,
  type UseCaseDeps,
} from '@lens/core';
import { importFile } from './import-file';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
export const BUNDLED_DIR = path.join(ROOT, 'data/bundled');

interface ManifestEntry {
  readonly kind: DatasetKind;
  readonly from: string;
  readonly version?: string;
  readonly encoding?: string;
}

function manifest(): ManifestEntry[] {
  const raw = JSON.parse(readFileSync(path.join(BUNDLED_DIR, 'manifest.json'), 'utf8')) as {
    datasets: ManifestEntry[];
  };
  for (const d of raw.datasets)
    if (!isDatasetKind(d.kind)) throw new Error(`manifest.json: unknown kind ${String(d.kind)}`);
  return raw.datasets;
}

/** Where a manifest entry lives in the repository: data/bundled/<source folder>/<file>. */
const bundledPath = (d: ManifestEntry) => path.join(BUNDLED_DIR, d.from);

/**
 * Imports every bundled dataset that is not yet in the database (each is idempotent: a file
 * already imported is skipped by its hash). This is what the first start does.
 */
export async function loadBundledData(
  deps: UseCaseDeps,
  progress: Progress,
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  const entries = manifest();
  for (const [i, d] of entries.entries()) {
    progress(
      `data ${i + 1}/${entries.length}: ${d.kind} ${path.basename(d.from)}`,
      i,
      entries.length,
    );
    results.push(
      await importFile(deps, {
        kind: d.kind,
        file: bundledPath(d),
        version: d.version,
        encoding: d.encoding,
        actor: 'system (bundled data)',
        progress,
      }),
    );
  }
  progress('bundled data loaded', entries.length, entries.length);
  return results;
}

/** Maintainers: copies the manifest's files and their SOURCES.md from ../shared/data/open into data/bundled. */
export function buildBundledData(openDir: string): string[] {
  if (!existsSync(openDir))
    throw new LensError(
      'not_found',
      `${openDir} does not exist: the open data folder is needed to build the bundle`,
    );
  const copied: string[] = [];
  for (const d of manifest()) {
    const folder = path.dirname(d.from);
    mkdirSync(path.join(BUNDLED_DIR, folder), { recursive: true });
    // The shared folder is read-only; the copies must stay writable for the next build.
    const pairs = [
      [path.join(openDir, d.from), bundledPath(d)],
      [path.join(openDir, folder, 'SOURCES.md'), path.join(BUNDLED_DIR, folder, 'SOURCES.md')],
    ] as const;
    for (const [from, to] of pairs) {
      rmSync(to, { force: true });
      copyFileSync(from, to);
      chmodSync(to, 0o644);
    }
    copied.push(d.from);
  }
  return copied;
}
