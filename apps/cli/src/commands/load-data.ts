import type { Command } from 'commander';
import { loadReferenceData } from '@lens/core';
import { bundledCountries } from '@lens/db';
import { withStore } from '../open-store';
import { terminalProgress } from '../progress';

export function registerData(program: Command): void {
  const data = program.command('data').description('Bundled default data');
  data
    .command('load')
    .description(
      'Load the data shipped with Lens into the configured database (what the first start does)',
    )
    .action(async () => {
      const r = await withStore((store) =>
        loadReferenceData(
          store,
          { countries: bundledCountries() },
          new Date().toISOString(),
          terminalProgress(),
        ),
      );
      console.log(`${r.countries} country periods ${r.changed ? 'loaded' : 'already up to date'}`);
    });
}
