import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { LATEST_MIGRATION } from '@lens/db';
import { describeEachDatabase } from '@lens/db/testing';

const BIN = path.resolve(import.meta.dirname, '../bin/lens.mjs');

const EWP = path.resolve(import.meta.dirname, '../../../../shared/data/restricted/ewp-2025');

function lens(url: string, args: string[], input?: string, timeout = 60_000) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, LENS_DATABASE_URL: url },
    input: input ?? '',
    encoding: 'utf8',
    timeout,
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describeEachDatabase('lens command line', (get) => {
  it('creates users (password from standard input) and refuses bad ones with a reason', () => {
    const { url } = get();
    const ok = lens(
      url,
      ['users', 'create', '--username', 'chief', '--role', 'admin'],
      'a long passphrase here\n',
    );
    expect(ok.out).toContain('Created admin "chief"');
    expect(ok.code).toBe(0);
    const dup = lens(url, [
      'users',
      'create',
      '--username',
      'chief',
      '--role',
      'viewer',
      '--password',
      'another long passphrase',
    ]);
    expect(dup.code).toBe(5);
    expect(dup.out).toContain('already exists');
    const bad = lens(url, [
      'users',
      'create',
      '--username',
      'amina',
      '--role',
      'emperor',
      '--password',
      'short',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/password must be at least 12 characters; role must be one of/);
  });

  it('verifies the audit log, then catches an edited and a deleted entry', async () => {
    const conn = get();
    for (const name of ['ana', 'bea', 'cai']) {
      expect(
        lens(conn.url, [
          'users',
          'create',
          '--username',
          name,
          '--role',
          'analyst',
          '--password',
          'a long passphrase here',
        ]).code,
      ).toBe(0);
    }
    const intact = lens(conn.url, ['audit', 'verify']);
    expect(intact.out).toMatch(/Audit log intact: \d+ entries/);
    expect(intact.code).toBe(0);

    const creations = await conn.db
      .selectFrom('audit_log')
      .select(['seq', 'detail'])
      .where('action', '=', 'user.create')
      .orderBy('seq')
      .execute();
    const ana = creations.find((e) => e.detail.includes('"ana"'));
    if (!ana) throw new Error('no audit entry for ana');
    const { seq } = ana;

    await sql`update audit_log set detail = ${'{"username":"mallory","role":"admin"}'} where seq = ${seq}`.execute(
      conn.db,
    );
    const edited = lens(conn.url, ['audit', 'verify']);
    expect(edited.code).toBe(1);
    expect(edited.out).toContain(`BROKEN at entry ${seq}: hash-mismatch`);

    // The original detail with its keys in another order: canonical JSON makes the chain whole again.
    await sql`update audit_log set detail = ${'{"role":"analyst","username":"ana"}'} where seq = ${seq}`.execute(
      conn.db,
    );
    expect(lens(conn.url, ['audit', 'verify']).code).toBe(0);

    await sql`delete from audit_log where seq = ${seq + 1}`.execute(conn.db);
    const deleted = lens(conn.url, ['audit', 'verify']);
    expect(deleted.code).toBe(1);
    expect(deleted.out).toContain(`BROKEN at entry ${seq + 1}: sequence-gap`);
  });

  it('migrates down and up, and names a bad database URL', () => {
    const { url } = get();
    expect(lens(url, ['db', 'migrate']).out).toContain(`at migration ${LATEST_MIGRATION}`);
    const bad = lens('mysql://somewhere/lens', ['db', 'migrate']);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('is neither sqlite:PATH nor postgres://');
  });

  it.skipIf(!existsSync(EWP))(
    'builds the EWP feature table from a folder into a CSV, and names an unknown spec',
    () => {
      const { url } = get();
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'lens-features-')), 'ewp.csv');
      const r = lens(
        url,
        ['features', 'build', '--spec', 'ewp-2025', '--from', EWP, '--out', out],
        '',
        300_000,
      );
      expect(r.out).toContain('Built and stored as dataset');
      expect(r.code).toBe(0);
      const lines = readFileSync(out, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(9464);
      expect(lines[0]).toBe(
        readFileSync(path.join(EWP, 'prepared2024predictors-2025-09-03.csv'), 'utf8').split(
          '\n',
          1,
        )[0],
      );
      const bad = lens(url, ['features', 'build', '--spec', 'ewp-1999', '--out', out]);
      expect(bad.code).toBe(2);
      expect(bad.out).toContain('Unknown feature spec "ewp-1999"; one of ewp-2025');
    },
    300_000,
  );

  it.skipIf(!existsSync(EWP))(
    'adds the EWP reference model, forecasts 2025-26 from 2024 data, and back-tests it beside the EWP',
    () => {
      const { url } = get();
      const dir = mkdtempSync(path.join(tmpdir(), 'lens-models-'));
      const add = lens(url, [
        'models',
        'add-reference',
        '--id',
        'ewp-2025',
        '--coefficients',
        path.join(EWP, 'coefficients_3Sep2025_fullprecision_from_rds.csv'),
      ]);
      expect(add.out).toContain(
        'Added model ewp-2025: 22 non-zero coefficients on ewp-2025@1 (the default model)',
      );
      expect(lens(url, ['models', 'list']).out).toMatch(
        /^\* ewp-2025 +reference +ewp-2025@1 +mk_onset_1or2/m,
      );
      const json = lens(url, [
        'forecast',
        '--model',
        'default',
        '--year',
        '2024',
        '--format',
        'json',
      ]);
      expect(json.code).toBe(0);
      const top = (JSON.parse(json.out) as { forecasts: Array<{ country: string; rank: number }> })
        .forecasts[0];
      expect(top).toMatchObject({ country: 'Burma/Myanmar', rank: 1 });
      const out = path.join(dir, 'bt.csv');
      const bt = lens(
        url,
        [
          'backtest',
          '--model',
          'ewp-2025',
          '--from',
          '2020',
          '--to',
          '2021',
          '--out',
          out,
          '--compare',
          path.join(EWP, 'FOOSforecasts_3Sep2025.csv'),
        ],
        '',
        300_000,
      );
      expect(bt.code).toBe(0);
      expect(bt.out).toMatch(/recall@30 +\d+\/\d+ \([\d.]+\) +\d+\/\d+/);
      expect(bt.out).toContain('FOOSforecasts_3Sep2025.csv');
      const lines = readFileSync(out, 'utf8').trim().split('\n');
      expect(lines[0]).toBe('ccode,year,mk_onset,maxrisk2,minrank2');
      expect(lines.length).toBeGreaterThan(300);
      const bad = lens(url, ['forecast', '--model', 'nope', '--year', '2024']);
      expect(bad.code).toBe(4);
      expect(bad.out).toContain('No model "nope"');
    },
    300_000,
  );
});
