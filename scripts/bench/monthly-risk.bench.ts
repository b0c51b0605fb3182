/**
 * npm run bench:monthly-risk — the monthly escalation model (issue 18) beside persistence and the
 * rules' alerts, rolling origin (one per year), on every event dataset available: the bundled GED
 * files (Myanmar, Mexico 24.1; Central African Republic 23.1) replayed in a new SQLite database
 * with the bundled structural data, per country and pooled, at country and province level; and the
 * UCDP GED 25.1 global sample in ../shared (country level; a sample of events, so its deaths are
 * undercounts; no rules baseline: its slim rows carry no text). Then the alerts per year the
 * replay raised, against civilian deaths, for Myanmar and CAR. Prints markdown for BENCHMARKS.md.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  backtestMonthly,
  buildPanel,
  escalationBacktest,
  listAlerts,
  loadReferenceData,
  monthlyEvents,
  runRefresh,
  scoreMonthly,
  structuralContext,
  tierIndexOf,
  type MethodScore,
  type MonthlyEvent,
  type MonthlyScores,
} from '@lens/core';
import { bundledCountries, createStore, migrateToLatest, openDatabase } from '@lens/db';
import { importFile, loadBundledData, nodeAdapters, readCsv } from '@lens/node';

const t0 = performance.now();
const conn = openDatabase(
  `sqlite:${path.join(mkdtempSync(path.join(tmpdir(), 'lens-mr-')), 'lens.db')}`,
);
await migrateToLatest(conn);
const store = createStore(conn);
await loadReferenceData(store, { countries: bundledCountries() }, new Date().toISOString());
const deps = nodeAdapters(store);
await loadBundledData(deps, () => undefined);
const SHARED = path.resolve(import.meta.dirname, '../../../shared/data/open');
const mexico = path.join(SHARED, 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_mexico.csv');
if (existsSync(mexico)) await importFile(deps, { kind: 'ucdp-ged', file: mexico, actor: 'bench' });
const refresh = await runRefresh(deps);
if (refresh.failed.length) throw new Error(refresh.failed[0]!.error);
const structure = await structuralContext(deps);
console.log(
  `# Monthly escalation risk (lens-monthly-escalation@1), ${new Date().toISOString().slice(0, 10)}`,
);
console.log(
  `setup (bundled data, replays with the model) ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
);

const f = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const line = (name: string, level: string, s: MonthlyScores) => {
  const m = (k: 'model' | 'persistence' | 'rules') => s.methods[k] as MethodScore;
  const beats =
    m('model').auc > m('persistence').auc &&
    m('model').averagePrecision > m('persistence').averagePrecision;
  return `| ${name} | ${level} | ${s.rows} | ${s.positives} | ${s.onsets} | ${f(m('model').auc)} / ${f(m('persistence').auc)} / ${f(m('rules').auc)} | ${f(m('model').averagePrecision)} / ${f(m('persistence').averagePrecision)} / ${f(m('rules').averagePrecision)} | ${f(m('model').brier, 4)} / ${f(m('persistence').brier, 4)} / ${f(m('rules').brier, 4)} | ${f(m('model').aucNewViolence)} / ${f(m('persistence').aucNewViolence)} | ${m('model').onsetsWarned}, ${f(m('model').meanLeadMonths, 2)} / ${m('persistence').onsetsWarned}, ${f(m('persistence').meanLeadMonths, 2)} | ${beats ? 'yes' : '**no**'} |`;
};
console.log(
  'Scores are model / persistence / rules, out of sample (rolling origin, one per year).\n',
);
console.log(
  '| events | level | place-months | with outcome | onsets | AUC | average precision | Brier | AUC, new violence (model / persistence) | onsets warned, mean lead months (model / persistence) | model beats persistence (AUC and AP) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
const t1 = performance.now();
// One model pooled over the three countries (as the app fits it), scored overall and per country.
const pooled = await escalationBacktest(deps, { structure });
for (const l of pooled.levels) {
  console.log(line(`GED ${pooled.countries.join('+')} pooled`, l.level, l.overall));
  for (const c of l.byCountry) console.log(line(`GED ${c.iso3} (pooled model)`, l.level, c));
}
const tBundled = (performance.now() - t1) / 1000;

const sample = path.resolve(
  import.meta.dirname,
  '../../../shared/data/open/ucdp-ged-25.1-global-sample/events_sample.csv',
);
let tSample = 0;
if (existsSync(sample)) {
  const t2 = performance.now();
  const names = new Map<string, string>();
  for (const c of await store.countries.list()) {
    names.set(c.names.en.toLowerCase(), c.iso3);
    for (const a of c.aliases) names.set(a.toLowerCase(), c.iso3);
  }
  const aliases: Record<string, string> = {
    'dr congo (zaire)': 'COD',
    'russia (soviet union)': 'RUS',
    'yemen (north yemen)': 'YEM',
    'myanmar (burma)': 'MMR',
    'cambodia (kampuchea)': 'KHM',
    syria: 'SYR',
    moldova: 'MDA',
    laos: 'LAO',
    'bosnia-herzegovina': 'BIH',
    'ivory coast': 'CIV',
    'zimbabwe (rhodesia)': 'ZWE',
    'serbia (yugoslavia)': 'SRB',
    'madagascar (malagasy)': 'MDG',
    'kingdom of eswatini': 'SWZ',
    'macedonia, frm': 'MKD',
  };
  const unmatched = new Map<string, number>();
  const events: MonthlyEvent[] = [];
  for (const r of readCsv(sample)) {
    const name = String(r.country);
    const iso3 = aliases[name.toLowerCase()] ?? names.get(name.toLowerCase());
    if (!iso3) {
      unmatched.set(name, (unmatched.get(name) ?? 0) + 1);
      continue;
    }
    const type = Number(r.type_of_violence);
    const best = Number(r.best) || 0;
    const civ = type === 3 ? best : Number(r.civilian_deaths) || 0;
    events.push({
      date: String(r.date),
      iso3,
      admin1Code: null,
      civilianDeaths: civ,
      battleDeaths: Math.max(0, best - civ),
      civiliansTargeted: type === 3,
      perpetrator: null,
    });
  }
  const scored = backtestMonthly(
    buildPanel(events, { level: 'country', tierOf: tierIndexOf(structure) }),
  );
  console.log(
    line(
      `GED 25.1 global sample (${events.length} events)`,
      'country',
      scoreMonthly(scored, 'country'),
    ),
  );
  tSample = (performance.now() - t2) / 1000;
  if (unmatched.size)
    console.log(
      `\n(global sample rows not matched to a country: ${[...unmatched].map(([k, v]) => `${k} ${v}`).join(', ')})`,
    );
} else console.log('\n(../shared absent: the global sample was skipped)');
console.log(
  `\nback-tests: bundled ${tBundled.toFixed(1)} s, global sample ${tSample.toFixed(1)} s\n`,
);

// Alerts per year after the replay, beside civilian deaths per year.
for (const iso3 of ['MMR', 'CAF']) {
  const alerts = await listAlerts(deps, { iso3, limit: 5000, kind: 'all' });
  const risks = await store.escalation.risks({ iso3, admin1Code: '' });
  const years = [...new Set(alerts.map((a) => Number(a.raisedAt.slice(0, 4))))].sort();
  console.log(
    `\n${iso3}: alerts (of which critical) / stage signals per year, and civilian deaths per year`,
  );
  const civByYear = new Map<number, number>();
  for (const r of risks) if (r.month.endsWith('-12')) civByYear.set(Number(r.month.slice(0, 4)), 0);
  const evs = await monthlyEvents(deps, iso3);
  for (const e of evs)
    civByYear.set(
      Number(e.date.slice(0, 4)),
      (civByYear.get(Number(e.date.slice(0, 4))) ?? 0) + e.civilianDeaths,
    );
  // Months with an open critical alert (raised by then, its stage still holding).
  const months = risks.map((r) => r.month);
  const critical = alerts.filter((a) => a.kind === 'alert' && a.severity === 'critical');
  const open = months.filter((m) =>
    critical.some((a) => a.raisedAt.slice(0, 7) <= m && a.holdsUntil.slice(0, 7) >= m),
  ).length;
  // ...and with a critical alert raised in the last three months (the model's horizon).
  const recent = months.filter((m) =>
    critical.some((a) => {
      const r = Number(a.raisedAt.slice(0, 4)) * 12 + Number(a.raisedAt.slice(5, 7));
      const k = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
      return k >= r && k < r + 3;
    }),
  ).length;
  const pct = (x: number) => ((100 * x) / Math.max(1, months.length)).toFixed(0);
  console.log(
    `${alerts.filter((a) => a.kind === 'alert').length} alerts, ${alerts.filter((a) => a.kind === 'signal').length} stage signals; ` +
      `months with a critical alert whose stage still holds: ${open} of ${months.length} (${pct(open)}%); ` +
      `raised in the last three months: ${recent} (${pct(recent)}%)`,
  );
  const max = Math.max(
    ...years.map(
      (y) => alerts.filter((a) => a.kind === 'alert' && a.raisedAt.startsWith(String(y))).length,
    ),
    1,
  );
  for (const y of years) {
    const a = alerts.filter((x) => x.raisedAt.startsWith(String(y)));
    const n = a.filter((x) => x.kind === 'alert').length;
    const hi = a.filter((x) => x.kind === 'alert' && x.severity === 'critical').length;
    console.log(
      `${y} ${'#'.repeat(Math.round((n / max) * 30)).padEnd(30)} ${String(n).padStart(3)} (${hi}) / ${String(a.length - n).padStart(3)}  civilians killed ${civByYear.get(y) ?? 0}`,
    );
  }
}
await conn.close();
