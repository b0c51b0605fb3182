import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  activeRuleSet,
  ALERT_STATUSES,
  countryEscalation,
  csvField,
  escalateOverdue,
  escalationBacktest,
  escalationClassifier,
  evaluateClassifier,
  HELD_OUT_EXAMPLES_1,
  INDICATORS,
  LABELLED_EXAMPLES_1,
  LensError,
  listAlerts,
  replayEscalation,
  structuralContext,
  saveRuleSet,
  type Alert,
  type AlertStatus,
  type ClassifierEvaluation,
} from '@lens/core';
import { withStore } from '../open-store';
import { actor, deps } from '../deps';

const formatOf = (v: string): 'csv' | 'json' | 'table' => {
  if (v !== 'csv' && v !== 'json' && v !== 'table')
    throw new LensError('invalid', `--format must be table, csv or json, found "${v}"`);
  return v;
};

/** An alert as `lens alerts list` prints it: flat fields, snake_case like the other exports. */
export const alertRow = (a: Alert) => ({
  id: a.id,
  country: a.iso3,
  admin1: a.admin1Name,
  admin1_code: a.admin1Code,
  stage: a.stage,
  rule: a.ruleId,
  rule_name: a.ruleName,
  severity: a.severity,
  status: a.status,
  first_event_date: a.firstEventDate,
  last_event_date: a.lastEventDate,
  raised_at: a.raisedAt,
  events: a.eventCount,
  origin: a.origin,
  kind: a.kind,
  structural_tier: a.context.structuralTier ?? null,
  ruleset: a.rulesetVersion,
  classifier: a.classifierVersion,
  owner: a.owner,
  deadline: a.deadline,
});

