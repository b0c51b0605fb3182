// `npm start`: builds the web app, then starts the server on the embedded SQLite database
// (LENS_DATABASE_URL, default sqlite:./var/lens.db) at http://127.0.0.1:8080 (LENS_PORT).
// The first start applies migrations and loads the bundled data, with progress on the terminal.
import { spawnSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
console.log('Building the web app…');
const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', 'apps/web', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const compress = spawnSync(process.execPath, [path.join(root, 'scripts/compress-web.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (compress.status !== 0) process.exit(compress.status ?? 1);

const server = spawn(
  process.execPath,
  [path.join(root, 'apps/cli/bin/lens.mjs'), 'serve', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
