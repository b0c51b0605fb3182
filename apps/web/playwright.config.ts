import path from 'node:path';
import { defineConfig } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');
export const E2E_PORT = 8181;
export const E2E_SETUP_TOKEN = 'e2e-one-time-setup-token';

/** Real Debian Chromium (never a downloaded browser) against the real server on a fresh SQLite file. */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  outputDir: path.join(root, 'var/e2e-results'),
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `rm -rf var/e2e && node apps/cli/bin/lens.mjs serve --port ${E2E_PORT}`,
    cwd: root,
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      LENS_DATABASE_URL: 'sqlite:var/e2e/lens.db',
      LENS_SETUP_TOKEN: E2E_SETUP_TOKEN,
      LENS_REPORTER_KEY_FILE: 'var/e2e/reporter-keys',
      // Every spec signs in; the limit itself is tested in apps/server (auth.test.ts).
      LENS_LOGIN_RATE_LIMIT: '100',
      // The webhook spec registers a receiver on this machine, as an operator's internal one.
      LENS_WEBHOOK_PRIVATE_RANGES: '127.0.0.0/8',
      // Sharing with partner instances (issue 22): this server's name and signing key.
      LENS_INSTANCE_NAME: 'Regional situation room',
      LENS_INSTANCE_KEY_FILE: 'var/e2e/instance-key.pem',
    },
  },
});
