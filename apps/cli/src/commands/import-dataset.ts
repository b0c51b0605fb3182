import type { Command } from 'commander';
import { DATASET_KINDS, isDatasetKind, LensError, runRefresh } from '@lens/core';
import { importFile } from '@lens/node';
import { withStore } from '../open-store';
import { deps } from '../deps';
import { terminalProgress } from '@lens/node';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      `Import a dataset file as a new version, all or nothing. Kinds: ${DATASET_KINDS.join(', ')}`,
    )
    .argument('<kind>', 'the dataset format')
    .argument('<file>', 'the file to import')
    .option(
      '--version <version>',
      'the dataset version (read from the file or its name when omitted)',
    )
    .option('--encoding <label>', 'the text encoding when not UTF-8, e.g. windows-1252')
    .option(
      '--no-refresh',
      "only store the data; the analyses follow at the server's next pass or with `lens refresh`",
    )
    .action(
      async (
        kind: string,
        file: string,
        opts: { version?: string; encoding?: string; refresh: boolean },
      ) => {
        if (!isDatasetKind(kind))
          throw new LensError(
            'invalid',
            `Unknown kind "${kind}"; one of ${DATASET_KINDS.join(', ')}`,
          );
        const { r, run } = await withStore(async (store) => {
          const r = await importFile(deps(store), {
            kind,
            file,
            version: opts.version,
            encoding: opts.encoding,
            actor: `${process.env.USER ?? 'system'} (command line)`,
            progress: terminalProgress(),
          });
          // The analyses these data feed follow at once (ADR 17); a failure leaves the data stored.
          return {
            r,
            run:
              r.status === 'imported' && opts.refresh ? await runRefresh(deps(store)) : undefined,
          };
        });
        const d = r.dataset;
        console.log(
          r.status === 'unchanged'
            ? `Already imported as dataset ${d.id} (${d.kind} ${d.version}, sha256 ${d.sha256.slice(0, 12)}): nothing changed`
            : `Imported ${d.fileName} as dataset ${d.id}: ${d.kind} ${d.version}, ${d.rows} rows -> ${r.values} values, ${r.events} events`,
        );
        for (const note of d.notes) console.log(`  ${note}`);
        for (const note of run?.notes ?? []) console.log(`  updated: ${note}`);
        if (run && run.failed.length > 0) process.exitCode = 1;
      },
    );
}
