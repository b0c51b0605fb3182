import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  actorLeverage,
  capacityCsv,
  countryCapacity,
  LensError,
  listActors,
  seedActors,
} from '@lens/core';
import { withStore } from '../open-store';
import { actor, deps } from '../deps';

const emit = async (text: string, out: string | undefined, summary: string): Promise<void> => {
  if (out) {
    await writeFile(out, text);
    console.log(`${summary} -> ${out}`);
  } else process.stdout.write(text);
};

/** `lens actors seed|list`, `lens leverage` and `lens capacity` (issue 8). */
export function registerActors(program: Command): void {
  const actors = program
    .command('actors')
    .description('The actor registry: perpetrator structures and prevention coalitions');
  actors
    .command('seed')
    .description(
      "Register the actors a country's events name (UCDP, ACLED, GDELT; name variants folded); registered actors are kept as analysts made them",
    )
    .requiredOption('--country <iso3>', 'country (ISO3)')
    .action(async (opts: { country: string }) => {
      const r = await withStore((store) => seedActors(deps(store), opts.country, actor()));
      console.log(`${r.iso3}: ${r.seen} actors in the events, ${r.added} newly registered`);
    });
  actors
    .command('list')
    .description("A country's registered actors and the international ones")
    .requiredOption('--country <iso3>', 'country (ISO3)')
    .option('--format <format>', 'text or json', 'text')
    .action(async (opts: { country: string; format: string }) => {
      const list = await withStore((store) => listActors(deps(store), opts.country));
      if (opts.format === 'json') process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      else
        for (const a of list)
          console.log(
            `${a.key}\t${a.type}\t${a.name}\t${a.activeFrom ?? ''}..${a.activeTo ?? ''}\t${a.sources.join('; ')}`,
          );
    });

  program
    .command('leverage')
    .description(
      "Prevention actors that can reach a perpetrator through influence paths (analysts' relationships, co-perpetration), cheapest first",
    )
    .requiredOption('--country <iso3>', 'country (ISO3)')
    .requiredOption('--actor <key>', "the perpetrator's registry key")
    .option('--format <format>', 'text or json', 'text')
    .action(async (opts: { country: string; actor: string; format: string }) => {
      const r = await withStore((store) => actorLeverage(deps(store), opts.country, opts.actor));
      if (opts.format === 'json')
        return void process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      if (r.points.length === 0) console.log(`No prevention actor reaches ${r.target}.`);
      for (const p of r.points)
        console.log(
          `${p.name} (${p.type}): ${p.path.join(' -> ')}  hops ${p.hops}, confidence ${p.confidence.toFixed(2)}, cost ${p.cost}`,
        );
    });

  program
    .command('capacity')
    .description(
      'The capacity audit: for each catalog measure, the prevention actors that can apply it in a country (capacity, commitment, coordination) and the gaps',
    )
    .requiredOption('--country <iso3>', 'country (ISO3)')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: { country: string; format: string; out?: string }) => {
      if (!['csv', 'json'].includes(opts.format))
        throw new LensError('invalid', `--format must be csv or json, found "${opts.format}"`);
      const audit = await withStore((store) => countryCapacity(deps(store), opts.country));
      await emit(
        opts.format === 'csv' ? capacityCsv(audit) : `${JSON.stringify(audit, null, 2)}\n`,
        opts.out,
        `${audit.rows.length} measures: ${audit.covered} covered, ${audit.limited} limited, ${audit.gaps} gaps`,
      );
    });
}
