import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '@lens/db/testing';
import { lens as run } from './run-cli';

const BUNDLED = path.resolve(import.meta.dirname, '../../../data/bundled');
const hasChromium = existsSync(process.env.LENS_CHROMIUM ?? '/usr/bin/chromium');
// The test command installs Chromium and says so: there a missing browser fails, never skips.
const pdfRequired = process.env.LENS_REQUIRE_CHROMIUM === '1';

// Writing a PDF starts Chromium: a longer bound than other commands.
const lens = (url: string, args: string[]) => run(url, args, 180_000);

describeEachDatabase('lens brief and lens prevention', (get) => {
  it('writes the Myanmar 2021 brief as HTML and PDF, and prints the planning view', () => {
    const { url } = get();
    for (const [kind, file] of [
      ['vdem', 'vdem/vdemlite_v14_1970_2023_keyvars.csv'],
      ['ucdp-ovcy', 'ucdp-organized-violence-cy-25.1/organizedviolencecy_v25_1.csv'],
      ['ucdp-ged', 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv'],
    ])
      expect(lens(url, ['import', kind!, path.join(BUNDLED, file!)]).code).toBe(0);
    expect(lens(url, ['frameworks', 'load']).code).toBe(0);
    expect(lens(url, ['escalation', 'replay', '--country', 'MMR']).code).toBe(0);
    const dir = mkdtempSync(path.join(tmpdir(), 'lens-brief-cli-'));
    const html = path.join(dir, 'mmr.html');
    const r = lens(url, [
      'brief',
      '--country',
      'MMR',
      '--year',
      '2021',
      '--lang',
      'fr',
      '--format',
      'html',
      '--out',
      html,
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^MMR 2021 brief \(fr, atrocity\): tier (high|extreme), stage violence/);
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('<html lang="fr" dir="ltr">');
    expect(text).toContain('Note sur le risque d’atrocités: Myanmar');
    if (hasChromium || pdfRequired) {
      const pdf = path.join(dir, 'mmr.pdf');
      expect(
        lens(url, ['brief', '--country', 'MMR', '--year', '2021', '--format', 'pdf', '--out', pdf])
          .code,
      ).toBe(0);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }
    const bad = lens(url, [
      'brief',
      '--country',
      'MMR',
      '--year',
      '2021',
      '--lang',
      'de',
      '--out',
      html,
    ]);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/lang must be one of en, fr, es, ar/);
    const view = lens(url, ['prevention', '--country', 'MMR', '--year', '2021']);
    expect(view.code).toBe(0);
    expect(view.out).toMatch(
      /agenda escalation \(BEL\.T1\.3\): armed conflict under way: \d+ battle deaths in 2021/,
    );
  }, 240_000);

  it('needs no --year: the latest year with data, said in its output; an unknown country is refused', () => {
    const { url } = get();
    const html = path.join(mkdtempSync(path.join(tmpdir(), 'lens-brief-cli-')), 'latest.html');
    const r = lens(url, ['brief', '--country', 'MMR', '--format', 'html', '--out', html]);
    expect(r.code).toBe(0);
    // The imports brought the stage up to date by themselves; the GED ends in 2023.
    expect(r.out).toMatch(/^MMR 2024 brief \(en, atrocity\): tier \w+, stage violence/);
    const view = lens(url, ['prevention', '--country', 'MMR']);
    expect(view.code).toBe(0);
    expect(view.out).toMatch(/^Myanmar 2024: tier \w+, stage violence/);
    const unknown = lens(url, ['prevention', '--country', 'XYZ']);
    expect(unknown.code).toBe(4);
    expect(unknown.err).toMatch(/No country with code XYZ/);
  }, 240_000);
});
