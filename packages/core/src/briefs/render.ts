/**
 * A brief as one HTML document of two A4 pages: page one the risk (tier, probability, drivers)
 * and escalation (stage, provinces, red flags); page two the agenda, recommended measures with
 * who can act, pitfalls and sources. Charts are inline SVG; Arabic is laid out right to left.
 * Catalog and dataset texts stay in their own language (English); the brief's words are the
 * reader's.
 */
import type { BriefData } from './brief-data';
import { BRIEF_TEXT } from './brief-text';
import { WPS_WORDS } from './brief-wps-text';
import { TRIGGER_WORDS } from './brief-trigger-text';
import { labelIn } from '../assessment/indicator-labels';
import {
  driversChart,
  esc,
  probabilityChart,
  provinceMap,
  provinceShapes,
  stageStrip,
  TIER_COLOUR,
} from './charts';

const CSS = `
@page { size: A4; margin: 14mm 14mm 12mm 14mm; }
* { box-sizing: border-box; }
body { font-family: 'Noto Sans', 'DejaVu Sans', 'Noto Naskh Arabic', sans-serif; font-size: 9.5pt; color: #1b1b1b; margin: 0; line-height: 1.3; }
html[dir=rtl] body { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.2; }
h1 { font-size: 16pt; margin: 0 0 2pt; }
h2 { font-size: 11pt; margin: 8pt 0 3pt; border-bottom: 1px solid #999; padding-bottom: 1pt; }
.meta { color: #555; font-size: 8.5pt; margin-bottom: 4pt; }
.page { page-break-after: always; }
.page:last-child { page-break-after: auto; }
.tier { display: inline-block; padding: 1pt 6pt; border-radius: 3pt; font-weight: bold; }
.row { display: flex; gap: 10pt; align-items: flex-start; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th, td { border-bottom: 1px solid #ddd; padding: 1.5pt 3pt; text-align: start; vertical-align: top; }
.small { font-size: 8pt; color: #555; }
ul { margin: 2pt 0; padding-inline-start: 14pt; }
li { margin-bottom: 2pt; }
svg.chart { direction: ltr; display: block; }
.status { font-size: 7.5pt; color: #555; }
.warn { border-inline-start: 3px solid #cc4125; padding-inline-start: 5pt; margin: 3pt 0; }
ul.sources { columns: 2; column-gap: 12pt; font-size: 7pt; color: #444; }
ul.sources li { margin-bottom: 1pt; break-inside: avoid; }
`;

