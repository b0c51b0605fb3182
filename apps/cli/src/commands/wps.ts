import type { Command } from 'commander';
import { countryWps, LensError, type CountryWps } from '@lens/core';
import { withStore } from '../open-store';
import { deps } from '../deps';

const round = (v: number) => Math.round(v).toString();
const num = (v: number) => Number(v.toPrecision(4)).toString();

/** The standing as text: the reading, what moved it, the gendered red flags, the onset link. */
export function wpsText(w: CountryWps): string {
  const r = w.reading;
  const shown = (v: number | null, range: readonly [number, number]) =>
    v === null ? `too little data (${round(range[0])}-${round(range[1])})` : `${round(v)}/100`;
  const lines = [
    `Women, peace and security: ${w.country}, ${w.year} (${w.spec}; 100 = full standing)`,
    `  standing  ${shown(r.standing, r.range)}`,
  ];
  for (const d of r.dimensions)
    lines.push(
      `  ${d.id.padEnd(9)} ${shown(d.standing, d.range)}  (${Math.round(d.coverage * 100)}% of indicators)`,
    );
  for (const c of w.changes) {
    if (c.direction === 'steady' && c.why.length === 0) continue;
    const why = c.why
      .slice(0, 2)
      .map((m) => `${m.label} ${num(m.from)} -> ${num(m.to)}`)
      .join('; ');
    lines.push(
      `  since ${c.since}: ${c.dimension ?? 'standing'} ${c.direction} ${round(c.from)} -> ${round(c.to)}${why ? ` (${why})` : ''}`,
    );
  }
  const last = w.violence.at(-1);
  if (last)
    lines.push(
      `  gendered red flags in ${last.year}: ${last.counts.map((c) => `${c.label.toLowerCase()} ${c.evidence} recorded, ${c.toVerify} to verify`).join('; ')}`,
    );
  if (w.eventSources.events === 0)
    lines.push('  (no events or reports of this country in the window: zero is not evidence)');
  const l = w.onsetLink;
  if (l.years)
    lines.push(
      `  onsets within two years by standing, ${l.years[0]}-${l.years[1]}: ${l.bands.map((b) => `${b.from}-${b.to} ${(100 * b.rate).toFixed(1)}% (${b.onsets}/${b.countryYears})`).join(', ')}`,
    );
  lines.push(`  sources: ${w.sources.join('; ')}`);
  return lines.join('\n');
}

/** `lens wps ISO3`: a country's women, peace and security standing (ADR 28). */
export function registerWps(program: Command): void {
  program
    .command('wps')
    .description(
      "A country's women, peace and security standing (inclusion, justice, security) with what moved it, the gendered red flags and its link to onsets",
    )
    .argument('<iso3>', 'the country')
    .option('--year <year>', "the year (default: the country's latest assessment year)")
    .option('--format <format>', 'text or json', 'text')
    .action(async (iso3: string, opts: { year?: string; format: string }) => {
      const year = opts.year === undefined ? undefined : Number(opts.year);
      if (year !== undefined && (!Number.isInteger(year) || year < 1900 || year > 2100))
        throw new LensError('invalid', `--year must be a year, found "${opts.year}"`);
      if (opts.format !== 'text' && opts.format !== 'json')
        throw new LensError('invalid', `--format must be text or json, found "${opts.format}"`);
      const w = await withStore((store) => countryWps(deps(store), { iso3, year }));
      console.log(opts.format === 'json' ? JSON.stringify(w, null, 2) : wpsText(w));
    });
}
