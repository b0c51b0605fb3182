import type { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  addJudgement,
  assessmentTimeline,
  assessRange,
  assessYear,
  csvField,
  FIRST_ASSESSMENT_YEAR,
  frameworkCatalog,
  LensError,
  loadFrameworkCatalog,
  loadLensData,
  overrideTier,
  runHistoryCheck,
  type Assessment,
  type HistoryCheck,
  type HistoryPeriod,
} from '@lens/core';
import { BUNDLED_CATALOG, catalogWithSupplement } from '@lens/node';
import { withStore } from '../open-store';
import { actor, deps } from '../deps';

const yearOf = (v: string, option: string): number => {
  const y = Number(v);
  if (!Number.isInteger(y) || y < 1900 || y > 2100)
    throw new LensError('invalid', `${option} must be a year, found "${v}"`);
  return y;
};
const formatOf = (v: string): 'csv' | 'json' => {
  if (v !== 'csv' && v !== 'json')
    throw new LensError('invalid', `--format must be csv or json, found "${v}"`);
  return v;
};

/** The top drivers as one CSV cell: "RF2 Record of violations (86); ...". */
const driversText = (a: Assessment) =>
  a.drivers.map((d) => `${d.factorId} ${d.name} (${d.score.toFixed(0)})`).join('; ');

export function assessmentCsv(rows: readonly Assessment[]): string {
  const lines = [
    'iso3,ccode,country,year,tier,computed_tier,structural_tier,score,coverage,risk_2y,probability_tier,top_drivers',
  ];
  for (const a of rows)
    lines.push(
      [
        a.iso3,
        a.ccode ?? '',
        csvField(a.country),
        a.year,
        a.tier ?? '',
        a.computedTier ?? '',
        a.structuralTier ?? '',
        a.score === null ? '' : a.score.toFixed(1),
        a.coverage.toFixed(2),
        a.probability ? a.probability.risk2y.toPrecision(4) : '',
        a.probabilityTier ?? '',
        csvField(driversText(a)),
      ].join(','),
    );
  return `${lines.join('\n')}\n`;
}

const TIER_ORDER = ['extreme', 'high', 'moderate', 'low', 'negligible'];
const rank = (rows: Assessment[]) =>
  rows.sort(
    (a, b) =>
      TIER_ORDER.indexOf(a.tier ?? 'negligible') - TIER_ORDER.indexOf(b.tier ?? 'negligible') ||
      (b.score ?? 0) - (a.score ?? 0) ||
      a.country.localeCompare(b.country),
  );

export function historyCheckText(
  h: HistoryCheck & { outcomes: string; periods: readonly HistoryPeriod[] },
): string {
  const pct = (v: number | null) =>
    v === null ? '   -  ' : `${(100 * v).toFixed(1).padStart(5)}%`;
  const lines = [
    `History check: tiers ${h.fromYear}-${h.toYear} against mass-killing onsets (${h.outcomes}, through ${h.outcomesThrough})`,
    'tier        country-years   onset in 1y   in 2y   in 10y',
  ];
  for (const t of h.tiers)
    lines.push(
      `${t.tier.padEnd(11)} ${String(t.countryYears).padStart(13)}   ${t.horizons.map((x) => `${pct(x.share)} (${x.withOnset}/${x.observed})`).join('  ')}`,
    );
  lines.push(
    `Onsets after an assessed year: ${h.onsets}; in the top two tiers the year before: ${h.caughtTopTwo.oneYear}, in either of the two years before: ${h.caughtTopTwo.twoYears}`,
    `Share of assessed country-years in the top two tiers: ${(100 * h.topTwoShare).toFixed(1)}%`,
  );
  for (const p of h.periods)
    lines.push(
      `${p.kind === 'fit' ? 'Thresholds fitted on' : 'Test years'} ${p.fromYear}-${p.toYear}: ${p.countryYears} country-years (${p.withForecast} with a forecast knowable then); top two tiers ${(100 * p.topTwoShare).toFixed(1)}% of them; onsets caught ${p.caughtTopTwo.oneYear}/${p.onsets} one year and ${p.caughtTopTwo.twoYears}/${p.onsets} two years ahead`,
    );
  return `${lines.join('\n')}\n`;
}

