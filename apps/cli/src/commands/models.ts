import type { Command } from 'commander';
import { forecast, LensError, setDefaultModel, type Forecast, type UseCaseDeps } from '@lens/core';
import { addReferenceModelFromFile } from '@lens/db';
import { argon2Passwords, nodeCrypto, systemClock } from '@lens/server';
import { writeFile } from 'node:fs/promises';
import { withStore } from '../open-store';

const actor = () => `${process.env.USER ?? 'system'} (command line)`;
const deps = (store: UseCaseDeps['store']): UseCaseDeps => ({
  store,
  clock: systemClock,
  crypto: nodeCrypto,
  passwords: argon2Passwords(),
});

export function forecastCsv(rows: readonly Forecast[]): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines = ['ccode,iso3,country,year,risk_1y,risk_2y,rank'];
  for (const f of rows)
    lines.push(
      [f.ccode ?? '', f.iso3, q(f.country), f.year, f.risk1y ?? '', f.risk2y, f.rank].join(','),
    );
  return `${lines.join('\n')}\n`;
}

export function registerModels(program: Command): void {
  const models = program
    .command('models')
    .description('Forecasting models: versioned artefacts with their training data and metrics');
  models
    .command('list')
    .description('Every model: id, learner, feature spec, outcome, when, and which is the default')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const list = await withStore((store) => store.models.list());
      if (opts.json) {
        console.log(JSON.stringify(list, null, 2));
        return;
      }
      for (const m of list)
        console.log(
          `${m.isDefault ? '*' : ' '} ${m.id.padEnd(24)} ${m.learner.padEnd(12)} ${m.featureSpec.padEnd(12)} ${m.outcome.padEnd(15)} ${m.createdAt.slice(0, 19)}  ${m.description}`,
        );
      if (list.length === 0)
        console.log('No models yet: `lens models add-reference` or `lens models train`.');
    });
  models
    .command('add-reference')
    .description(
      'Add a model from published coefficients (a variable,coef table with an (Intercept) row)',
    )
    .requiredOption('--id <id>', 'the model id, e.g. ewp-2025')
    .requiredOption('--coefficients <file>', 'the coefficient table')
    .option('--spec <spec@version>', 'the feature spec it reads', 'ewp-2025@1')
    .option('--outcome <name>', 'the outcome it predicts', 'mk_onset_1or2')
    .option(
      '--description <text>',
      'what it is',
      'Early Warning Project 2025 published model (elastic net, lambda.min)',
    )
    .action(
      async (opts: {
        id: string;
        coefficients: string;
        spec: string;
        outcome: string;
        description: string;
      }) => {
        const m = await withStore((store) =>
          addReferenceModelFromFile(deps(store), {
            id: opts.id,
            file: opts.coefficients,
            featureSpec: opts.spec,
            outcome: opts.outcome,
            description: opts.description,
            actor: actor(),
          }),
        );
        const used = Object.values(m.artefact.coefficients).filter((c) => c !== 0).length;
        console.log(
          `Added model ${m.id}: ${used} non-zero coefficients on ${m.featureSpec}${m.isDefault ? ' (the default model)' : ''}`,
        );
      },
    );
  models
    .command('default')
    .description('Make a model the product default (what rankings show)')
    .argument('<id>')
    .action(async (id: string) => {
      const m = await withStore((store) => setDefaultModel(deps(store), id, actor()));
      console.log(`${m.id} is now the default model`);
    });

  program
    .command('forecast')
    .description(
      "Risk of a new mass-killing onset in the two years after --year, from that year's data, ranked; stored for the API and app",
    )
    .option('--model <id>', 'a model id or "default"', 'default')
    .requiredOption('--year <year>', 'the data year T (the forecast covers T+1 and T+2)')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: { model: string; year: string; format: string; out?: string }) => {
      const year = Number(opts.year);
      if (!Number.isInteger(year) || year < 1900 || year > 2100)
        throw new LensError('invalid', `--year must be a year, found "${opts.year}"`);
      if (opts.format !== 'csv' && opts.format !== 'json')
        throw new LensError('invalid', `--format must be csv or json, found "${opts.format}"`);
      const r = await withStore((store) =>
        forecast(deps(store), { model: opts.model, year, actor: actor() }),
      );
      const text =
        opts.format === 'json'
          ? `${JSON.stringify({ model: r.model.id, featureTable: r.dataset.id, forecasts: r.forecasts }, null, 2)}\n`
          : forecastCsv(r.forecasts);
      if (opts.out) {
        await writeFile(opts.out, text);
        console.log(
          `${r.forecasts.length} forecasts by ${r.model.id} from ${year} data -> ${opts.out}`,
        );
      } else process.stdout.write(text);
    });
}
