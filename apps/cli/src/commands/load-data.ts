import path from 'node:path';
import type { Command } from 'commander';
import { buildBundledData, loadBundledData } from '@lens/node';
import { withStore } from '../open-store';
import { deps } from '../deps';
import { terminalProgress } from '@lens/node';

export function registerData(program: Command): void {
  const data = program.command('data').description('Bundled default data');
  data
    .command('load')
    .description(
      'Load the data shipped with Lens into the configured database (what the first start does)',
    )
    .action(async () => {
      const results = await withStore((store) => loadBundledData(deps(store), terminalProgress()));
      for (const r of results) {
        console.log(
          `${r.status === 'imported' ? 'loaded' : 'already loaded'}: ${r.dataset.kind} ${r.dataset.version} (${r.dataset.fileName}), ${r.values} values, ${r.events} events`,
        );
      }
    });
  data
    .command('build')
    .description(
      'Maintainers: copy the bundled files and their SOURCES.md from ../shared/data/open into data/bundled',
    )
    .option(
      '--from <dir>',
      'the open data folder',
      path.resolve(process.cwd(), '../shared/data/open'),
    )
    .action((opts: { from: string }) => {
      for (const f of buildBundledData(opts.from)) console.log(`copied ${f}`);
    });
}
