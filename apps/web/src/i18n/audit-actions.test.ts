import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_MESSAGES } from './audit-action-messages';

const root = path.resolve(import.meta.dirname, '../../../..');

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') yield* sources(p);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) yield p;
  }
}

describe('the audit log in words', () => {
  it('has a name for every action the core and the server write to the audit log', () => {
    const written = new Set<string>();
    for (const dir of ['packages/core/src', 'apps/server/src', 'apps/cli/src'])
      for (const file of sources(path.join(root, dir))) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/action: (?:[^'\n]*\? )?'([a-z_.-]+)'(?: : '([a-z_.-]+)')?/g))
          for (const a of [m[1], m[2]]) if (a) written.add(a);
      }
    expect(written.size).toBeGreaterThan(40);
    const named = new Set(Object.keys(AUDIT_ACTION_MESSAGES.en.auditActions));
    expect([...written].filter((a) => !named.has(a)).sort()).toEqual([]);
  });
});
