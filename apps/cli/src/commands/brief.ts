import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  BRIEF_LANGUAGES,
  briefData,
  LensError,
  LEXICONS,
  preventionPlanning,
  renderBriefHtml,
} from '@lens/core';
import { PdfRenderer } from '@lens/node';
import { withStore } from '../open-store';
import { deps } from '../deps';

const year = (v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const y = Number(v);
  if (!Number.isInteger(y) || y < 1990 || y > 2100)
    throw new LensError('invalid', `--year must be a year from 1990 to 2100, found "${v}"`);
  return y;
};

/** `lens brief` and `lens prevention` (issue 9). */
export function registerBriefs(program: Command): void {
  program
    .command('brief')
    .description(
      'A two-page brief for decision-makers: risk tier and probability, drivers, escalation stage and red flags, recommended measures with who can act, pitfalls, sources',
    )
    .requiredOption('--country <iso3>', 'country (ISO3)')
    .option(
      '--year <year>',
      'data year (default: the latest year the country has an assessment for)',
    )
    .option('--lang <lang>', BRIEF_LANGUAGES.join(', '), 'en')
    .option('--lexicon <lexicon>', LEXICONS.join(', '), 'atrocity')
    .option('--format <format>', 'html or pdf', 'html')
    .requiredOption('--out <file>', 'the file to write')
    .action(
      async (opts: {
        country: string;
        year?: string;
        lang: string;
        lexicon: string;
        format: string;
        out: string;
      }) => {
        if (!['html', 'pdf'].includes(opts.format))
          throw new LensError('invalid', `--format must be html or pdf, found "${opts.format}"`);
        const data = await withStore((store) =>
          briefData(deps(store), {
            iso3: opts.country,
            year: year(opts.year),
            lang: opts.lang,
            lexicon: opts.lexicon,
          }),
        );
        const html = renderBriefHtml(data);
        if (opts.format === 'html') await writeFile(opts.out, html);
        else {
          const pdf = new PdfRenderer();
          try {
            await writeFile(opts.out, await pdf.pdf(html));
          } finally {
            await pdf.close();
          }
        }
        console.log(
          `${data.iso3} ${data.year} brief (${data.lang}, ${data.lexicon}): tier ${data.context.tier ?? 'none'}, stage ${data.context.stage}, ${data.recommendations.length} measures, ${data.pitfalls.length} pitfalls -> ${opts.out}`,
        );
      },
    );

  program
    .command('prevention')
    .description(
      "A country's planning view: the agenda its situation calls for, recommended measures with their links and who can act, and the plan's pitfall warnings",
    )
    .requiredOption('--country <iso3>', 'country (ISO3)')
    .option(
      '--year <year>',
      'data year (default: the latest year the country has an assessment for)',
    )
    .option('--format <format>', 'text or json', 'text')
    .action(async (opts: { country: string; year?: string; format: string }) => {
      const v = await withStore((store) =>
        preventionPlanning(deps(store), { iso3: opts.country, year: year(opts.year) }),
      );
      if (opts.format === 'json')
        return void process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
      const c = v.context;
      console.log(`${c.country} ${c.year}: tier ${c.tier ?? 'none'}, stage ${c.stage}`);
      for (const a of v.agenda.agendas) console.log(`agenda ${a.kind} (${a.catalogId}): ${a.why}`);
      for (const f of v.agenda.peacetimeForms)
        console.log(`peacetime form ${f.catalogId}: ${f.why}`);
      for (const r of v.recommendations)
        console.log(
          `${r.id}\t${r.status}\t${r.text}\t${r.canAct.join(', ') || 'nobody can act (gap)'}`,
        );
      for (const w of v.plan?.warnings ?? []) console.log(`WARNING ${w.check}: ${w.why}`);
    });
}