export function renderBriefHtml(d: BriefData): string {
  const t = BRIEF_TEXT[d.lang];
  const lx = t.lexicons[d.lexicon];
  const c = d.context;
  const tier = c.tier ?? 'negligible';
  const risk = c.probability?.risk2y ?? null;
  const interval = c.probability?.interval ?? null;
  const since = new Date(Date.parse(`${d.asOf}T00:00:00Z`) - 730 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const drivers = c.drivers
    .map(
      (x) =>
        `<li><strong>${esc(x.name)}</strong> (${Math.round(x.score)})${x.catalogRefs.length ? ` <span class="small">${esc(frameworksOf(x.catalogRefs, t.unFramework))}</span>` : ''}</li>`,
    )
    .join('');
  const flags =
    d.redFlags.length === 0
      ? `<p>${t.noRedFlags}</p>`
      : `<table><thead><tr><th>${t.date}</th><th>${t.rule}</th><th>${t.place}</th><th>${t.stage}</th></tr></thead><tbody>${d.redFlags
          .map(
            (f) =>
              `<tr><td>${f.date}</td><td>${esc(f.rule)}</td><td>${esc(f.place ?? t.countryWide)}</td><td>${t.stages[f.stage]}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  const insufficient =
    d.insufficient.length === 0
      ? ''
      : `<p class="small">${t.insufficient}: ${d.insufficient.map((f) => `${esc(f.name)} (${Math.round(f.range[0])}–${Math.round(f.range[1])})`).join('; ')}</p>`;
  const maps =
    d.shapes.length === 0
      ? provinceMap(d.places, t.provinces)
      : provinceShapes(d.shapes, d.places, {
          label: t.provinces,
          stages: t.stages,
          riskNote: t.riskMap,
        });
  const agenda = d.agenda.agendas
    .map(
      (a) =>
        `<li><strong>${esc(a.text.split(' -> ').pop() ?? a.text)}</strong>: ${t.because} ${esc(a.why)}</li>`,
    )
    .concat(
      d.agenda.peacetimeForms.map((f) => `<li>${esc(f.text)}: ${t.because} ${esc(f.why)}</li>`),
    )
    .join('');
  const measures = d.recommendations
    .map((r) => {
      const who = r.canAct.length > 0 ? esc(r.canAct.join(', ')) : `<em>${t.nobody}</em>`;
      const why = [...new Set(r.reasons.map((x) => x.riskName.replace(/ \(.*\)$/, '')))]
        .slice(0, 2)
        .map(esc)
        .join('; ');
      return `<tr data-measure="${r.id}"><td><strong>${esc(r.text)}</strong></td><td>${why} <span class="status">(${t.link[r.status]})</span></td><td>${who}</td></tr>`;
    })
    .join('');
  const pitfalls =
    d.pitfalls.length === 0
      ? `<p>${t.noPitfalls}</p>`
      : d.pitfalls
          .map((w) => `<div class="warn"><strong>${esc(w.title)}</strong><br>${esc(w.why)}</div>`)
          .join('');
  const wps = wpsBlock(d);
  return `<!doctype html>
<html lang="${d.lang}" dir="${t.dir}">
<head><meta charset="utf-8"><title>${esc(`${lx.title}: ${d.country} ${d.year}`)}</title><style>${CSS}</style></head>
<body>
<section class="page">
<h1>${esc(lx.title)}: ${esc(d.country)}</h1>
<div class="meta">${d.iso3} · ${t.year} ${d.year} · ${t.asOf} ${d.asOf}${d.planVersion ? ` · plan v${d.planVersion}` : ''}</div>
<h2>${esc(lx.risk)}</h2>
<p>${t.tier}: <span class="tier" style="background:${TIER_COLOUR[tier]}${tier === 'extreme' ? ';color:#fff' : ''}">${t.tiers[tier]}</span>${d.overridden ? ' *' : ''} · ${t.structuralScore}: ${d.score === null ? '—' : Math.round(d.score)}/100</p>
<p>${t.probability}: <strong>${risk === null ? t.noForecast : `${(risk * 100).toFixed(1)}%`}</strong>${interval ? ` <span class="small">(${t.interval(`${(interval[0] * 100).toFixed(1)}%`, `${(interval[1] * 100).toFixed(1)}%`)})</span>` : ''}</p>
${probabilityChart(risk, d.probabilityTiers, t.probability)}
<p class="small">${t.probabilityNote}</p>
<h2>${t.drivers}</h2>
<div class="row"><div>${driversChart(d.factors, t.drivers)}<p class="small">${t.driversNote}</p>${insufficient}</div><ul>${drivers}</ul></div>
<h2>${t.escalation}: ${t.stages[c.stage]}</h2>
${triggersLine(d)}
<div class="row"><div><p class="small">${t.stageStrip}</p>${stageStrip(d.timeline, since, d.asOf, t.stageStrip)}<h2>${t.redFlags}</h2>${flags}</div><div><p class="small">${t.provinces}</p>${maps}</div></div>
</section>
<section class="page">
<h2>${t.agenda}</h2>
<ul>${agenda}</ul>
<h2>${t.recommended} (${esc(lx.measures)})</h2>
<table><thead><tr><th>${t.recommended}</th><th>${t.because}</th><th>${t.whoCanAct}</th></tr></thead><tbody>${measures}</tbody></table>
<h2>${t.pitfalls}</h2>
${pitfalls}
${wps}
<h2>${t.sources}</h2>
<ul class="sources">${d.sources.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<p class="small">${t.confidential}</p>
</section>
</body>
</html>
`;
}

const fmt = (v: number) => (Math.abs(v) >= 10 || Number.isInteger(v) ? v.toFixed(0) : v.toFixed(2));

/** The women, peace and security block: standing, what moved it, gendered red flags, onsets. */
function wpsBlock(d: BriefData): string {
  const w = WPS_WORDS[d.lang];
  const r = d.wps.reading;
  const dims = r.dimensions
    .map(
      (x) =>
        `${w.dimensions[x.id]} ${x.standing === null ? `${Math.round(x.range[0])}–${Math.round(x.range[1])}` : Math.round(x.standing)}`,
    )
    .join(' · ');
  const standing =
    r.standing === null
      ? `${w.insufficient} ${Math.round(r.range[0])}–${Math.round(r.range[1])}`
      : `<strong>${Math.round(r.standing)}</strong>/100`;
  const change = d.wps.changes
    .filter((c) => c.dimension === null)
    .sort((a, b) => a.since - b.since)[0];
  const moved = change
    ? ` · ${w.since(change.since)}: ${w.directions[change.direction]} (${change.to - change.from >= 0 ? '+' : '−'}${Math.abs(Math.round(change.to - change.from))})${change.why[0] ? `: ${esc(labelIn(d.lang, change.why[0].label))} ${fmt(change.why[0].from)} → ${fmt(change.why[0].to)}` : ''}`
    : '';
  const year = d.wps.violence.at(-1);
  const flags = year
    ? year.counts
        .map((c) => `${w.kinds[c.indicator]}: ${w.counts(c.evidence, c.toVerify)}`)
        .join('; ')
    : '';
  const cannot = d.wps.eventSources.events === 0 ? ` <span class="small">${w.noEvents}</span>` : '';
  const link = d.wps.onsetLink;
  const onsets =
    link.years && link.bands.length > 0
      ? `<p class="small">${w.onsets(link.years[0], link.years[1])}: ${link.bands
          .map(
            (b) =>
              `${w.band(b.from, b.to)}: ${(b.rate * 100).toFixed(1)}% (${b.onsets}/${b.countryYears})`,
          )
          .join(' · ')}</p>`
      : '';
  return `<h2>${w.title}</h2>
<p data-wps>${w.standing}: ${standing} (${dims})${moved}</p>
<p>${year ? `${w.flags(year.year)}: ${flags}.` : ''}${cannot}</p>
${onsets}`;
}

/**
 * The frameworks a factor draws on, by name: the UN Framework's own numbering (RF4) and the other
 * frameworks' authors, never the catalog's item ids (a decision-maker reads names).
 */
export function frameworksOf(refs: readonly string[], unFramework: string): string {
  const names: Record<string, string> = {
    BEL: 'Bellamy',
    HARFF: 'Harff',
    STAN: 'Stanton',
    OSAPG: 'OSAPG',
  };
  const out = new Set<string>();
  for (const r of refs) {
    const [head] = r.split('.');
    if (/^RF\d+$/.test(head!)) out.add(`${unFramework} ${head}`);
    else if (names[head!]) out.add(names[head!]!);
  }
  return [...out].join(' · ');
}

/** The triggers of the year ahead, at most three, and whether they heighten monitoring now. */
function triggersLine(d: BriefData): string {
  const w = TRIGGER_WORDS[d.lang];
  const ahead = d.triggers.upcoming.slice(0, 3);
  if (ahead.length === 0) return `<p class="small" data-triggers>${w.none}</p>`;
  const items = ahead
    .map((u) => `${u.on} · ${w.kinds[u.trigger.kind]}: ${esc(u.trigger.title)}`)
    .join('; ');
  const level = d.triggers.monitoring === 'heightened' ? ` (<strong>${w.heightened}</strong>)` : '';
  return `<p class="small" data-triggers>${w.ahead}${level}: ${items}</p>`;
}
