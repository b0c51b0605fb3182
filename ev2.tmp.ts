import { compileClassifier } from './packages/core/src/escalation/classify';
import { CLASSIFIER_1 } from './packages/core/src/escalation/classifier-1';
import { runRules, stageChanges } from './packages/core/src/escalation/engine';
import { RULES_1 } from './packages/core/src/escalation/rules';
import { fromDatasetEvent } from './packages/core/src/escalation/inputs';
import { readCsv } from './packages/db/src/csv/read-csv-sync';
const c = compileClassifier(CLASSIFIER_1);
const rows = readCsv('/work/shared/data/open/ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv') as any[];
const V: any = { 1: 'state-based', 2: 'non-state', 3: 'one-sided' };
const t0 = Date.now();
const evs = rows.map((r) => fromDatasetEvent({ sourceId: r.id, dateStart: r.date_start, dateEnd: r.date_end, datePrecision: 1, year: +r.year, iso3: 'MMR', admin1: r.adm_1 || null, admin1Code: r.adm_1 || null, latitude: null, longitude: null, geoPrecision: null, violenceType: V[r.type_of_violence], actorA: r.side_a, actorB: r.side_b, deathsBest: +r.best, deathsLow: null, deathsHigh: null, deathsCivilians: null, civilianTargeting: r.type_of_violence === '3', description: r.source_headline || null, datasetKind: 'ucdp-ged' }, c));
const eps = runRules(RULES_1, evs, '2026-11-23', { tierOf: () => null });
console.log('ms', Date.now() - t0, 'episodes', eps.length);
for (const e of eps.filter((e) => (e.admin1Code ?? '').includes('Rakhine') && e.raisedOn >= '2016-01-01' && e.raisedOn < '2018-01-01'))
  console.log(e.ruleId, e.stage, e.raisedOn, e.firstEventDate, e.lastEventDate, e.events.length);
console.log(stageChanges(eps.filter((e) => (e.admin1Code ?? '').includes('Rakhine')), '2026-11-23').filter(p=>p.date>'2014'));
