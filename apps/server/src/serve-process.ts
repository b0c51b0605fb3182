import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

export interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  /** Milliseconds from spawning `lens serve` to the first 200 from /api/health. */
  readonly msToHealthy: number;
  stop(): Promise<void>;
}

/** Starts `lens serve` as its own process (as a user would) and waits for /api/health. */
export async function serve(
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
  script?: string,
): Promise<Served> {
  const started = performance.now();
  const args = script
    ? ['--import', 'tsx', script, String(port)]
    : [path.join(root, 'apps/cli/bin/lens.mjs'), 'serve', '--port', String(port)];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, LENS_DATABASE_URL: databaseUrl, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`lens serve exited: ${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    // A first start loads the bundled data: on a busy two-core machine that can take minutes.
    if (performance.now() - started > 150_000) throw new Error(`no health after 150 s: ${output}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const msToHealthy = performance.now() - started;
  return {
    child,
    url,
    msToHealthy,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