export function registerAssess(program: Command): void {
  const frameworks = program
    .command('frameworks')
    .description(
      'The sourced frameworks catalog (UN Framework of Analysis, Bellamy, Stanton, Harff, gender)',
    );
  frameworks
    .command('load')
    .description('Store a version of the catalog (default: the bundled one); idempotent')
    .option('--file <file>', 'catalog.json', BUNDLED_CATALOG)
    .option(
      '--no-supplement',
      "store the file alone, without Lens's response and recovery measures and case library",
    )
    .action(async (opts: { file: string; supplement: boolean }) => {
      const text = opts.supplement
        ? catalogWithSupplement(opts.file)
        : await readFile(opts.file, 'utf8');
      const r = await withStore((store) =>
        loadFrameworkCatalog(deps(store), { text, file: path.basename(opts.file), actor: actor() }),
      );
      console.log(
        `${r.stored ? 'stored' : 'already stored'}: catalog ${r.version}, ${r.items} items (${r.unverified} recalled and unverified)`,
      );
    });
  frameworks
    .command('list')
    .description('Print the stored catalog items, unverified ones marked')
    .option('--framework <key>', 'only one framework, e.g. un_framework_of_analysis_2014')
    .action(async (opts: { framework?: string }) => {
      const c = await withStore((store) => frameworkCatalog(deps(store)));
      for (const i of c.items) {
        if (opts.framework && i.framework !== opts.framework) continue;
        console.log(
          `${i.id.padEnd(16)} ${i.authoritative ? '' : '[UNVERIFIED] '}${i.name ? `${i.name}: ` : ''}${i.text}`,
        );
      }
    });

  const assessCmd = program
    .command('assess')
    .description(
      'Structural assessment as of a year: a score per UN Framework risk factor, a five-tier rating and its drivers, for every country or one',
    )
    .option('--year <year>', 'the year assessed (only data up to it are used)')
    .option('--country <iso3>', 'one country: its full assessment')
    .option('--from <year>', 'with --country, or with --all: the first year')
    .option('--all', 'every country, every year from --from (default 1990) to --year')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(
      async (opts: {
        year?: string;
        country?: string;
        from?: string;
        all?: boolean;
        format: string;
        out?: string;
      }) => {
        const format = formatOf(opts.format);
        if (!opts.year) throw new LensError('invalid', '--year is required');
        const year = yearOf(opts.year, '--year');
        const started = Date.now();
        const rows = await withStore(async (store) => {
          if (opts.all) {
            const data = await loadLensData(deps(store));
            const from = opts.from ? yearOf(opts.from, '--from') : FIRST_ASSESSMENT_YEAR;
            return assessRange(data, { from, to: year });
          }
          if (opts.country && opts.from)
            return assessmentTimeline(deps(store), {
              iso3: opts.country,
              from: yearOf(opts.from, '--from'),
              to: year,
            });
          return rank(
            await assessYear(deps(store), {
              year,
              ...(opts.country ? { iso3: opts.country.toUpperCase() } : {}),
            }),
          );
        });
        if (opts.country && rows.length === 0)
          throw new LensError(
            'not_found',
            `No assessment of ${opts.country} for ${year}: the country did not exist then or has too little data`,
          );
        const text =
          format === 'json'
            ? `${JSON.stringify({ assessments: rows }, null, 2)}\n`
            : assessmentCsv(rows);
        if (opts.out) {
          await writeFile(opts.out, text);
          console.log(
            `${rows.length} assessments -> ${opts.out} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
          );
        } else process.stdout.write(text);
      },
    );
  assessCmd
    .command('history')
    .description('Score the tiers against what happened: onsets within 1, 2 and 10 years per tier')
    .option('--from <year>', 'first year', String(FIRST_ASSESSMENT_YEAR))
    .option('--to <year>', 'last year (default: the year before the last known outcome)')
    .action(async (opts: { from: string; to?: string }) => {
      const h = await withStore((store) =>
        runHistoryCheck(deps(store), {
          from: yearOf(opts.from, '--from'),
          ...(opts.to ? { to: yearOf(opts.to, '--to') } : {}),
        }),
      );
      process.stdout.write(historyCheckText(h));
    });
  assessCmd
    .command('override')
    .description(
      "Override a country's computed tier for a year, with a justification (both are kept)",
    )
    .requiredOption('--country <iso3>', 'the country')
    .requiredOption('--year <year>', 'the year')
    .requiredOption('--tier <tier>', 'negligible, low, moderate, high or extreme')
    .requiredOption('--why <text>', 'the justification')
    .action(async (opts: { country: string; year: string; tier: string; why: string }) => {
      const o = await withStore((store) =>
        overrideTier(deps(store), {
          iso3: opts.country.toUpperCase(),
          year: yearOf(opts.year, '--year'),
          tier: opts.tier,
          justification: opts.why,
          actor: actor(),
        }),
      );
      console.log(
        `${o.iso3} ${o.year}: ${o.computedTier ?? 'no tier'} -> ${o.tier} (override ${o.id})`,
      );
    });
  assessCmd
    .command('judge')
    .description(
      'Record an analyst judgement of one risk factor (for factors without data, or to add evidence)',
    )
    .requiredOption('--country <iso3>', 'the country')
    .requiredOption('--factor <id>', 'RF1 ... RF14 or G')
    .requiredOption('--score <n>', '0 (no sign) to 100 (the risk at its clearest)')
    .requiredOption('--evidence <text>', 'what the judgement rests on')
    .requiredOption('--confidence <level>', 'low, medium or high')
    .requiredOption('--as-of <date>', 'the date it speaks for, YYYY-MM-DD')
    .action(
      async (opts: {
        country: string;
        factor: string;
        score: string;
        evidence: string;
        confidence: string;
        asOf: string;
      }) => {
        const j = await withStore((store) =>
          addJudgement(deps(store), {
            iso3: opts.country.toUpperCase(),
            factorId: opts.factor,
            score: Number(opts.score),
            evidence: opts.evidence,
            confidence: opts.confidence,
            asOf: opts.asOf,
            actor: actor(),
          }),
        );
        console.log(`judgement ${j.id}: ${j.iso3} ${j.factorId} = ${j.score} as of ${j.asOf}`);
      },
    );
}
