import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { actorNetwork, LensError, networkGexf, networkGraphml } from '@lens/core';
import { withStore } from '../open-store';
import { deps } from '../deps';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function registerNetwork(program: Command): void {
  program
    .command('network')
    .description(
      "A country's perpetrator network from its stored events and reports: actors (name variants folded) with centrality (degree, betweenness, PageRank, eigenvector), communities and brokers; ties inferred from events",
    )
    .requiredOption('--country <iso3>', 'country (ISO3)')
    .option('--from <date>', 'first day (YYYY-MM-DD)')
    .option('--to <date>', 'last day (YYYY-MM-DD)')
    .option('--format <format>', 'json, graphml or gexf (Gephi)', 'json')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(
      async (opts: {
        country: string;
        from?: string;
        to?: string;
        format: string;
        out?: string;
      }) => {
        for (const [k, v] of [
          ['--from', opts.from],
          ['--to', opts.to],
        ] as const)
          if (v !== undefined && !DAY.test(v))
            throw new LensError('invalid', `${k} must be YYYY-MM-DD, found "${v}"`);
        if (!['json', 'graphml', 'gexf'].includes(opts.format))
          throw new LensError(
            'invalid',
            `--format must be json, graphml or gexf, found "${opts.format}"`,
          );
        const net = await withStore((store) =>
          actorNetwork(deps(store), {
            iso3: opts.country,
            ...(opts.from ? { from: opts.from } : {}),
            ...(opts.to ? { to: opts.to } : {}),
          }),
        );
        const text =
          opts.format === 'graphml'
            ? networkGraphml(net)
            : opts.format === 'gexf'
              ? networkGexf(net, {
                  description: `Lens network of ${net.iso3} ${net.from ?? ''}..${net.to ?? ''} (ties inferred from ${net.eventsRead} events)`,
                  date: new Date().toISOString().slice(0, 10),
                })
              : `${JSON.stringify(net, null, 2)}\n`;
        if (opts.out) {
          await writeFile(opts.out, text);
          console.log(`${net.nodes.length} actors, ${net.edges.length} ties -> ${opts.out}`);
        } else process.stdout.write(text);
      },
    );
}
