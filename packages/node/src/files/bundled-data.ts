import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {
  isDatasetKind,
  LensError,
  loadFrameworkCatalog,
  mergeSupplement,
  csvField,
  parseCsv,
  type DatasetKind,
  type ImportResult,
  type Progress,
  type UseCaseDeps,
  ensureDefaultModel,
  runBacktest,
  runRefresh,
} from '@lens/core';
import { importFile } from './import-file';
import { runOriginsInParallel } from '../compute/parallel-backtest';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
export const BUNDLED_DIR = path.join(ROOT, 'data/bundled');

interface ManifestEntry {
  readonly kind: DatasetKind;
  readonly from: string;
  /** Where the bundle keeps it when it is a column subset of `from` (see `columns`). */
  readonly to?: string;
  /** Keep only these columns of `from` (a derived extract; the SOURCES.md says how it was made). */
  readonly columns?: readonly string[];
  readonly version?: string;
  readonly encoding?: string;
  /** Made by a maintainers' script (named here) from files that may not be bundled themselves. */
  readonly derived?: string;
}

/** Open files bundled for direct reading (not imported as datasets). */
const REFERENCE_FILES = ['natural-earth/ne_10m_admin_1_label_points.csv'] as const;

/** The frameworks catalog: bundled beside the datasets, copied from ../shared/frameworks. */
export const BUNDLED_CATALOG = path.join(ROOT, 'data/frameworks/catalog.json');
/** The Lens supplement: response and recovery measures and the case library (ADR 31). */
export const BUNDLED_SUPPLEMENT = path.join(ROOT, 'data/frameworks/lens-supplement.json');

/** A catalog file's text with the bundled supplement merged in: what Lens stores. */
export const catalogWithSupplement = (file = BUNDLED_CATALOG): string =>
  mergeSupplement(
    readFileSync(file, 'utf8'),
    readFileSync(BUNDLED_SUPPLEMENT, 'utf8'),
    path.relative(ROOT, BUNDLED_SUPPLEMENT),
  );

function manifest(): ManifestEntry[] {
  const raw = JSON.parse(readFileSync(path.join(BUNDLED_DIR, 'manifest.json'), 'utf8')) as {
    datasets: ManifestEntry[];
  };
  for (const d of raw.datasets)
    if (!isDatasetKind(d.kind)) throw new Error(`manifest.json: unknown kind ${String(d.kind)}`);
  return raw.datasets;
}

/** Where a manifest entry lives in the repository: data/bundled/<source folder>/<file>. */
const bundledPath = (d: ManifestEntry) => path.join(BUNDLED_DIR, d.to ?? d.from);

/** Imports every bundled data file not yet in the database (a file already imported is skipped). */
export async function importBundledFiles(
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
  return results;
}

/**
 * Imports every bundled dataset that is not yet in the database (each is idempotent: a file
 * already imported is skipped by its hash). This is what the first start does.
 */
export async function loadBundledData(
  deps: UseCaseDeps,
  progress: Progress,
): Promise<ImportResult[]> {
  const results = await importBundledFiles(deps, progress);
  const entries = manifest();
  await loadFrameworkCatalog(deps, {
    text: catalogWithSupplement(),
    file: path.relative(ROOT, BUNDLED_CATALOG),
    actor: 'system (bundled data)',
  });
  // A fresh install forecasts at once: the open model is trained when no model exists (ADR 17),
  // then the effects the imports queued run (escalation of every country with events, forecasts).
  progress('open model: training when no model exists', entries.length, entries.length);
  const trained = await ensureDefaultModel(deps, 'system (bundled data)');
  if (trained) {
    // Its model card reports the EWP-protocol back-test run here, on this install's data.
    let done = 0;
    await runBacktest(deps, {
      model: trained.id,
      actor: 'system (bundled data)',
      // Its two-year forecasts are recalibrated on the back-test's out-of-sample forecasts.
      recalibrate: true,
      runner: (frame, recipe, origins, onOrigin) =>
        runOriginsInParallel(frame, recipe, origins, onOrigin),
      onOrigin: () => progress('open model: back-test origins fitted', (done += 1), 31),
    });
  }
  progress('bringing analyses up to date', entries.length, entries.length);
  await runRefresh(deps);
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
    if (d.derived) continue;
    copyWithSources(openDir, d.from, d.columns ? undefined : bundledPath(d));
    if (d.columns) writeSubset(path.join(openDir, d.from), bundledPath(d), d.columns);
    copied.push(d.to ?? d.from);
  }
  // Reference files read directly, not imported: admin-1 label points for placing reports.
  for (const f of REFERENCE_FILES) {
    copyWithSources(openDir, f, path.join(BUNDLED_DIR, f));
    copied.push(f);
  }
  const catalog = path.join(openDir, '../../frameworks/catalog.json');
  mkdirSync(path.dirname(BUNDLED_CATALOG), { recursive: true });
  rmSync(BUNDLED_CATALOG, { force: true });
  copyFileSync(catalog, BUNDLED_CATALOG);
  chmodSync(BUNDLED_CATALOG, 0o644);
  copied.push(path.relative(ROOT, BUNDLED_CATALOG));
  return copied;
}

/**
 * Copies an open file (when `to` is given) and its folder's SOURCES.md into the bundle. The shared
 * folder is read-only; the copies must stay writable for the next build.
 */
function copyWithSources(openDir: string, from: string, to: string | undefined): void {
  const folder = path.dirname(from);
  mkdirSync(path.join(BUNDLED_DIR, folder), { recursive: true });
  const pairs: Array<readonly [string, string]> = [
    [path.join(openDir, folder, 'SOURCES.md'), path.join(BUNDLED_DIR, folder, 'SOURCES.md')],
  ];
  if (to) pairs.unshift([path.join(openDir, from), to]);
  for (const [src, dest] of pairs) {
    rmSync(dest, { force: true });
    copyFileSync(src, dest);
    chmodSync(dest, 0o644);
  }
}

/** Writes the named columns of a CSV file, in the given order (a derived extract for the bundle). */
function writeSubset(from: string, to: string, columns: readonly string[]): void {
  const records = parseCsv(readFileSync(from, 'utf8'), { source: from });
  const header = records[0]?.fields ?? [];
  const index = columns.map((c) => {
    const i = header.indexOf(c);
    if (i < 0) throw new LensError('invalid', `${from}: no column ${c}`);
    return i;
  });
  const lines = records
    .filter((r) => r.fields.length > 1)
    .map((r) => index.map((i) => csvField(r.fields[i] ?? '')).join(','));
  rmSync(to, { force: true });
  writeFileSync(to, lines.join('\n') + '\n');
  chmodSync(to, 0o644);
}
