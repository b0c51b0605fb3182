import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import {
  ROLES,
  createUser,
  loadFrameworkCatalog,
  loadReferenceData,
  type Clock,
  type DatasetKind,
  type InstanceIdentity,
  type Role,
  type UseCaseDeps,
} from '@lens/core';
import { bundledCountries, createStore, type DatabaseConnection } from '@lens/db';
import {
  BUNDLED_DIR,
  catalogWithSupplement,
  httpShareTransport,
  importFile,
  instanceKey,
  nodeAdapters,
  nodeCrypto,
  vaultFromKeyring,
  verifyEd25519,
} from '@lens/node';
import { buildApp } from './app';
import type { ServerOptions } from './http/context';

export const TEST_PASSWORD = 'correct horse battery staple';
export const SETUP_TOKEN = 'setup-token-for-tests';

export interface Caller {
  readonly role: Role;
  readonly userId: number;
  readonly cookie: string;
  readonly csrf: string;
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly deps: UseCaseDeps;
  readonly callers: Record<Role, Caller>;
  /** Where this app keeps attachment files. */
  readonly evidenceDir: string;
  login(username: string, password?: string): Promise<LightMyRequestResponse>;
}

/** A fixed test key: the tests look for the reporter's contact in the raw database. */
export const TEST_VAULT = vaultFromKeyring({
  keys: new Map([['test-key', Buffer.alloc(32, 7)]]),
  currentKeyId: 'test-key',
});

/** An in-process app over a test database with one signed-in user per role. */
export async function createTestApp(
  conn: DatabaseConnection,
  options: {
    loginRateLimit?: number;
    withUsers?: boolean;
    alerts?: ServerOptions['alerts'];
    clock?: Clock;
    timeouts?: ServerOptions['timeouts'];
    trustedProxies?: string;
    loginAccountRateLimit?: number;
    /** How often due feeds are looked for (default 30 s). */
    feedEveryMs?: number;
    /** This instance's name and key, to share with partners (issue 22). */
    instance?: InstanceIdentity;
  } = {},
): Promise<TestApp> {
  const store = createStore(conn);
  const evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'lens-evidence-'));
  // Cheap argon2 parameters: the tests check the flow, not the hash cost.
  const deps: UseCaseDeps = nodeAdapters(store, {
    passwordCost: { memoryCost: 1024, timeCost: 1 },
    evidenceDir,
    overrides: {
      vault: TEST_VAULT,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.instance
        ? { instance: options.instance, shareTransport: httpShareTransport() }
        : {}),
    },
  });
  await loadReferenceData(store, { countries: bundledCountries() }, new Date().toISOString());
  const app = await buildApp({
    deps,
    version: 'test',
    setupTokenHash: nodeCrypto.sha256Hex(SETUP_TOKEN),
    loginRateLimit: options.loginRateLimit ?? 1000,
    secureCookies: false,
    // The tests' webhook receivers listen on 127.0.0.1, as an operator's internal one would.
    webhookPrivateRanges: '127.0.0.0/8',
    ...(options.alerts ? { alerts: options.alerts } : {}),
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    trustedProxies: options.trustedProxies,
    loginAccountRateLimit: options.loginAccountRateLimit ?? 1000,
    ...(options.feedEveryMs ? { feedEveryMs: options.feedEveryMs } : {}),
  });
  const login = (username: string, password = TEST_PASSWORD) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const callers = {} as Record<Role, Caller>;
  if (options.withUsers !== false) {
    for (const role of ROLES) {
      const user = await createUser(
        deps,
        { username: `${role}-user`, password: TEST_PASSWORD, role },
        undefined,
        'test',
      );
      const res = await login(`${role}-user`);
      if (res.statusCode !== 200) throw new Error(`login failed for ${role}: ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'lens_session');
      if (!cookie) throw new Error('no session cookie');
      callers[role] = {
        role,
        userId: user.id,
        cookie: `lens_session=${cookie.value}`,
        csrf: res.json<{ csrfToken: string }>().csrfToken,
      };
    }
  }
  return { app, deps, callers, login, evidenceDir };
}

/** Headers that make a request as `caller`, with the CSRF token a browser would send. */
export const as = (caller: Caller | undefined): Record<string, string> =>
  caller ? { cookie: caller.cookie, 'x-csrf-token': caller.csrf } : {};

/**
 * Imports bundled files (kind and path under data/bundled) and stores the frameworks catalog with
 * the Lens supplement, as a first start would: the fixture the planning tests share.
 */
export async function loadPlanningData(
  deps: TestApp['deps'],
  files: ReadonlyArray<readonly [DatasetKind, string]>,
): Promise<void> {
  for (const [kind, file] of files)
    await importFile(deps, { kind, file: path.join(BUNDLED_DIR, file), actor: 'test' });
  await loadFrameworkCatalog(deps, {
    text: catalogWithSupplement(),
    file: 'catalog.json',
    actor: 'test',
  });
}

/** A Lens instance's identity for sharing tests: its own signing key in its own file. */
export function testInstance(name: string): InstanceIdentity {
  const key = instanceKey({
    LENS_INSTANCE_KEY_FILE: path.join(mkdtempSync(path.join(os.tmpdir(), 'lens-key-')), 'key.pem'),
  });
  return { name, ...key, verify: verifyEd25519 };
}