function evaluationText(name: string, e: ClassifierEvaluation): string {
  const pct = (v: number | null) => (v === null ? '  -  ' : `${(v * 100).toFixed(0).padStart(3)}%`);
  const lines = [
    `${name}: ${e.examples} examples, ${e.classifier}`,
    `  overall    precision ${pct(e.overall.precision)}  recall ${pct(e.overall.recall)}  (tp ${e.overall.truePositives}, fp ${e.overall.falsePositives}, fn ${e.overall.falseNegatives})`,
    ...e.byLanguage.map(
      (l) => `  ${l.lang.padEnd(10)} precision ${pct(l.precision)}  recall ${pct(l.recall)}`,
    ),
    ...e.byIndicator.map(
      (i) =>
        `  ${i.indicator.padEnd(26)} precision ${pct(i.precision)}  recall ${pct(i.recall)}  (tp ${i.truePositives}, fp ${i.falsePositives}, fn ${i.falseNegatives})`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

const cellText = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? String(v)
    : v === null || v === undefined
      ? ''
      : JSON.stringify(v);

export function registerEscalation(program: Command): void {
  const esc = program
    .command('escalation')
    .description(
      'Escalation monitoring: events classified into crisis, mobilisation and violence indicators; rules; stages',
    );
  esc
    .command('replay')
    .description(
      "Run the rules in force over a country's stored events and reports (its replayed alerts are replaced; audited)",
    )
    .option('--country <iso3...>', 'countries (ISO3)')
    .option('--all', 'every country with stored events')
    .option('--as-of <date>', 'replay as of this day (default today)')
    .action(async (opts: { country?: string[]; all?: boolean; asOf?: string }) => {
      const started = Date.now();
      await withStore(async (store) => {
        let countries = (opts.country ?? []).map((c) => c.toUpperCase());
        if (opts.all) countries = await store.datasets.eventCountries();
        if (countries.length === 0) throw new LensError('invalid', 'say --country ISO3 or --all');
        for (const iso3 of countries) {
          const r = await replayEscalation(deps(store), {
            iso3,
            actor: actor(),
            ...(opts.asOf ? { asOf: opts.asOf } : {}),
          });
          console.log(
            `${r.iso3}: ${r.events} events -> ${r.alerts} alerts, ${r.signals} stage signals; stage on ${r.asOf}: ${r.stage} (${r.rulesetVersion}, ${r.classifierVersion})`,
          );
        }
      });
      console.log(`replayed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
  esc
    .command('backtest')
    .description(
      "The monthly escalation model beside persistence and the rules' alerts, rolling origin (one per year), over the stored events and verified reports: AUC, average precision, Brier, onsets warned and lead time, per country and pooled",
    )
    .option('--country <iso3>', 'one country (default: every country with events, pooled)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { country?: string; format?: string }) => {
      await withStore(async (store) => {
        const d = deps(store);
        const r = await escalationBacktest(d, {
          ...(opts.country ? { iso3: opts.country.toUpperCase() } : {}),
          structure: await structuralContext(d),
        });
        if (formatOf(opts.format ?? 'table') === 'json')
          return void process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        const f = (x: number, n = 3) => (Number.isFinite(x) ? x.toFixed(n) : 'n/a');
        console.log(
          `${r.spec.version}: outcome = civilian deaths in the next 3 months >= ${r.spec.threshold.country} (country), ${r.spec.threshold.admin1} (province)`,
        );
        console.log('scores: model / persistence / rules (out of sample)');
        for (const l of r.levels)
          for (const [name, s] of [
            ['all', l.overall] as const,
            ...l.byCountry.map((c) => [c.iso3, c] as const),
          ]) {
            const m = s.methods;
            const beats =
              m.model.auc > m.persistence.auc &&
              m.model.averagePrecision > m.persistence.averagePrecision;
            console.log(
              `${l.level.padEnd(7)} ${name.padEnd(4)} ${String(s.rows).padStart(6)} months, ${String(s.positives).padStart(5)} with outcome, ${String(s.onsets).padStart(4)} onsets | ` +
                `AUC ${f(m.model.auc)} / ${f(m.persistence.auc)} / ${f(m.rules.auc)} | AP ${f(m.model.averagePrecision)} / ${f(m.persistence.averagePrecision)} / ${f(m.rules.averagePrecision)} | ` +
                `Brier ${f(m.model.brier, 4)} / ${f(m.persistence.brier, 4)} | lead ${f(m.model.meanLeadMonths, 2)} / ${f(m.persistence.meanLeadMonths, 2)} months | ${beats ? 'beats persistence' : 'does NOT beat persistence'}`,
            );
          }
      });
    });
  esc
    .command('stage')
    .description(
      "A country's escalation stage today (or --as-of), per province, and its stage timeline",
    )
    .requiredOption('--country <iso3>', 'country (ISO3)')
    .option('--as-of <date>', 'day')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { country: string; asOf?: string; format: string }) => {
      const r = await withStore((store) =>
        countryEscalation(deps(store), {
          iso3: opts.country,
          ...(opts.asOf ? { asOf: opts.asOf } : {}),
        }),
      );
      if (formatOf(opts.format) === 'json')
        return void process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      const basis = r.noDataSince
        ? ` (no event data since ${r.noDataSince}: the last known stage, held)`
        : '';
      console.log(`${r.iso3} on ${r.asOf}${basis}: ${r.stage} (${r.openAlerts} open alerts)`);
      for (const p of r.places.filter((x) => x.stage !== 'none'))
        console.log(
          `  ${(p.admin1Name ?? p.admin1Code ?? '?').padEnd(30)} ${p.stage.padEnd(13)} since ${p.since}`,
        );
      console.log('timeline:');
      for (const t of r.timeline) console.log(`  ${t.date} ${t.stage}`);
    });
  esc
    .command('evaluate')
    .description(
      'Precision and recall of the free-text classifier on its labelled examples (development and held-out sets)',
    )
    .action(() => {
      const c = escalationClassifier();
      process.stdout.write(
        evaluationText('development set', evaluateClassifier(c, LABELLED_EXAMPLES_1)),
      );
      process.stdout.write(
        evaluationText('held-out set', evaluateClassifier(c, HELD_OUT_EXAMPLES_1)),
      );
    });
  esc
    .command('indicators')
    .description('The indicators events are classified into, with the catalog items they stand for')
    .action(() => {
      for (const i of INDICATORS)
        console.log(
          `${i.id.padEnd(26)} ${i.group.padEnd(14)} ${i.catalog.join(' ').padEnd(22)} ${i.label}`,
        );
    });
  const rules = esc
    .command('rules')
    .description('The rule set in force (versioned; admins load edited ones)');
  rules
    .command('show')
    .description(
      'Print the rule set in force as JSON (edit it, give it a new version, then `rules load`)',
    )
    .action(async () => {
      const r = await withStore((store) => activeRuleSet(deps(store)));
      process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    });
  rules
    .command('load <file>')
    .description('Check and store an edited rule set as the one in force (audited)')
    .action(async (file: string) => {
      let body: unknown;
      try {
        body = JSON.parse(await readFile(file, 'utf8'));
      } catch (e) {
        throw new LensError('invalid', `${file}: not readable JSON (${(e as Error).message})`);
      }
      const r = await withStore((store) => saveRuleSet(deps(store), body, actor()));
      console.log(`rule set ${r.version} (${r.rules.length} rules) is now in force`);
    });

  const alerts = program.command('alerts').description('Alerts raised by the escalation rules');
  alerts
    .command('list')
    .description('Alerts, newest first')
    .option('--country <iso3>', 'one country (ISO3)')
    .option('--status <status>', `open, or one of ${ALERT_STATUSES.join(', ')}`)
    .option('--signals', 'include stage signals (rules that set a stage without alerting)')
    .option('--limit <n>', 'at most this many', '1000')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(
      async (opts: {
        country?: string;
        status?: string;
        signals?: boolean;
        limit: string;
        format: string;
      }) => {
        const format = formatOf(opts.format);
        if (
          opts.status &&
          opts.status !== 'open' &&
          !ALERT_STATUSES.includes(opts.status as AlertStatus)
        )
          throw new LensError(
            'invalid',
            `--status must be open or one of ${ALERT_STATUSES.join(', ')}`,
          );
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw new LensError('invalid', '--limit must be a whole number');
        const list = await withStore((store) =>
          listAlerts(deps(store), {
            ...(opts.country ? { iso3: opts.country.toUpperCase() } : {}),
            ...(opts.status ? { status: opts.status as AlertStatus | 'open' } : {}),
            kind: opts.signals ? 'all' : 'alert',
            limit,
          }),
        );
        const rows = list.map(alertRow);
        if (format === 'json')
          return void process.stdout.write(`${JSON.stringify({ alerts: rows }, null, 2)}\n`);
        if (format === 'csv') {
          const cols = Object.keys(alertRow({ context: {} } as unknown as Alert));
          process.stdout.write(
            `${[cols.join(','), ...rows.map((r) => cols.map((c) => csvField(cellText((r as Record<string, unknown>)[c]))).join(','))].join('\n')}\n`,
          );
          return;
        }
        for (const r of rows)
          console.log(
            `#${String(r.id).padEnd(6)} ${r.country} ${(r.admin1 ?? '-').slice(0, 24).padEnd(24)} ${r.stage.padEnd(12)} ${r.severity.padEnd(8)} ${r.rule.padEnd(24)} ${r.first_event_date} raised ${r.raised_at.slice(0, 10)} ${r.status}`,
          );
        console.log(`${rows.length} alerts`);
      },
    );
  alerts
    .command('escalate')
    .description('Escalate open alerts past their deadline (the server does this every minute)')
    .action(async () => {
      const r = await withStore((store) => escalateOverdue(deps(store)));
      console.log(`${r.length} overdue alerts escalated`);
    });
}
