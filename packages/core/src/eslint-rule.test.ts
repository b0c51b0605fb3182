import { spawnSync } from 'node:child_process';
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the core purity rule (eslint.config.js)', () => {
  it('fails a core file that imports node:fs or a database driver', async () => {
    const eslint = new ESLint({ cwd: root, ignore: false });
    const [result] = await eslint.lintFiles([
      path.join(root, 'packages/core/src/lint-fixtures/impure.ts'),
    ]);
    const restricted = result!.messages.filter((m) => m.ruleId === 'no-restricted-imports');
    expect(restricted.map((m) => m.message).join('\n')).toMatch(/node:fs[\s\S]*kysely/);
    expect(restricted).toHaveLength(2);
  }, 60_000);

  it('applies to every core source file with the I/O and adapter patterns', async () => {
    const eslint = new ESLint({ cwd: root });
    const config = (await eslint.calculateConfigForFile(
      path.join(root, 'packages/core/src/use-cases/models.ts'),
    )) as { rules: Record<string, unknown> };
    const text = JSON.stringify(config.rules['no-restricted-imports']);
    for (const p of ['node:*', 'fs', '@lens/db', 'kysely', '@lens/server', '**/apps/**'])
      expect(text).toContain(JSON.stringify(p));
  });

  it('keeps the command line off the server, and the core free of import cycles', async () => {
    const eslint = new ESLint({ cwd: root });
    const config = (await eslint.calculateConfigForFile(
      path.join(root, 'apps/cli/src/main.ts'),
    )) as { rules: Record<string, unknown> };
    expect(JSON.stringify(config.rules['no-restricted-imports'])).toContain('@lens/server');
    const cycles = spawnSync(process.execPath, [path.join(root, 'scripts/core-cycles.mjs')], {
      encoding: 'utf8',
    });
    expect(cycles.stdout).toBe('');
    expect(cycles.status).toBe(0);
  });
});
