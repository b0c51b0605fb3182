/**
 * Writes (--write) or checks (--check) docs/openapi.json, the OpenAPI document generated from the
 * contract's zod schemas. CI runs --check, so the checked-in document cannot drift from the code.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from '@lens/server';
import { nodeAdapters } from '@lens/node';
import { createStore, openDatabase } from '@lens/db';

const target = path.resolve(import.meta.dirname, '../docs/openapi.json');
const conn = openDatabase('sqlite::memory:');
const app = await buildApp({
  deps: nodeAdapters(createStore(conn)),
  version: (
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8')) as {
      version: string;
    }
  ).version,
  loginRateLimit: 10,
  secureCookies: false,
});
await app.ready();
const doc = `${JSON.stringify(app.swagger(), null, 2)}\n`;
await app.close();
await conn.close();

if (process.argv.includes('--write')) {
  writeFileSync(target, doc);
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
} else {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== doc) {
    console.error(
      'docs/openapi.json is out of date with the API: run `npm run openapi:write` and commit it.',
    );
    process.exit(1);
  }
  console.log('docs/openapi.json matches the API.');
}
