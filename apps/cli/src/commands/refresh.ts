import type { Command } from 'commander';
import { refreshStatus, requestRefresh, runRefresh } from '@lens/core';
import { withStore } from '../open-store';
import { deps } from '../deps';

/** `lens refresh`: re-run the after-commit effects (ADR 17), and show their state. */
export function registerRefresh(program: Command): void {
  const refresh = program
    .command('refresh')
    .description(
      "Bring the analyses up to date: a country's escalation (or every country's with events) and the default model's forecasts, failed runs included",
    )
    .option('--country <iso3>', 'one country only')
    .action(async (opts: { country?: string }) => {
      const run = await withStore(async (store) => {
        await requestRefresh(deps(store), { iso3: opts.country });
        return runRefresh(deps(store));
      });
      for (const note of run.notes) console.log(note);
      console.log(`${run.done.length} done, ${run.failed.length} failed`);
      if (run.failed.length > 0) process.exitCode = 1;
    });
  refresh
    .command('status')
    .description('The latest effects: pending, running, done, or failed with the reason')
    .option('--country <iso3>', 'one country only')
    .action(async (opts: { country?: string }) => {
      const jobs = await withStore((store) =>
        refreshStatus(deps(store), { iso3: opts.country, limit: 50 }),
      );
      for (const j of jobs)
        console.log(
          `${j.updatedAt.slice(0, 19)}  ${j.status.padEnd(8)} ${j.effect.padEnd(11)} ${j.scope.padEnd(4)} ${j.reason}${j.error ? ` — ${j.error}` : ''}`,
        );
      if (jobs.length === 0) console.log('Nothing has been queued yet.');
    });
}
