import type { Command } from 'commander';
import {
  csvField,
  EWP_RECIPE,
  forecast,
  GBT_DEFAULTS,
  LensError,
  predictorsOf,
  TRAINING_SEED,
  runBacktest,
  scoreBacktest,
  setDefaultModel,
  specByRef,
  trainModel,
  type BacktestScores,
  type Forecast,
  type TrainingRecipe,
} from '@lens/core';
import {
  addReferenceModelFromFile,
  readBacktestTable,
  runOriginsInParallel,
  writeBacktestTable,
} from '@lens/node';
import { actor, deps } from '../deps';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withStore } from '../open-store';
import { terminalProgress } from '@lens/node';

const fail = (message: string): never => {
  throw new LensError('invalid', message);
};

export function forecastCsv(rows: readonly Forecast[]): string {
  const lines = ['ccode,iso3,country,year,risk_1y,risk_2y,rank'];
  for (const f of rows)
    lines.push(
      [f.ccode ?? '', f.iso3, csvField(f.country), f.year, f.risk1y ?? '', f.risk2y, f.rank].join(
        ',',
      ),
    );
  return `${lines.join('\n')}\n`;
}

function scoreTable(columns: Array<[string, BacktestScores]>): string {
  const width = Math.max(16, ...columns.map(([name]) => name.length)) + 2;
  const line = (label: string, f: (s: BacktestScores) => string) =>
    `  ${label.padEnd(22)}${columns.map(([, s]) => f(s).padStart(width)).join('')}`;
  const recall = (k: '10' | '20' | '30') => (s: BacktestScores) =>
    `${s.recall[k].caught}/${s.onsets} (${s.recall[k].share.toFixed(3)})`;
  return [
    `  ${''.padEnd(22)}${columns.map(([name]) => name.padStart(width)).join('')}`,
    line('country-years', (s) => String(s.countryYears)),
    line('onsets', (s) => String(s.onsets)),
    line('AUC', (s) => s.auc.toFixed(3)),
    line('Brier score', (s) => s.brier.toFixed(5)),
    line('recall@10', recall('10')),
    line('recall@20', recall('20')),
    line('recall@30', recall('30')),
  ].join('\n');
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
        const used =
          m.artefact.kind === 'logistic'
            ? Object.values(m.artefact.coefficients).filter((c) => c !== 0).length
            : 0;
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

  models
    .command('train')
    .description(
      'Train a model on every complete row up to --last-year and store it (elastic-net logistic regression, k-fold CV)',
    )
    .requiredOption('--id <id>', 'the new model id')
    .option(
      '--spec <spec@version>',
      'the feature spec (lens-open@1: bundled open data; ewp-2025@1: the EWP files)',
      'lens-open@1',
    )
    .option('--features <list>', "comma-separated features (default: the spec's EWP predictors)")
    .option(
      '--learner <name>',
      'elastic-net, gbt (boosted trees), ensemble (their mean) or ensemble-validated (weight chosen inside the training years)',
      'elastic-net',
    )
    .option('--trees <n>', 'boosted trees: how many', String(GBT_DEFAULTS.trees))
    .option('--calibrate', 'Platt-calibrate the probabilities on the last 10 training years')
    .option('--alpha <alpha>', 'elastic-net mixing: 1 lasso, 0 ridge', '0.5')
    .option('--folds <k>', 'cross-validation folds', '10')
    .option('--lambda <rule>', 'min or 1se', 'min')
    .option(
      '--last-year <T>',
      'the last training year (its outcome window must have closed)',
      '2022',
    )
    .option('--seed <n>', 'the seed of the fold assignment', String(TRAINING_SEED))
    .action(
      async (opts: {
        id: string;
        spec: string;
        features?: string;
        alpha: string;
        folds: string;
        lambda: string;
        lastYear: string;
        seed: string;
        learner: string;
        trees: string;
        calibrate?: boolean;
      }) => {
        const spec = specByRef(opts.spec);
        const features = opts.features?.split(',').map((f) => f.trim()) ?? predictorsOf(spec);
        if (opts.lambda !== 'min' && opts.lambda !== '1se')
          throw new LensError('invalid', `--lambda must be min or 1se, found "${opts.lambda}"`);
        const en: TrainingRecipe = {
          ...EWP_RECIPE(features),
          alpha: Number(opts.alpha),
          nfolds: Number(opts.folds),
          lambdaRule: opts.lambda,
          seed: Number(opts.seed),
        };
        const gbt: TrainingRecipe = {
          learner: 'gbt',
          features,
          outcome: 'mk_onset_1or2',
          options: { ...GBT_DEFAULTS, trees: Number(opts.trees), seed: Number(opts.seed) },
        };
        const chosen: TrainingRecipe =
          opts.learner === 'elastic-net'
            ? en
            : opts.learner === 'gbt'
              ? gbt
              : opts.learner === 'ensemble' || opts.learner === 'ensemble-validated'
                ? {
                    learner: 'ensemble',
                    features,
                    outcome: 'mk_onset_1or2',
                    members: [
                      { weight: 0.5, recipe: en },
                      { weight: 0.5, recipe: gbt },
                    ],
                    ...(opts.learner === 'ensemble-validated'
                      ? { validated: { validationYears: 10, grid: [0, 0.25, 0.5, 0.75, 1] } }
                      : {}),
                  }
                : fail(
                    `--learner must be elastic-net, gbt, ensemble or ensemble-validated, found "${opts.learner}"`,
                  );
        const recipe: TrainingRecipe = opts.calibrate
          ? {
              learner: 'calibrated',
              features,
              outcome: 'mk_onset_1or2',
              base: chosen,
              validationYears: 10,
            }
          : chosen;
        const described =
          chosen.learner === 'elastic-net'
            ? `elastic net alpha ${opts.alpha}, ${opts.folds}-fold CV, lambda.${opts.lambda}, years <= ${opts.lastYear}`
            : chosen.learner === 'gbt'
              ? `gradient-boosted trees (${opts.trees} trees, depth ${GBT_DEFAULTS.maxDepth}, rate ${GBT_DEFAULTS.learningRate}), years <= ${opts.lastYear}`
              : chosen.learner === 'ensemble' && chosen.validated
                ? `elastic net + boosted trees, weight chosen on the last 10 training years by AUC, years <= ${opts.lastYear}`
                : `mean of the elastic net and boosted trees' risks, years <= ${opts.lastYear}`;
        const m = await withStore((store) =>
          trainModel(deps(store), {
            id: opts.id,
            description: opts.calibrate
              ? `${described}; Platt-calibrated on the last 10 training years`
              : described,
            featureSpec: opts.spec,
            recipe,
            lastYear: Number(opts.lastYear),
            actor: actor(),
          }),
        );
        console.log(`Trained ${m.id} on ${String(m.params.trainingRows)} rows: ${m.description}`);
        if (m.artefact.kind === 'logistic') {
          const nonZero = Object.entries(m.artefact.coefficients).filter(([, b]) => b !== 0);
          console.log(
            `  lambda ${Number(m.metrics.lambda).toPrecision(4)}, ${nonZero.length} non-zero coefficients`,
          );
          console.log(`  (Intercept) ${m.artefact.intercept}`);
          for (const [f, b] of nonZero) console.log(`  ${f} ${b}`);
        }
      },
    );

  program
    .command('backtest')
    .description(
      "The EWP's out-of-sample protocol: for T = --from..--to fit on years <= T, predict from T+2 data; writes ccode, year, mk_onset, maxrisk2, minrank2",
    )
    .option(
      '--model <id>',
      'a model id or "default" (its recipe is refitted at every origin)',
      'default',
    )
    .requiredOption('--out <file>', 'the CSV to write')
    .option('--from <T>', 'the first origin', '1991')
    .option('--to <T>', 'the last origin', '2021')
    .option('--threads <n>', 'worker threads (default: one per core)')
    .option(
      '--compare <file>',
      "a back-test table to score beside it (the EWP's FOOSforecasts_*.csv)",
    )
    .action(
      async (opts: {
        model: string;
        out: string;
        from: string;
        to: string;
        threads?: string;
        compare?: string;
      }) => {
        const firstT = Number(opts.from);
        const threads = opts.threads === undefined ? undefined : Number(opts.threads);
        if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1))
          throw new LensError(
            'invalid',
            `--threads must be a whole number >= 1, found "${opts.threads}"`,
          );
        const lastT = Number(opts.to);
        if (!Number.isInteger(firstT) || !Number.isInteger(lastT) || firstT > lastT)
          throw new LensError('invalid', '--from and --to must be years with --from <= --to');
        const progress = terminalProgress();
        let done = 0;
        const r = await withStore((store) =>
          runBacktest(deps(store), {
            model: opts.model,
            firstT,
            lastT,
            actor: actor(),
            runner: (frame, recipe, origins, onOrigin) =>
              runOriginsInParallel(frame, recipe, origins, onOrigin, threads),
            onOrigin: () => progress('back-test origins fitted', (done += 1), lastT - firstT + 1),
          }),
        );
        await writeBacktestTable(opts.out, r.rows);
        const columns: Array<[string, BacktestScores]> = [[r.model.id, r.scores]];
        if (opts.compare) {
          const other = readBacktestTable(opts.compare).filter(
            (x) => x.year >= firstT + 3 && x.year <= lastT + 3,
          );
          columns.push([path.basename(opts.compare), scoreBacktest(other)]);
        }
        console.log(
          `Back-test of ${r.model.id}: ${r.seconds.toFixed(1)} s, ${r.rows.length} country-years -> ${opts.out}`,
        );
        console.log(scoreTable(columns));
        console.log(`Onsets (year, ccode: rank, risk) by ${r.model.id}:`);
        console.log(
          r.scores.onsetRanks
            .map(
              (o) =>
                `  ${o.year} ${String(o.ccode).padStart(3)}: ${String(o.rank).padStart(3)}  ${o.risk.toFixed(4)}`,
            )
            .join('\n'),
        );
      },
    );

  program
    .command('score')
    .description(
      'Score back-test tables (ccode, year, mk_onset, maxrisk2, minrank2) side by side: AUC, Brier, recall@10/20/30',
    )
    .argument(
      '<files...>',
      "tables written by lens backtest, the R peer or the EWP's FOOSforecasts",
    )
    .option('--from <year>', 'the first scored year', '1994')
    .option('--to <year>', 'the last scored year', '2024')
    .action((files: string[], opts: { from: string; to: string }) => {
      const from = Number(opts.from);
      const to = Number(opts.to);
      console.log(
        scoreTable(
          files.map((f) => [
            path.basename(f),
            scoreBacktest(readBacktestTable(f).filter((r) => r.year >= from && r.year <= to)),
          ]),
        ),
      );
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
