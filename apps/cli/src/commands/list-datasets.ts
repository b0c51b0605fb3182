import type { Command } from 'commander';
import { withStore } from '../open-store';

export function registerDatasets(program: Command): void {
  const datasets = program.command('datasets').description('Imported datasets and their versions');
  datasets
    .command('list')
    .description('Every dataset version: kind, version, licence, rows, file hash, when and by whom')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const list = await withStore((store) => store.datasets.list());
      if (opts.json) {
        console.log(JSON.stringify(list, null, 2));
        return;
      }
      for (const d of list) {
        console.log(
          `${String(d.id).padStart(4)}  ${d.kind.padEnd(11)} ${d.version.padEnd(12)} ${String(d.rows).padStart(9)} rows  ${d.licence.padEnd(12)} ${d.sha256.slice(0, 12)}  ${d.importedAt.slice(0, 19)}  ${d.fileName}`,
        );
      }
      if (list.length === 0) console.log('No datasets imported yet.');
    });
}
