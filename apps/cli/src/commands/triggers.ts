import type { Command } from 'commander';
import {
  countryTriggers,
  importAtrocityAnniversaries,
  LensError,
  type CountryTriggers,
} from '@lens/core';
import { withStore } from '../open-store';
import { deps } from '../deps';

/** A country's triggers as text: the monitoring level, the year ahead with sources, the year behind. */
export function triggersText(c: CountryTriggers): string {
  const lines = [`Triggers of ${c.iso3} as of ${c.asOf}: monitoring ${c.monitoring}`];
  if (c.upcoming.length === 0) lines.push('  no trigger recorded for the year ahead');
  for (const u of c.upcoming)
    lines.push(
      `  ${u.on} in ${u.daysUntil} days  ${u.trigger.kind}: ${u.trigger.title}${u.raises ? '  [raises monitoring now]' : ''}\n      source: ${u.trigger.source}`,
    );
  for (const r of c.recent.slice(0, 10))
    lines.push(`  past ${r.on}  ${r.trigger.kind}: ${r.trigger.title}`);
  return lines.join('\n');
}

/** `lens triggers list ISO3` and `lens triggers import-anniversaries` (issue 23 item 1). */
export function registerTriggers(program: Command): void {
  const cmd = program
    .command('triggers')
    .description(
      'Dated triggers ahead (elections, anniversaries, trials) and the monitoring level',
    );
  cmd
    .command('list')
    .description("A country's triggers: the year ahead, the year behind, the monitoring level")
    .argument('<iso3>', 'the country')
    .option('--as-of <day>', 'the day to look ahead from (default today)')
    .action(async (iso3: string, opts: { asOf?: string }) => {
      if (opts.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf))
        throw new LensError('invalid', `--as-of must be a day (YYYY-MM-DD), found "${opts.asOf}"`);
      const c = await withStore((store) => countryTriggers(deps(store), { iso3, asOf: opts.asOf }));
      console.log(triggersText(c));
    });
  cmd
    .command('import-anniversaries')
    .description(
      'Add the anniversaries of past atrocities from stored events: each one-sided attack on civilians dated to the day with at least --min-deaths dead, sourced to its record',
    )
    .option('--iso3 <iso3>', 'one country only')
    .option('--min-deaths <n>', 'the fewest dead that makes an anniversary', '100')
    .action(async (opts: { iso3?: string; minDeaths: string }) => {
      const minDeaths = Number(opts.minDeaths);
      const r = await withStore((store) =>
        importAtrocityAnniversaries(deps(store), { minDeaths, iso3: opts.iso3 }, 'cli'),
      );
      console.log(`${r.added} anniversaries added (${r.considered} events considered)`);
    });
}
