import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReferenceData, type Progress } from '@lens/core';
import { bundledCountries, createStore, migrateToLatest, openDatabase } from '@lens/db';
import { loadBundledData, nodeAdapters } from '@lens/node';
import { buildApp } from './app';
import { pgFanout, sharedCache, type Fanout } from './cluster/pg-fanout';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const LENS_VERSION = (
  JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }
).version;

export interface StartOptions {
  readonly databaseUrl: string;
  readonly port: number;
  readonly host: string;
  readonly progress: Progress;
  readonly log?: (line: string) => void;
}

/** Opens the database, migrates it, loads bundled data, and serves the API and the web app. */
export async function startServer(options: StartOptions) {
  const log = options.log ?? ((line: string) => console.log(line));
  const conn = openDatabase(options.databaseUrl);
  log(`Database: ${conn.kind} (${conn.displayUrl})`);
  for (const line of await migrateToLatest(conn)) log(`  ${line}`);
  const store = createStore(conn);
  // Reporters' identities are sealed with a key kept outside the database (ADR 12); the first
  // start creates the keyring file.
  const { keySource, keyCreated, ...local } = nodeAdapters(store, { createKeys: true });
  // Several servers may share one PostgreSQL (docs/deploy.md): they tell each other of alert
  // changes and of cached data that changed.
  let fanout: Fanout | undefined;
  if (conn.kind === 'postgres')
    fanout = await pgFanout(options.databaseUrl, (m, e) => log(`${m}: ${String(e)}`));
  const deps =
    fanout && local.cache ? { ...local, cache: sharedCache(local.cache, fanout) } : local;
  log(
    keyCreated
      ? `Reporter key: created ${keySource} (mode 0600). Keep it out of database backups.`
      : `Reporter key: ${keySource}`,
  );
  // Servers started together on one PostgreSQL database load the reference and bundled data one
  // after the other (the second finds it loaded).
  await store.exclusive('bundled-data', async () => {
    await loadReferenceData(
      store,
      { countries: bundledCountries() },
      deps.clock.now().toISOString(),
      options.progress,
    );
    await loadBundledData(deps, options.progress);
  });

  let setupTokenHash: string | undefined;
  let setupToken: string | undefined;
  if ((await store.users.count()) === 0) {
    // LENS_SETUP_TOKEN lets an automated deployment (and the browser tests) choose the token.
    setupToken = process.env.LENS_SETUP_TOKEN || deps.crypto.randomToken(24);
    setupTokenHash = deps.crypto.sha256Hex(setupToken);
  }
  const app = await buildApp(
    {
      deps,
      version: LENS_VERSION,
      setupTokenHash,
      loginRateLimit: Number(process.env.LENS_LOGIN_RATE_LIMIT ?? 10),
      secureCookies: process.env.LENS_SECURE_COOKIES === '1',
      webhookPrivateRanges: process.env.LENS_WEBHOOK_PRIVATE_RANGES,
      fanout,
      databaseUrl: conn.kind === 'postgres' ? options.databaseUrl : undefined,
      trustedProxies: process.env.LENS_TRUSTED_PROXIES,
      uploadSlots: {
        ...(process.env.LENS_UPLOAD_SLOTS ? { total: Number(process.env.LENS_UPLOAD_SLOTS) } : {}),
        ...(process.env.LENS_UPLOAD_SLOTS_PER_ACCOUNT
          ? { perAccount: Number(process.env.LENS_UPLOAD_SLOTS_PER_ACCOUNT) }
          : {}),
      },
      ...(process.env.LENS_LOGIN_ACCOUNT_RATE_LIMIT
        ? { loginAccountRateLimit: Number(process.env.LENS_LOGIN_ACCOUNT_RATE_LIMIT) }
        : {}),
      webRoot: path.join(repoRoot, 'apps/web/dist'),
      ...(process.env.LENS_SHARE_PULL_MINUTES
        ? { sharePullEveryMs: Number(process.env.LENS_SHARE_PULL_MINUTES) * 60_000 }
        : {}),
      alerts: {
        smtpUrl: process.env.LENS_SMTP_URL,
        mailFrom: process.env.LENS_ALERT_MAIL_FROM,
        mailTo: process.env.LENS_ALERT_MAIL_TO,
        baseUrl: process.env.LENS_PUBLIC_URL,
      },
    },
    { level: process.env.LENS_LOG_LEVEL ?? 'warn' },
  );
  const address = await app.listen({ port: options.port, host: options.host });
  const url = address.replace('[::1]', 'localhost');
  log(`Lens ${LENS_VERSION} is running at ${url}`);
  log(`API documentation: ${url}/api/docs`);
  if (setupToken) {
    log('No user exists yet. Create the first administrator, either:');
    log(`  in the browser: ${url}/setup with the one-time setup token ${setupToken}`);
    log('  or on the command line: npx lens users create --username NAME --role admin');
  }
  return {
    app,
    url,
    async close() {
      await app.close();
      await fanout?.close();
      await conn.close();
    },
  };
}
