import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lens } from './run-cli';

const VDEM = path.resolve(
  import.meta.dirname,
  '../../../data/bundled/vdem/vdemlite_v14_1970_2023_keyvars.csv',
);

describe('lens share: bundles handed over as files between two instances (air-gapped)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lens-share-cli-'));
  const at = (name: string) => ({
    url: `sqlite:${path.join(dir, `${name}.db`)}`,
    env: {
      LENS_INSTANCE_NAME: name,
      LENS_INSTANCE_KEY_FILE: path.join(dir, `${name}-key.pem`),
    },
  });
  const national = at('national-focal-point');
  const regional = at('regional-situation-room');
  const run = (who: typeof national, args: string[]) => lens(who.url, args, 180_000, who.env);

  it('exports a signed bundle to a file, imports it once, and names a broken file by line and column', () => {
    expect(run(national, ['import', 'vdem', VDEM]).code).toBe(0);
    for (const [who, file] of [
      [national, 'national.pem'],
      [regional, 'regional.pem'],
    ] as const) {
      const shown = run(who, ['share', 'instance']);
      expect(shown.code, shown.err).toBe(0);
      writeFileSync(path.join(dir, file), shown.out.slice(shown.out.indexOf('-----BEGIN')));
    }
    const add = (who: typeof national, name: string, key: string, extra: string[] = []) =>
      run(who, [
        'share',
        'add-partner',
        name,
        '--url',
        `https://${name}.example.org`,
        '--key-file',
        path.join(dir, key),
        '--countries',
        'MMR,KEN',
        '--kinds',
        'assessment',
        ...extra,
      ]);
    expect(add(national, 'regional-situation-room', 'regional.pem').out).toMatch(
      /partner regional-situation-room registered/,
    );
    expect(add(regional, 'national-focal-point', 'national.pem', ['--trust', 'high']).code).toBe(0);
    expect(run(regional, ['share', 'partners']).out).toMatch(
      /national-focal-point .* trust high +shares assessment of MMR, KEN/,
    );

    const file = path.join(dir, 'bundle-1.json');
    const exported = run(national, ['share', 'export', 'regional-situation-room', '--out', file]);
    expect(exported.out).toMatch(/bundle 1 for regional-situation-room: 2 items, 0 withdrawals/);
    const imported = run(regional, ['share', 'import', file]);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toMatch(/bundle 1 from national-focal-point: 2 items/);
    // Handed over twice: refused, with the reason.
    const twice = run(regional, ['share', 'import', file]);
    expect(twice.code).not.toBe(0);
    expect(twice.err).toMatch(
      /Bundle refused: Bundle 1 from national-focal-point was already received/,
    );
    // Altered on the way: refused.
    const altered = path.join(dir, 'bundle-altered.json');
    writeFileSync(altered, readFileSync(file, 'utf8').replace('"iso3": "KEN"', '"iso3": "SDN"'));
    expect(run(regional, ['share', 'import', altered]).err).toMatch(/does not verify/);
    // A broken file is named with its line and column, and changes nothing.
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{\n "schema": "lens-share/1",\n "items": [,]\n}\n');
    const bad = run(regional, ['share', 'import', broken]);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain(`${broken}:3:`);
  });
});
