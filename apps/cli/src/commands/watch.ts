import type { Command } from 'commander';
import { LensError, watchList, type WatchChange, type WatchReason } from '@lens/core';
import { withStore } from '../open-store';
import { deps } from '../deps';

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

/** A reason in plain English (the web app words it in the reader's language). */
export function reasonText(r: WatchReason): string {
  switch (r.kind) {
    case 'stage':
      return `stage ${r.from} -> ${r.to}${r.on ? ` on ${r.on}` : ''}`;
    case 'new-alerts':
      return `${r.count} new alert${r.count === 1 ? '' : 's'}`;
    case 'tier':
      return `tier ${r.from ?? 'none'} -> ${r.to ?? 'none'}`;
    case 'probability':
      return `probability ${pct(r.from)} -> ${pct(r.to)} (${r.fromTier ?? '-'} -> ${r.toTier ?? '-'})`;
    case 'factor':
      return `${r.name} ${r.from?.toFixed(0) ?? '-'} -> ${r.to?.toFixed(0) ?? '-'}`;
  }
}

const ARROW = { deteriorated: '↑', improved: '↓', unchanged: '·' } as const;
const changeText = (c: WatchChange) =>
  `${ARROW[c.direction]}${c.reasons.length ? ` ${c.reasons.map(reasonText).join('; ')}` : ''}`;

/** `lens watch`: the watch list, every country with what changed, most at risk first. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description(
      'The watch list: every assessed country with its tier, probability, escalation stage and open alerts, and what changed since last month and last year',
    )
    .option('--as-of <day>', 'the day (YYYY-MM-DD; default today, or the last day of event data)')
    .option('--changed', 'only countries that moved')
    .option('--format <format>', 'text or json', 'text')
    .action(async (opts: { asOf?: string; changed?: boolean; format: string }) => {
      if (opts.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf))
        throw new LensError('invalid', `--as-of must be YYYY-MM-DD, found "${opts.asOf}"`);
      if (opts.format !== 'text' && opts.format !== 'json')
        throw new LensError('invalid', `--format must be text or json, found "${opts.format}"`);
      const w = await withStore((store) => watchList(deps(store), { asOf: opts.asOf }));
      const entries = opts.changed
        ? w.entries.filter(
            (e) => e.month.direction !== 'unchanged' || e.year.direction !== 'unchanged',
          )
        : w.entries;
      if (opts.format === 'json') {
        console.log(JSON.stringify({ ...w, entries }, null, 2));
        return;
      }
      console.log(
        `Watch list as of ${w.asOf} (${w.asOfBasis}); month from ${w.monthFrom}; assessment year ${w.year ?? '-'}`,
      );
      for (const e of entries)
        console.log(
          [
            e.country.padEnd(28),
            (e.tier ?? '-').padEnd(10),
            (e.probability ? pct(e.probability.risk2y) : '-').padStart(6),
            e.stage.padEnd(12),
            `${e.openAlerts} open`.padEnd(8),
            `month ${changeText(e.month)}`,
            `| year ${changeText(e.year)}`,
          ].join(' '),
        );
    });
}
